/**
 * Migration 2: arrival order as a column of its own (`seq`), so reads can page through submissions by key (exports
 * stream in constant memory) and PostgreSQL, which has no rowid, keeps the same order SQLite always had.
 *
 * SQLite: existing rows take their rowid, which is the order they arrived in; new rows get the next number inside
 * the insert (submissions.ts). PostgreSQL: an identity column, which several collector processes can share.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';

export function arrivalOrder(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      if (engine === 'sqlite') {
        await db.schema
          .alterTable('submissions')
          .addColumn('seq', 'integer', (c) => c.notNull().defaultTo(0))
          .execute();
        await sql`update submissions set seq = rowid`.execute(db);
      } else {
        await db.schema
          .alterTable('submissions')
          .addColumn('seq', 'bigint', (c) => c.generatedAlwaysAsIdentity())
          .execute();
      }
      await db.schema.createIndex('submissions_seq').unique().on('submissions').column('seq').execute();
      // The inbox lists and counts by kind, newest first: one index serves both at any size.
      await db.schema.createIndex('submissions_kind_seq').on('submissions').columns(['kind', 'seq']).execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('submissions_kind_seq').execute();
      await db.schema.dropIndex('submissions_seq').execute();
      await db.schema.alterTable('submissions').dropColumn('seq').execute();
    },
  };
}
