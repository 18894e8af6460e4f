/**
 * Background work that one collector process at a time does (retention, the webhook sender, the results roll-up;
 * alerts next): `claims.run('retention', work)` runs `work` only when no other run of that job is under way — in
 * this process, or on PostgreSQL in any process on the same database — and otherwise skips it (`{ ran: false }`):
 * whoever holds the claim is doing the work, and the next tick tries again.
 *
 * PostgreSQL: a session-level advisory lock, `pg_try_advisory_lock(namespace, job)`, taken and released on one
 * connection reserved from the pool for the whole run. Session-level, not transaction-level, because a job is many
 * short transactions of its own (retention erases 200 rows per commit so that ingest never waits long on it); a
 * transaction-level lock would mean one long transaction around them all, holding back vacuum for its length. The
 * work runs on the pool's other connections: the lock is a mutex, not the work's transaction. It goes with its
 * connection: a process killed mid-run (kill -9, a cable pulled) loses the connection, PostgreSQL ends that session
 * and the next claimant gets the lock — no lease to expire, no row to clean up. Trying never waits.
 *
 * SQLite: one process owns the file, so only this process's own overlapping runs (a tick while the last one still
 * runs) are kept apart.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, Engine } from './schema.js';

/** Each job's advisory-lock number. Never renumber one that has shipped: versions running side by side must agree. */
export const JOBS = { retention: 1, alerts: 2, webhooks: 3, results: 4, mail: 5 } as const;
export type Job = keyof typeof JOBS;

/**
 * The first half of every key (`pf`): the two-number form keeps these apart from single-number advisory locks on the
 * same database, such as the one Kysely's migrator takes at start.
 */
export const CLAIM_NAMESPACE = 0x7066;

export type ClaimOutcome<T> = { ran: true; value: T } | { ran: false };

export class Claims {
  /** This process's runs under way: a second run of a job here is skipped on either engine. */
  private readonly running = new Set<Job>();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  /** Runs `work` if this job can be claimed now, releasing the claim after, whether it succeeded or threw. */
  async run<T>(job: Job, work: () => Promise<T>): Promise<ClaimOutcome<T>> {
    if (this.running.has(job)) return { ran: false };
    this.running.add(job);
    try {
      if (this.engine === 'sqlite') return { ran: true, value: await work() };
      return await this.db.connection().execute(async (connection) => {
        const key = sql.join([sql.lit(CLAIM_NAMESPACE), sql.lit(JOBS[job])]);
        const { rows } = await sql<{ claimed: boolean }>`select pg_try_advisory_lock(${key}) as claimed`.execute(
          connection,
        );
        if (rows[0]?.claimed !== true) return { ran: false } as const;
        try {
          return { ran: true, value: await work() } as const;
        } finally {
          // Before the connection goes back to the pool: a lock left on it would be held by whoever borrows it next.
          await sql`select pg_advisory_unlock(${key})`.execute(connection);
        }
      });
    } finally {
      this.running.delete(job);
    }
  }
}
