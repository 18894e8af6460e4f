/**
 * What raises alerts, looked for by the alerts job: the submissions that arrived since its mark (store/arrival-mark.ts:
 * a crash between a submission's commit and its alert is caught up, and an alert raised twice is ignored by its
 * key), the negative share of each practice that just had answers, the cases whose deadline is near, and the tablets
 * gone silent. Patients' words are never read here: only kinds, overall answers, references and locations.
 */
import type { Kysely } from 'kysely';
import type { AlertRule } from '../../src/core/alerts-api.js';
import { ArrivalMark } from '../store/arrival-mark.js';
import { NO_DUE } from '../store/inbox-rows.js';
import type { Database } from '../store/schema.js';
import type { AlertStore } from './alert-store.js';
import { onDeadline, onShare, onSilentTablet, onSubmission, type ArrivedSubmission, type Raised } from './triggers.js';
import type { Alert } from '../../src/core/alerts-api.js';

const CHUNK = 500;
/** How long a submission seen by this process is remembered, so a rescan of the last minute skips it. */
const REMEMBER_MS = 5 * 60_000;

/** A tablet as the silent-tablet rule reads it (collector/tablets/ gives them; only those whose practice is open). */
export interface TabletSeen {
  id: string;
  practiceId: string;
  name: string;
  location: string | null;
  lastSeenAt: string | null;
}

const text = (v: unknown) => (typeof v === 'string' && v !== '' ? v : null);

function arrived(row: {
  id: string;
  kind: string;
  body: string;
  practice_id: string;
  received_at: string;
  automation: string | null;
}): ArrivedSubmission {
  const body = JSON.parse(row.body) as Record<string, unknown>;
  const answers = (body.answers ?? {}) as Record<string, unknown>;
  return {
    id: row.id,
    kind: row.kind,
    practiceId: row.practice_id,
    receivedAt: row.received_at,
    rating: text(answers.overall),
    reference: text(body.reference),
    location: text(body.location),
    automation: row.automation,
  };
}

export class AlertScan {
  private readonly mark: ArrivalMark;
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly alerts: AlertStore,
    private readonly now: () => Date,
  ) {
    this.mark = new ArrivalMark(db, 'alerts', () => this.now().getTime());
  }

  /** The alerts new arrivals raise under the submission and negative-share rules. */
  async arrivals(rules: readonly AlertRule[]): Promise<Alert[]> {
    const raised: Alert[] = [];
    const { after: mark, latest } = await this.mark.range();
    const bySubmission = rules.filter((r) => r.kind === 'new-case' || r.kind === 'low-rating');
    const byShare = rules.filter((r) => r.kind === 'negative-share');
    const answered = new Set<string>();
    const at = this.now().getTime();
    for (const [id, when] of this.seen) if (at - when > REMEMBER_MS) this.seen.delete(id);
    const watching = bySubmission.length > 0 || byShare.length > 0;
    for (let after = mark; watching && after < latest;) {
      const rows = await this.db
        .selectFrom('submissions')
        .select(['seq', 'id', 'kind', 'body', 'practice_id', 'received_at', 'automation'])
        .where('seq', '>', after)
        .where('seq', '<=', latest)
        .where('erased_at', 'is', null)
        .orderBy('seq')
        .limit(CHUNK)
        .execute();
      for (const row of rows) {
        if (this.seen.has(row.id)) continue;
        this.seen.set(row.id, at);
        const s = arrived(row);
        if (s.rating && !s.automation) answered.add(s.practiceId);
        for (const rule of bySubmission) raised.push(...(await this.raise(rule, onSubmission(rule, s))));
      }
      after = Number(rows.at(-1)?.seq ?? latest);
      if (rows.length < CHUNK) break;
    }
    for (const practiceId of answered) {
      for (const rule of byShare) {
        const minutes = rule.settings.windowMinutes ?? 15;
        const ratings = await this.recentRatings(practiceId, minutes);
        const last = await this.alerts.lastRaised(rule.id, practiceId);
        raised.push(...(await this.raise(rule, onShare(rule, practiceId, ratings, this.now(), last))));
      }
    }
    await this.mark.settle(mark);
    return raised;
  }

  /** The cases whose next deadline is within a deadline-near rule's hours (open cases only). */
  async deadlines(rules: readonly AlertRule[]): Promise<Alert[]> {
    const near = rules.filter((r) => r.kind === 'deadline-near');
    if (!near.length) return [];
    const now = this.now();
    const hours = Math.max(...near.map((r) => r.settings.hoursBefore ?? 4));
    const rows = await this.db
      .selectFrom('case_follow_up as f')
      .innerJoin('submissions as s', 's.id', 'f.submission_id')
      .select(['s.id', 's.practice_id', 's.body', 'f.due_at'])
      .where('f.status', '!=', 'resolved')
      .where('f.due_at', '!=', NO_DUE)
      .where('f.due_at', '<=', new Date(now.getTime() + hours * 3600_000).toISOString())
      // A deadline long passed before the rule existed is the Cases screen's "overdue", not news.
      .where('f.due_at', '>=', new Date(now.getTime() - 24 * 3600_000).toISOString())
      .execute();
    const raised: Alert[] = [];
    for (const row of rows) {
      const body = JSON.parse(row.body) as Record<string, unknown>;
      const c = {
        id: row.id,
        practiceId: row.practice_id,
        dueAt: row.due_at,
        reference: text(body.reference),
        location: text(body.location),
      };
      for (const rule of near) raised.push(...(await this.raise(rule, onDeadline(rule, c, now))));
    }
    return raised;
  }

  /** Tablets silent while their practice is open (given by the tablets room). */
  async tablets(rules: readonly AlertRule[], tablets: readonly TabletSeen[]): Promise<Alert[]> {
    const raised: Alert[] = [];
    for (const rule of rules.filter((r) => r.kind === 'tablet-silent')) {
      for (const t of tablets) raised.push(...(await this.raise(rule, onSilentTablet(rule, t, this.now()))));
    }
    return raised;
  }

  private async raise(rule: AlertRule, raised: Raised | undefined): Promise<Alert[]> {
    if (!raised) return [];
    const alert = await this.alerts.raise(rule, raised);
    return alert ? [alert] : [];
  }

  /** A practice's overall answers of the last `minutes` (not a program's, not erased). */
  private async recentRatings(practiceId: string, minutes: number): Promise<string[]> {
    const since = new Date(this.now().getTime() - minutes * 60_000).toISOString();
    const rows = await this.db
      .selectFrom('submissions')
      .select('body')
      .where('practice_id', '=', practiceId)
      .where('received_at', '>=', since)
      .where('automation', 'is', null)
      .where('erased_at', 'is', null)
      .execute();
    return rows.flatMap((r) => {
      const overall = ((JSON.parse(r.body) as { answers?: Record<string, unknown> }).answers ?? {}).overall;
      return typeof overall === 'string' ? [overall] : [];
    });
  }
}
