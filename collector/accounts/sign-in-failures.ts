/**
 * Where wrong sign-ins are counted: the `sign_in_failures` table (migration 8), shared by every collector process on
 * the database. Each mistake is one atomic upsert, so two processes counting at the same moment both count.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { SignInFailuresTable } from './sign-in-tables.js';

export type FailureScope = SignInFailuresTable['scope'];

export interface FailureRecord {
  count: number;
  lastMs: number;
}

export class SignInFailures {
  constructor(private readonly db: Kysely<Database>) {}

  /** The records of one account and one address, in one query (a sign-in reads both before checking anything). */
  async read(account: string, address: string): Promise<Partial<Record<FailureScope, FailureRecord>>> {
    const rows = await this.db
      .selectFrom('sign_in_failures')
      .select(['scope', 'failures', 'last_failure_ms'])
      .where((eb) =>
        eb.or([
          eb.and([eb('scope', '=', 'account'), eb('subject', '=', account)]),
          eb.and([eb('scope', '=', 'address'), eb('subject', '=', address)]),
        ]),
      )
      .execute();
    return Object.fromEntries(
      rows.map((r) => [r.scope, { count: Number(r.failures), lastMs: Number(r.last_failure_ms) }]),
    );
  }

  /** One more mistake, counted from 1 again when the last was before `forgetBeforeMs`. */
  async add(scope: FailureScope, subject: string, nowMs: number, forgetBeforeMs: number): Promise<void> {
    await this.db
      .insertInto('sign_in_failures')
      .values({ scope, subject, failures: 1, last_failure_ms: nowMs })
      .onConflict((oc) =>
        oc.columns(['scope', 'subject']).doUpdateSet((eb) => ({
          failures: eb
            .case()
            .when('sign_in_failures.last_failure_ms', '<', forgetBeforeMs)
            .then(eb.lit(1))
            .else(eb('sign_in_failures.failures', '+', eb.lit(1)))
            .end(),
          last_failure_ms: nowMs,
        })),
      )
      .execute();
  }

  async clear(scope: FailureScope, subject: string): Promise<void> {
    await this.db.deleteFrom('sign_in_failures').where('scope', '=', scope).where('subject', '=', subject).execute();
  }

  /** Removes the records of one scope with no mistake since `beforeMs`: they would count from 1 again anyway. */
  async forget(scope: FailureScope, beforeMs: number): Promise<number> {
    const result = await this.db
      .deleteFrom('sign_in_failures')
      .where('scope', '=', scope)
      .where('last_failure_ms', '<', beforeMs)
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }
}
