/**
 * A patient's data on request (issue 10, stage 5): find every submission of one patient — by the reference they
 * read out, the phone number or e-mail address they gave, or words they wrote — give them a copy, and erase their
 * words and contact details everywhere the collector keeps them, keeping what is counted in results. Every search,
 * copy and erasure is written to the audit trail (ids and counts, never what was typed to search: that is a
 * patient's phone number or words).
 */
import type { Actor, AuditTrail } from '../accounts/audit.js';
import type { FollowUp } from '../follow-up.js';
import type { ErasureReason, StoredSubmission, SubmissionStore } from '../store/index.js';
import { eraseSubmissions } from './erase.js';
import { matchedBy, patientQuery, searchPatterns, type MatchedBy, type PatientQuery } from './patient-search.js';
import type { KnownSurveys } from '../surveys/known-surveys.js';

/** The most submissions one search lists: one patient has a handful; more means the search was too wide. */
export const MAX_FOUND = 100;
/** Candidates read per query, and at most in all, before a search stops and asks for more words. */
const CANDIDATES_PER_QUERY = 500;
const MAX_CANDIDATES = 20_000;

export interface FoundSubmission {
  submission: StoredSubmission;
  /** How it matched what was typed; `related` when it is the survey a matched recovery form followed, or its form. */
  matchedBy: MatchedBy | 'related';
  followUp: FollowUp | undefined;
}

export interface PatientSearch {
  query: PatientQuery | undefined;
  found: FoundSubmission[];
  /** The search stopped before reading every candidate: more may match. */
  more: boolean;
}

export interface PatientCopy {
  fileName: string;
  json: string;
  count: number;
}

export class PatientData {
  constructor(
    private readonly store: SubmissionStore,
    private readonly audit: AuditTrail,
    private readonly surveys: KnownSurveys,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async withFollowUp(submission: StoredSubmission, how: FoundSubmission['matchedBy']) {
    const followUp = submission.kind === 'what-went-wrong' ? await this.store.followUp(submission.id) : undefined;
    return { submission, matchedBy: how, followUp };
  }

  /**
   * Submissions matching what staff typed, newest first, each followed by those linked to it — among `practices`'
   * only, when given (the staff member's scope). Audited.
   */
  async find(actor: Actor, typed: string, practices?: readonly string[]): Promise<PatientSearch> {
    const query = patientQuery(typed);
    if (!query) return { query, found: [], more: false };
    const patterns = searchPatterns(query);
    const matched = new Map<string, FoundSubmission>();
    let before: number | undefined;
    let read = 0;
    let more = false;
    for (;;) {
      const candidates = await this.store.search(patterns, CANDIDATES_PER_QUERY, before, practices);
      read += candidates.length;
      for (const candidate of candidates) {
        const how = matchedBy(candidate, query);
        if (how) matched.set(candidate.id, await this.withFollowUp(candidate, how));
        if (matched.size >= MAX_FOUND) break;
      }
      before = candidates.at(-1)?.seq;
      if (matched.size >= MAX_FOUND || read >= MAX_CANDIDATES) {
        more = candidates.length === CANDIDATES_PER_QUERY || matched.size >= MAX_FOUND;
        break;
      }
      if (candidates.length < CANDIDATES_PER_QUERY) break;
    }
    const found = await this.withRelated([...matched.values()], practices);
    await this.audit.record(actor, 'patient-data.searched', null, {
      matchedBy: [...new Set(found.map((f) => f.matchedBy))],
      submissions: found.map((f) => f.submission.id),
    });
    return { query, found, more };
  }

  /** Each match followed by the survey its recovery form followed, or the recovery forms that followed it. */
  private async withRelated(
    matches: FoundSubmission[],
    practices: readonly string[] | undefined,
  ): Promise<FoundSubmission[]> {
    const seen = new Set(matches.map((m) => m.submission.id));
    const out: FoundSubmission[] = [];
    for (const match of matches) {
      out.push(match);
      const relatedTo = match.submission.body.relatedTo;
      const linked =
        typeof relatedTo === 'string' && relatedTo
          ? [await this.store.get(relatedTo, practices)]
          : match.submission.kind === 'first-impression'
            ? await this.store.followedBy(match.submission.id, practices)
            : [];
      for (const s of linked) {
        if (!s || seen.has(s.id)) continue;
        seen.add(s.id);
        out.push(await this.withFollowUp(s, 'related'));
      }
    }
    return out;
  }

  /** Everything kept about these submissions, for the patient: what they sent, when it came, the follow-up. */
  async copyFor(actor: Actor, ids: readonly string[], practices?: readonly string[]): Promise<PatientCopy> {
    const at = this.now();
    const submissions = [];
    for (const id of new Set(ids)) {
      const s = await this.store.get(id, practices);
      if (!s) continue;
      const followUp = s.kind === 'what-went-wrong' ? await this.store.followUp(s.id) : undefined;
      submissions.push({
        receivedAt: s.receivedAt,
        submission: s.body,
        ...(followUp ? { followUp } : {}),
        ...(s.erased ? { erased: s.erased } : {}),
      });
    }
    const json = `${JSON.stringify({ exportedAt: at.toISOString(), submissions }, null, 2)}\n`;
    await this.audit.record(actor, 'patient-data.copied', null, {
      submissions: submissions.map((s) => String(s.submission.id)),
      rows: submissions.length,
    });
    return { fileName: `patient-data-${at.toISOString().slice(0, 10)}.json`, json, count: submissions.length };
  }

  /**
   * Erases the patient's words and contact details from these submissions (and the notes on their cases), in the
   * database and in the copies made before migrations; what is counted in results stays. Each erasure is audited.
   * Returns the ids erased now (one erased before is left as it is).
   */
  async erase(
    actor: Actor,
    ids: readonly string[],
    reason: ErasureReason,
    practices?: readonly string[],
  ): Promise<string[]> {
    const submissions: StoredSubmission[] = [];
    for (const id of new Set(ids)) {
      const s = await this.store.get(id, practices);
      if (s) submissions.push(s);
    }
    const erased = await eraseSubmissions(this.store, this.surveys, submissions, reason, this.now().toISOString());
    for (const id of erased.ids) {
      await this.audit.record(actor, 'patient-data.erased', id, { reason, backups: erased.backups });
    }
    return erased.ids;
  }
}
