/**
 * What staff add to the Friends and Family Test by hand (migration 015): counts for a month from paper cards, text
 * messages, calls or anything else (`fft_hand_counts`, replaced a method at a time), and months marked handed in with
 * their figures then (`fft_hand_ins`, never changed; what is counted after shows apart as later arrivals).
 */
import type { Kysely } from 'kysely';
import { FFT_ANSWERS, fftCounts, type CountsByMethod, type FftCounts } from '../../src/core/results/fft-figures.js';
import { inPractices } from './practice-limit.js';
import type { Database } from './schema.js';

export interface HandCountRow {
  practiceId: string;
  month: string;
  method: string;
  counts: FftCounts;
}

export interface HandInRow {
  practiceId: string;
  month: string;
  at: string;
  by: string;
  figures: CountsByMethod;
}

export class HandedInError extends Error {
  override name = 'HandedInError';
}

const key = (practiceId: string, month: string, method: string) => `${practiceId}\u0000${month}\u0000${method}`;

export class FftHand {
  constructor(private readonly db: Kysely<Database>) {}

  /** Every hand count of the practices and months, per practice, month and method. */
  async counts(practices: readonly string[] | undefined, from: string, to: string): Promise<HandCountRow[]> {
    const only = inPractices(practices);
    const rows = await this.db
      .selectFrom('fft_hand_counts')
      .select(['practice_id', 'month', 'method', 'answer', 'count'])
      .$if(only !== undefined, (qb) => qb.where(only!))
      .where('month', '>=', from)
      .where('month', '<=', to)
      .execute();
    const found = new Map<
      string,
      { practiceId: string; month: string; method: string; counts: Record<string, number> }
    >();
    for (const r of rows) {
      const k = key(r.practice_id, r.month, r.method);
      const row = found.get(k) ?? { practiceId: r.practice_id, month: r.month, method: r.method, counts: {} };
      found.set(k, row);
      row.counts[r.answer] = Number(r.count);
    }
    return [...found.values()].map((r) => ({ ...r, counts: fftCounts(r.counts) }));
  }

  /**
   * Replaces one method's counts for a month. A month handed in keeps its figures then (`fft_hand_ins`): cards
   * typed in afterwards are counted now and shown apart as later arrivals.
   */
  async setCounts(row: HandCountRow, by: string, at: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      await tx
        .deleteFrom('fft_hand_counts')
        .where('practice_id', '=', row.practiceId)
        .where('month', '=', row.month)
        .where('method', '=', row.method)
        .execute();
      await tx
        .insertInto('fft_hand_counts')
        .values(
          FFT_ANSWERS.map((answer) => ({
            practice_id: row.practiceId,
            month: row.month,
            method: row.method,
            answer,
            count: row.counts[answer],
            entered_at: at,
            entered_by: by,
          })),
        )
        .execute();
    });
  }

  async handIns(practices: readonly string[] | undefined, from: string, to: string): Promise<HandInRow[]> {
    const only = inPractices(practices);
    const rows = await this.db
      .selectFrom('fft_hand_ins')
      .selectAll()
      .$if(only !== undefined, (qb) => qb.where(only!))
      .where('month', '>=', from)
      .where('month', '<=', to)
      .execute();
    return rows.map((r) => ({
      practiceId: r.practice_id,
      month: r.month,
      at: r.handed_in_at,
      by: r.handed_in_by,
      figures: JSON.parse(r.figures) as CountsByMethod,
    }));
  }

  /** Marks a month handed in with its figures now; HandedInError when it already is. */
  async handIn(row: HandInRow): Promise<void> {
    const inserted = await this.db
      .insertInto('fft_hand_ins')
      .values({
        practice_id: row.practiceId,
        month: row.month,
        handed_in_at: row.at,
        handed_in_by: row.by,
        figures: JSON.stringify(row.figures),
      })
      .onConflict((oc) => oc.columns(['practice_id', 'month']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) {
      throw new HandedInError(`${row.month} is already handed in.`);
    }
  }
}
