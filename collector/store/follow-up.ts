/**
 * Staff follow-up of "what went wrong" cases (docs/collector.md): where staff are with each case and their note,
 * kept in its own table beside the submission.
 */
import type { Kysely } from 'kysely';
import type { FollowUp, FollowUpStatus } from '../follow-up.js';
import type { Database } from './schema.js';
import { inPractices } from './practice-limit.js';

const RECOVERY = 'what-went-wrong';

export class FollowUps {
  constructor(private readonly db: Kysely<Database>) {}

  /** Where staff are with one "what went wrong" case; a case nobody has touched is `new`. */
  async followUp(id: string): Promise<FollowUp> {
    const r = await this.db
      .selectFrom('case_follow_up')
      .select(['status', 'note', 'updated_at'])
      .where('submission_id', '=', id)
      .executeTakeFirst();
    return r ? { status: r.status, note: r.note, updatedAt: r.updated_at } : { status: 'new', note: '' };
  }

  /**
   * Record a follow-up step; false when there is no such "what went wrong" case. One statement (insert-or-update
   * of a row selected only if the case exists), so it needs no lock and is right across processes too.
   */
  async setFollowUp(
    id: string,
    status: FollowUpStatus,
    note: string,
    updatedAt = new Date().toISOString(),
    practices?: readonly string[],
  ): Promise<boolean> {
    const only = inPractices(practices);
    const result = await this.db
      .insertInto('case_follow_up')
      .columns(['submission_id', 'status', 'note', 'updated_at'])
      .expression((eb) =>
        eb
          .selectFrom('submissions')
          .select([
            eb.val(id).as('submission_id'),
            eb.val(status).as('status'),
            eb.val(note).as('note'),
            eb.val(updatedAt).as('updated_at'),
          ])
          .where('id', '=', id)
          .where('kind', '=', RECOVERY)
          .$if(only !== undefined, (qb) => qb.where(only!)),
      )
      .onConflict((oc) =>
        oc.column('submission_id').doUpdateSet((eb) => ({
          status: eb.ref('excluded.status'),
          note: eb.ref('excluded.note'),
          updated_at: eb.ref('excluded.updated_at'),
        })),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  }

  /** Open cases per practice: "what went wrong" not yet resolved, leaving out those that look automated. */
  async openCasesByPractice(practices?: readonly string[]): Promise<Map<string, number>> {
    const only = inPractices(practices, 's.practice_id');
    const rows = await this.db
      .selectFrom('submissions as s')
      .leftJoin('case_follow_up as f', 'f.submission_id', 's.id')
      .select((eb) => ['s.practice_id', eb.fn.countAll<number>().as('n')])
      .where('s.kind', '=', RECOVERY)
      .where('s.automation', 'is', null)
      .where((eb) => eb.or([eb('f.status', 'is', null), eb('f.status', '<>', 'resolved')]))
      .$if(only !== undefined, (qb) => qb.where(only!))
      .groupBy('s.practice_id')
      .execute();
    return new Map(rows.map((r) => [r.practice_id, Number(r.n)]));
  }
}
