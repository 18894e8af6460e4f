/**
 * What the staff inbox shows, read from the store before the page is written (staff-inbox.ts writes it). Totals and
 * counts are the patients': a submission that looks automated is listed, marked, but left out of them and counted
 * apart. The overall answers (and the results of a practice's own surveys) come from the monthly aggregates
 * (collector/results/), exact at any moment without reading every submission.
 */
import { referenceFromId } from '../src/core/reference.js';
import { normalizeReference } from '../src/core/reference-lookup.js';
import type { FollowUp } from './follow-up.js';
import type { Practice } from './practices/practices.js';
import type { MonthlyResults } from './results/monthly-results.js';
import { rollUp, type PracticeRollup } from './practices/rollup.js';

import type { CollectorStore } from './http/store.js';
import type { StoredSubmission } from './store/index.js';
import type { SurveyWords } from '../src/core/answer-words.js';
import type { SurveyDirectory } from './surveys/survey-directory.js';
import { ownSurveyResults, type OwnSurveyResult } from './results/survey-results.js';
import { staffWords } from './surveys/staff-words.js';

/** How many cases and first impressions the page lists. */
export const LATEST = 50;

/** The code the patient was shown (sent with the submission), or the one derived from its id. */
export function referenceOf(s: StoredSubmission): string {
  return typeof s.body.reference === 'string' && s.body.reference ? s.body.reference : referenceFromId(s.id);
}

/** A case with what its card shows beside the patient's words. */
export interface CaseView {
  submission: StoredSubmission;
  followUp: FollowUp;
  /** The first-impression survey it follows, when that has arrived. */
  followed: StoredSubmission | undefined;
}

/** Everything the inbox page shows, read from the store before the page is written. */
export interface Inbox {
  /** The patients' submissions: those that look automated are counted apart, in `automated`. */
  total: number;
  byKind: Record<string, number>;
  automated: number;
  /** First impressions of the built-in survey by overall answer (the Friends and Family Test's). */
  overall: Map<string, number>;
  /** That question's answers in its order, as `[value, words]`. */
  overallAnswers: readonly (readonly [string, string])[];
  /** The results of the practices' own surveys, in their words. */
  ownSurveys: OwnSurveyResult[];
  /** The words of a submission's own survey version (the registry's), for its questions and answers. */
  words: (s: StoredSubmission) => SurveyWords;
  openCases: number;
  cases: CaseView[];
  impressions: StoredSubmission[];
  /** When staff looked for a reference: what they typed, the reference it reads as, the cases found. */
  search?: { typed: string; reference: string | undefined; found: CaseView[] };
  /** The names of the practices shown, by id; when there is more than one, each case says whose it is. */
  practiceNames: Map<string, string>;
  /** Each practice's time zone, by id: a submission's times are shown in its practice's. */
  practiceZones: Map<string, string>;
  /** For someone who sees more than one practice: each one's counts. */
  rollup?: PracticeRollup[];
}

export interface InboxOptions {
  /** What staff typed to find a case by its reference. */
  ref?: string | undefined;
  /** The practices this person sees (the directory's records, already narrowed to their scope). */
  practices: readonly Practice[];
  /** Their scope as a store limit: undefined for every practice. */
  limit: readonly string[] | undefined;
  /** Where the overall counts come from: monthly aggregates plus what arrived since (never a scan of every row). */
  results: Pick<MonthlyResults, 'answerCounts' | 'results'>;
  /** The survey registry: each submission's answers are shown in its survey version's words. */
  surveys: Pick<SurveyDirectory, 'known' | 'all'>;
}

/** The patients' first impressions by overall answer, from the monthly aggregates (an unanswered one is ''). */
async function overallCounts(
  results: Pick<MonthlyResults, 'answerCounts'>,
  practices: readonly string[] | undefined,
): Promise<Map<string, number>> {
  // The built-in survey's: a practice's own survey asks its own question (a 0–10 scale), counted apart (ownSurveys).
  const counts = await results.answerCounts({
    kind: 'first-impression',
    survey: { id: 'first-impression' },
    question: 'overall',
    practices,
  });
  return new Map(Object.entries(counts));
}

async function caseView(
  store: CollectorStore,
  submission: StoredSubmission,
  limit: readonly string[] | undefined,
): Promise<CaseView> {
  const relatedTo = submission.body.relatedTo;
  const [followUp, followed] = await Promise.all([
    store.followUp(submission.id),
    typeof relatedTo === 'string' && relatedTo ? store.get(relatedTo, limit) : undefined,
  ]);
  return { submission, followUp, followed };
}

export async function loadInbox(store: CollectorStore, options: InboxOptions): Promise<Inbox> {
  const { limit, practices } = options;
  const typed = options.ref;
  const searching = typed !== undefined && typed.trim() !== '';
  const [byKind, automated, overall, openCases, impressions, rollup] = await Promise.all([
    store.countByKind({ automated: false, practices: limit }),
    store.count({ automated: true, practices: limit }),
    overallCounts(options.results, limit),
    store.openCaseCount(limit),
    store.list({ kind: 'first-impression', newestFirst: true, limit: LATEST, practices: limit }),
    practices.length > 1 ? rollUp(store, practices) : undefined,
  ]);
  const total = Object.values(byKind).reduce((sum, n) => sum + n, 0);
  const practiceNames = new Map(practices.map((p) => [p.id, p.name]));
  const practiceZones = new Map(practices.map((p) => [p.id, p.timeZone]));
  const surveys = (await options.surveys.all()).filter(
    (s) => s.practiceId === null || !limit || limit.includes(s.practiceId),
  );
  const { known } = options.surveys;
  const inbox: Inbox = {
    total,
    byKind,
    automated,
    overall,
    overallAnswers: staffWords(known, { kind: 'first-impression' }).options('overall'),
    ownSurveys: await ownSurveyResults(options.results, surveys, limit),
    words: (s) => staffWords(known, s.body),
    openCases,
    cases: [],
    impressions,
    practiceNames,
    practiceZones,
  };
  if (rollup) inbox.rollup = rollup;
  if (!searching) {
    inbox.cases = await Promise.all((await store.cases(LATEST, limit)).map((s) => caseView(store, s, limit)));
    return inbox;
  }
  const reference = normalizeReference(typed);
  const matching = reference
    ? (await store.list({ kind: 'what-went-wrong', newestFirst: true, practices: limit })).filter(
        (s) => referenceOf(s) === reference,
      )
    : [];
  inbox.search = { typed, reference, found: await Promise.all(matching.map((s) => caseView(store, s, limit))) };
  return inbox;
}
