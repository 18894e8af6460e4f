/**
 * Counting submissions — all, by kind, per practice and kind — for the inbox's totals and a group's roll-up, within
 * the practices a staff member sees.
 */
import type { Kysely } from 'kysely';
import { inPractices } from './practice-limit.js';
import type { Database } from './schema.js';
import type { SubmissionFilter } from './submissions.js';

export interface PracticeCount {
  practiceId: string;
  kind: string;
  /** Submissions from patients (not looking automated). */
  patients: number;
  automated: number;
  /** Those naming a location their practice does not list. */
  unknownLocation: number;
}

export class SubmissionCounts {
  constructor(private readonly db: Kysely<Database>) {}

  /** How many are stored; `automated` counts only those that look automated (true) or only the patients' (false). */
  async count(filter: Pick<SubmissionFilter, 'automated' | 'practices'> = {}): Promise<number> {
    let query = this.db.selectFrom('submissions').select((eb) => eb.fn.countAll<number>().as('n'));
    if (filter.automated !== undefined) query = query.where('automation', filter.automated ? 'is not' : 'is', null);
    const practices = inPractices(filter.practices);
    if (practices) query = query.where(practices);
    const row = await query.executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async countByKind(filter: Pick<SubmissionFilter, 'automated' | 'practices'> = {}): Promise<Record<string, number>> {
    let query = this.db
      .selectFrom('submissions')
      .select((eb) => ['kind', eb.fn.countAll<number>().as('n')])
      .groupBy('kind');
    if (filter.automated !== undefined) query = query.where('automation', filter.automated ? 'is not' : 'is', null);
    const practices = inPractices(filter.practices);
    if (practices) query = query.where(practices);
    const rows = await query.execute();
    return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
  }

  /** Per practice and kind: the patients' submissions, those that look automated, those from an unlisted location. */
  async countByPractice(practices?: readonly string[]): Promise<PracticeCount[]> {
    const only = inPractices(practices);
    const rows = await this.db
      .selectFrom('submissions')
      .select((eb) => [
        'practice_id',
        'kind',
        eb.fn.countAll<number>().as('n'),
        eb.fn.count<number>('automation').as('automated'),
        eb.fn.sum<number>('unknown_location').as('unknown'),
      ])
      .$if(only !== undefined, (qb) => qb.where(only!))
      .groupBy(['practice_id', 'kind'])
      .execute();
    return rows.map((r) => ({
      practiceId: r.practice_id,
      kind: r.kind,
      patients: Number(r.n) - Number(r.automated),
      automated: Number(r.automated),
      unknownLocation: Number(r.unknown ?? 0),
    }));
  }
}
