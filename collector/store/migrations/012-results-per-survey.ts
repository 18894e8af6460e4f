/**
 * Migration 12: results kept per survey version, so a practice's own survey is counted in its own questions and
 * words, apart from the built-in Friends and Family Test (issue 12).
 *
 * `monthly_results` gains `survey_id` and `survey_version` (what each submission names) in its key. The old
 * aggregates cannot be split by survey, so they are dropped and the watermark goes back to 0: the results job counts
 * every submission again in the background after start. Results stay exact meanwhile (what is not yet folded is read
 * from the rows), only slower until it has caught up — about four minutes per ten million submissions on the bench
 * machine, a few seconds for one practice's years.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';
import { monthlyResults, MONTHLY_RESULTS_JOB } from './010-monthly-results.js';

export function resultsPerSurvey(engine: Engine): Migration {
  const count = engine === 'sqlite' ? 'integer' : 'bigint';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('monthly_results_month').execute();
      await db.schema.dropTable('monthly_results').execute();
      await db.schema
        .createTable('monthly_results')
        .addColumn('practice_id', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('survey_id', 'text', (c) => c.notNull())
        .addColumn('survey_version', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('count', count, (c) => c.notNull())
        .addPrimaryKeyConstraint('monthly_results_pk', [
          'practice_id',
          'month',
          'kind',
          'survey_id',
          'survey_version',
          'question',
          'answer',
        ])
        .execute();
      await db.schema.createIndex('monthly_results_month').on('monthly_results').columns(['month']).execute();
      await sql`update rollup_progress set through_seq = 0 where job = ${MONTHLY_RESULTS_JOB}`.execute(db);
    },

    /** Back to migration 010's shape, counted again from nothing. */
    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('monthly_results_month').execute();
      await db.schema.dropTable('monthly_results').execute();
      const old = monthlyResults(engine);
      await db.schema.dropTable('rollup_progress').execute();
      await old.up(db);
    },
  };
}
