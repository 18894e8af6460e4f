/**
 * Migration 1: the schema the collector had before migrations were numbered (PRAGMA user_version 1 and 2 in SQLite).
 * `IF NOT EXISTS` is what adopts those files: on a version-2 file this changes nothing, on a version-1 file it adds
 * the follow-up table, on an empty database it creates both.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const todaysSchema: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('submissions')
      .ifNotExists()
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('body', 'text', (c) => c.notNull())
      .addColumn('body_hash', 'text', (c) => c.notNull())
      .addColumn('received_at', 'text', (c) => c.notNull())
      .execute();
    // Staff follow-up lives beside the submission, never in it: the stored body and its hash stay exactly what the
    // device sent, so a late retry of that submission is still recognised as a repeat.
    await db.schema
      .createTable('case_follow_up')
      .ifNotExists()
      .addColumn('submission_id', 'text', (c) => c.primaryKey().references('submissions.id'))
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('new', 'contacted', 'resolved')`))
      .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('case_follow_up').execute();
    await db.schema.dropTable('submissions').execute();
  },
};
