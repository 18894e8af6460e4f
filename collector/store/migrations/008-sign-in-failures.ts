/**
 * Migration 8: wrong sign-ins counted in the database instead of in each process's memory, so that with several
 * collector processes on one database a guesser gets no more tries than with one, whichever process answers
 * (accounts/sign-in-delays.ts). One row per account (the email as typed, trimmed and lower-cased) and per client
 * address; a row is removed on a right password and once it has had no new mistake for six hours.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const signInFailures: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('sign_in_failures')
      .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('account', 'address')`))
      .addColumn('subject', 'text', (c) => c.notNull())
      .addColumn('failures', 'integer', (c) => c.notNull())
      .addColumn('last_failure_ms', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('sign_in_failures_pk', ['scope', 'subject'])
      .execute();
    await db.schema
      .createIndex('sign_in_failures_last')
      .on('sign_in_failures')
      .columns(['scope', 'last_failure_ms'])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('sign_in_failures').execute();
  },
};
