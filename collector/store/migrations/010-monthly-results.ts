/**
 * Migration 10: results from monthly aggregates (collector/results/), so the results of a group at ten million
 * submissions are read from a few thousand rows instead of a scan of every body.
 *
 * - `monthly_results`: for each practice, month (`YYYY-MM` in the practice's time zone, of `submittedAt`, or of
 *   arrival when the device sent no time), kind, question and answer (`''`: unanswered), how many patients' submissions
 *   gave it. A what-went-wrong form's `categories` count once for each category chosen.
 * - `rollup_progress`: one row per roll-up job, the last arrival number (`submissions.seq`) folded in. Everything up to
 *   it is in the aggregates; everything after it is counted from the rows themselves when results are asked for.
 *
 * Existing submissions are not folded here: the results job folds them in the background after start (results are
 * exact meanwhile, read from the rows beyond the watermark, only slower until it has caught up).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';

/** The watermark row of the monthly results. */
export const MONTHLY_RESULTS_JOB = 'monthly-results';

export function monthlyResults(engine: Engine): Migration {
  const count = engine === 'sqlite' ? 'integer' : 'bigint';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('monthly_results')
        .addColumn('practice_id', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('count', count, (c) => c.notNull())
        .addPrimaryKeyConstraint('monthly_results_pk', ['practice_id', 'month', 'kind', 'question', 'answer'])
        .execute();
      // One month (or a few) of every practice: the primary key serves one practice's months.
      await db.schema.createIndex('monthly_results_month').on('monthly_results').columns(['month']).execute();
      await db.schema
        .createTable('rollup_progress')
        .addColumn('job', 'text', (c) => c.primaryKey())
        .addColumn('through_seq', count, (c) => c.notNull())
        .execute();
      await sql`insert into rollup_progress (job, through_seq) values (${MONTHLY_RESULTS_JOB}, 0)`.execute(db);
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('rollup_progress').execute();
      await db.schema.dropIndex('monthly_results_month').execute();
      await db.schema.dropTable('monthly_results').execute();
    },
  };
}
