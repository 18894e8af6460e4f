/**
 * Migration 15: the Friends and Family Test's results as a practice hands them in (issue 13, stage 3).
 *
 * - `fft_days`: how many patients gave each answer to the built-in first-impression survey's `overall` question, per
 *   practice, day (in its time zone, of `submittedAt`), channel (`kiosk`, `embed`) and location (`''`: none) — what
 *   months by collection method, weeks for the chart and locations compared are added up from. Folded with
 *   `monthly_results` in the same transaction under the same watermark, so both are counted afresh: the monthly
 *   aggregates are emptied and the watermark goes back to 0 (as migration 012 did; results stay exact meanwhile).
 * - `fft_hand_counts`: counts staff enter for a month from paper cards, text messages, calls or anything else.
 * - `fft_hand_ins`: a month marked handed in, with its figures as they were then (JSON, per collection method).
 * - `practices.ods_code`: the practice's NHS organisation code, printed with its return.
 * - `submissions_cases`: a partial index of the what-went-wrong submissions by practice and arrival (first contact).
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';
import { MONTHLY_RESULTS_JOB } from './010-monthly-results.js';

export function fftResults(engine: Engine): Migration {
  const count = engine === 'sqlite' ? 'integer' : 'bigint';
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('fft_days')
        .addColumn('practice_id', 'text', (c) => c.notNull())
        .addColumn('day', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('location', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('count', count, (c) => c.notNull())
        .addPrimaryKeyConstraint('fft_days_pk', ['practice_id', 'day', 'channel', 'location', 'answer'])
        .execute();
      await db.schema
        .createTable('fft_hand_counts')
        .addColumn('practice_id', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('method', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addColumn('entered_at', 'text', (c) => c.notNull())
        .addColumn('entered_by', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('fft_hand_counts_pk', ['practice_id', 'month', 'method', 'answer'])
        .execute();
      await db.schema
        .createTable('fft_hand_ins')
        .addColumn('practice_id', 'text', (c) => c.notNull())
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('handed_in_at', 'text', (c) => c.notNull())
        .addColumn('handed_in_by', 'text', (c) => c.notNull())
        .addColumn('figures', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('fft_hand_ins_pk', ['practice_id', 'month'])
        .execute();
      await db.schema.alterTable('practices').addColumn('ods_code', 'text').execute();
      // The cases of a window, for their first contact, without reading any patient's words: only what-went-wrong
      // rows are in it, so a first impression's insert does not pay for it.
      await db.schema
        .createIndex('submissions_cases')
        .on('submissions')
        .columns(['practice_id', 'received_at', 'automation', 'id'])
        .where(sql.ref('kind'), '=', sql.lit('what-went-wrong'))
        .execute();
      await sql`delete from monthly_results`.execute(db);
      await sql`update rollup_progress set through_seq = 0 where job = ${MONTHLY_RESULTS_JOB}`.execute(db);
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('submissions_cases').execute();
      await db.schema.alterTable('practices').dropColumn('ods_code').execute();
      await db.schema.dropTable('fft_hand_ins').execute();
      await db.schema.dropTable('fft_hand_counts').execute();
      await db.schema.dropTable('fft_days').execute();
    },
  };
}
