/**
 * Migration 11: the survey registry (collector/surveys/): a practice's own survey versions, beside the built-in ones
 * (which live in code, src/surveys, and are never stored here).
 *
 * - `surveys`: one row per survey version (`id`, `version`), its `kind`, the definition as checked JSON, the practice
 *   it belongs to (`practice_id`; NULL: every practice of the group), who added it and when, and `used_at`: when a
 *   submission first named it. A version may be replaced until then; from then on it never changes, so every answer
 *   stored against it keeps its meaning.
 */
import type { Kysely, Migration } from 'kysely';

export const surveys: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('surveys')
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('version', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('practice_id', 'text', (c) => c.references('practices.id'))
      .addColumn('definition', 'text', (c) => c.notNull())
      .addColumn('added_at', 'text', (c) => c.notNull())
      .addColumn('added_by', 'text', (c) => c.notNull())
      .addColumn('used_at', 'text')
      .addPrimaryKeyConstraint('surveys_pk', ['id', 'version'])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('surveys').execute();
  },
};
