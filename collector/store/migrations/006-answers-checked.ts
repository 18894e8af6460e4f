/**
 * Migration 6: whether a submission's answers were checked against the survey version it names (`checked`) or kept
 * unchecked because this collector did not know that survey (`unknown-survey`): a practice's own survey is stored,
 * never refused, and staff can see which answers nobody checked. Rows stored before this migration keep NULL: they
 * passed the older shape check only, and nothing recorded more.
 *
 * One nullable column on `submissions`, nothing else touched, so it stands apart from any other migration.
 */
import { sql, type Kysely, type Migration } from 'kysely';

export const answersChecked: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .alterTable('submissions')
      .addColumn('answers_checked', 'text', (c) => c.check(sql`answers_checked in ('checked', 'unknown-survey')`))
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('submissions').dropColumn('answers_checked').execute();
  },
};
