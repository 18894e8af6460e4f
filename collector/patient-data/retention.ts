/**
 * How long the collector keeps things, as the practice chose (admins, in the console's Settings: /staff/settings): after how many days a
 * submission's words and contact details are erased automatically (off until chosen: nothing is erased by
 * surprise), and how long the audit trail is kept (six years unless changed; at least one year). `startRetention`
 * applies both at start and every hour; erasure is the same as on a patient's request (erase.ts), audited once per
 * batch. With several collector processes on one database, each run is claimed by one of them (store/claim.ts).
 * An erasure on a patient's request may still meet a run: erasing a row erased already changes nothing.
 */
import type { Kysely } from 'kysely';
import type { Actor, AuditTrail } from '../accounts/audit.js';
import { readPolicies, writePolicy } from '../accounts/staff-policy.js';
import type { Database } from '../store/schema.js';
import { DEFAULT_AUDIT_RETENTION_DAYS } from '../store/migrations/007-erasure.js';
import type { Claims, SubmissionStore } from '../store/index.js';
import { eraseSubmissions } from './erase.js';
import type { KnownSurveys } from '../surveys/known-surveys.js';
import { AUDIT_DAYS, SUBMISSION_DAYS, type RetentionSettings } from '../../src/core/settings-api.js';

export { DEFAULT_AUDIT_RETENTION_DAYS };

/** The policy names in staff_policy; the audit trigger of migration 007 reads the second by this name. */
export const SUBMISSION_RETENTION = 'submission-retention-days';
export const AUDIT_RETENTION = 'audit-retention-days';

export { AUDIT_DAYS, SUBMISSION_DAYS, type RetentionSettings };

/** Submissions erased per transaction: small enough that ingest never waits long on SQLite's one writer. */
const BATCH = 200;
const DAY_MS = 86_400_000;
const RETENTION_ACTOR: Actor = { name: 'retention (automatic)' };

export class RetentionError extends Error {
  constructor(
    readonly field: keyof RetentionSettings,
    message: string,
  ) {
    super(message);
    this.name = 'RetentionError';
  }
}

function wholeDays(value: number, range: { min: number; max: number }, field: keyof RetentionSettings): number {
  if (!Number.isInteger(value) || value < range.min || value > range.max) {
    throw new RetentionError(field, `must be a whole number of days from ${range.min} to ${range.max}`);
  }
  return value;
}

export class Retention {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly store: SubmissionStore,
    private readonly audit: AuditTrail,
    private readonly surveys: KnownSurveys,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async settings(): Promise<RetentionSettings> {
    const policies = await readPolicies(this.db, [SUBMISSION_RETENTION, AUDIT_RETENTION]);
    const value = (name: string) => policies.get(name);
    const submission = Number(value(SUBMISSION_RETENTION));
    const audit = Number(value(AUDIT_RETENTION));
    return {
      submissionDays: value(SUBMISSION_RETENTION) && submission > 0 ? submission : null,
      auditDays: value(AUDIT_RETENTION) && audit > 0 ? audit : DEFAULT_AUDIT_RETENTION_DAYS,
    };
  }

  /** Saves what changed (checked first: nothing is saved if either is wrong), each change audited. */
  async change(actor: Actor, wanted: RetentionSettings): Promise<void> {
    const submissionDays =
      wanted.submissionDays === null ? null : wholeDays(wanted.submissionDays, SUBMISSION_DAYS, 'submissionDays');
    const auditDays = wholeDays(wanted.auditDays, AUDIT_DAYS, 'auditDays');
    const current = await this.settings();
    const at = this.now().toISOString();
    const changes: [string, string, number | null][] = [];
    if (submissionDays !== current.submissionDays)
      changes.push([SUBMISSION_RETENTION, String(submissionDays ?? 0), submissionDays]);
    if (auditDays !== current.auditDays) changes.push([AUDIT_RETENTION, String(auditDays), auditDays]);
    for (const [name, value, days] of changes) {
      await writePolicy(this.db, name, value, actor.name, at);
      await this.audit.record(actor, 'setting.changed', name, { days });
    }
  }

  /** Erases what has passed the submissions' period and drops audit rows past theirs. */
  async apply(): Promise<{ erased: number; auditRemoved: number }> {
    const { submissionDays, auditDays } = await this.settings();
    const now = this.now().getTime();
    let erased = 0;
    if (submissionDays !== null) {
      const cutoff = new Date(now - submissionDays * DAY_MS).toISOString();
      for (;;) {
        const due = await this.store.keptBefore(cutoff, BATCH);
        if (due.length === 0) break;
        const done = await eraseSubmissions(this.store, this.surveys, due, 'retention', new Date(now).toISOString());
        erased += done.ids.length;
        if (done.ids.length) {
          await this.audit.record(RETENTION_ACTOR, 'retention.erased', null, {
            days: submissionDays,
            submissions: done.ids,
            backups: done.backups,
          });
        }
        if (due.length < BATCH) break;
      }
    }
    const auditRemoved = await this.audit.deleteBefore(new Date(now - auditDays * DAY_MS).toISOString());
    if (auditRemoved)
      await this.audit.record(RETENTION_ACTOR, 'retention.audit-removed', null, {
        rows: auditRemoved,
        days: auditDays,
      });
    return { erased, auditRemoved };
  }
}

/**
 * Applies the retention periods now and then every `everyMs` (an hour), until stopped; failures are logged, not
 * thrown. Each run claims the job first (store/claim.ts): with several collector processes on one PostgreSQL
 * database one of them applies it and the others skip that run.
 */
export function startRetention(retention: Retention, claims: Claims, log: (line: string) => void, everyMs = 3_600_000) {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = claims
      .run('retention', () => retention.apply())
      .then((claim) => {
        if (!claim.ran) return;
        const { erased, auditRemoved } = claim.value;
        if (erased || auditRemoved) {
          log(`Retention: erased the words of ${erased} submission(s), removed ${auditRemoved} old audit row(s).`);
        }
      })
      .catch((error: unknown) => log(`Retention could not run: ${(error as Error).message}`));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    /** Stops the timer and waits for a run under way to finish (before the store closes). */
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
