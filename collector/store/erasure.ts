/**
 * The store's part in a patient's data requests (collector/patient-data/): finding the submissions that may be one
 * patient's, rewriting them without their words, and finding those past the practice's retention period. What a
 * match or a redacted body is, is decided in that room; here are only the queries, the same on both engines.
 */
import { sql, type Kysely } from 'kysely';
import type { Database, ErasureReason } from './schema.js';
import { inPractices } from './practice-limit.js';
import { COLUMNS, toStored, type StoredSubmission } from './submissions.js';

/** A stored submission with its arrival number, so a search can go on from where it stopped. */
export type Found = StoredSubmission & { seq: number };

/** `%`, `_` and the escape itself taken literally in a LIKE pattern (ESCAPE '\'). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export class Erasures {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Newest first, submissions whose stored text contains any of the LIKE patterns (lower case; compared with the
   * lower-cased body, so A–Z match either case), older than `beforeSeq` when given. A candidate list: the caller
   * reads each body to confirm.
   */
  async search(
    patterns: readonly string[],
    limit: number,
    beforeSeq?: number,
    practices?: readonly string[],
  ): Promise<Found[]> {
    if (patterns.length === 0) return [];
    const only = inPractices(practices);
    let query = this.db
      .selectFrom('submissions')
      .select([...COLUMNS, 'seq'])
      .where((eb) => eb.or(patterns.map((p) => eb(sql`lower(body)`, 'like', sql`${p} escape '\\'`))))
      .orderBy('seq', 'desc')
      .limit(limit);
    if (beforeSeq !== undefined) query = query.where('seq', '<', beforeSeq);
    if (only) query = query.where(only);
    return (await query.execute()).map((row) => ({ ...toStored(row), seq: Number(row.seq) }));
  }

  /** The recovery forms that name this submission as the survey they followed. */
  async followedBy(id: string, practices?: readonly string[]): Promise<StoredSubmission[]> {
    const only = inPractices(practices);
    const rows = await this.db
      .selectFrom('submissions')
      .select(COLUMNS)
      .where('body', 'like', sql<string>`${`%"relatedTo":"${likeLiteral(id)}"%`} escape '\\'`)
      .$if(only !== undefined, (qb) => qb.where(only!))
      .limit(20)
      .execute();
    return rows.map(toStored);
  }

  /**
   * Each body replaced by its redacted form and marked erased, the staff notes of those cases emptied, in one
   * transaction. A row erased already is left as it is. Returns how many were erased now.
   */
  async erase(
    items: readonly { id: string; body: Record<string, unknown> }[],
    reason: ErasureReason,
    at: string,
  ): Promise<string[]> {
    if (items.length === 0) return [];
    return this.db.transaction().execute(async (tx) => {
      const erased: string[] = [];
      for (const item of items) {
        const result = await tx
          .updateTable('submissions')
          .set({ body: JSON.stringify(item.body), erased_at: at, erased_reason: reason })
          .where('id', '=', item.id)
          .where('erased_at', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) > 0) erased.push(item.id);
      }
      if (erased.length) {
        await tx.updateTable('case_follow_up').set({ note: '' }).where('submission_id', 'in', erased).execute();
        // Staff notes may repeat what the patient said: emptied in the case's history too (the steps stay).
        await tx
          .updateTable('case_events')
          .set({ value: '' })
          .where('submission_id', 'in', erased)
          .where('what', '=', 'note')
          .execute();
      }
      return erased;
    });
  }

  /** Submissions received before `cutoff` whose words are still kept, oldest first. */
  async keptBefore(cutoff: string, limit: number): Promise<StoredSubmission[]> {
    const rows = await this.db
      .selectFrom('submissions')
      .select(COLUMNS)
      .where('received_at', '<', cutoff)
      .where('erased_at', 'is', null)
      .orderBy('received_at')
      .limit(limit)
      .execute();
    return rows.map(toStored);
  }
}
