/**
 * A case's file: where staff are with a what-went-wrong case (`case_follow_up`) and everything done to it
 * (`case_events`, migration 013), changed in one transaction so the state and its history never disagree — on
 * PostgreSQL with the case's row locked, so two people saving at once take turns rather than lose a change.
 */
import type { Kysely } from 'kysely';
import type { CaseChange, CaseDetail, CaseStatus } from '../../src/core/staff-api.js';
import { applyCaseChange } from '../cases/case-rules.js';
import { caseState, type CaseState } from './inbox-rows.js';
import { inPractices } from './practice-limit.js';
import type { Database, Engine } from './schema.js';

export class CaseFiles {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  /** The case of a what-went-wrong submission among `practices`; undefined when there is none. */
  async read(id: string, practices?: readonly string[]): Promise<CaseDetail | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const state = await this.state(tx, id, practices, false);
      return state && { ...state, history: await this.history(tx, id) };
    });
  }

  /** Applies a change (case-rules.ts) by `actor`; undefined when there is no such case among `practices`. */
  async change(
    id: string,
    actor: string,
    change: CaseChange,
    at: string,
    practices?: readonly string[],
  ): Promise<CaseDetail | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const current = await this.state(tx, id, practices, true);
      if (!current) return undefined;
      const { state, events } = applyCaseChange(current, change);
      if (events.length) {
        const note = events.filter((e) => e.what === 'note').at(-1)?.value;
        const row = { status: state.status, assignee: state.assignee, outcome: state.outcome, updated_at: at };
        await tx
          .insertInto('case_follow_up')
          .values({ submission_id: id, note: note ?? '', ...row })
          .onConflict((oc) => oc.column('submission_id').doUpdateSet(note === undefined ? row : { ...row, note }))
          .execute();
        await tx
          .insertInto('case_events')
          .values(events.map((e) => ({ submission_id: id, at, actor, ...e })))
          .execute();
      }
      return { ...state, updatedAt: events.length ? at : state.updatedAt, history: await this.history(tx, id) };
    });
  }

  /** Every touched case's status among `practices`, by submission id (a case nobody touched is new, and absent). */
  async statuses(practices?: readonly string[]): Promise<Map<string, CaseStatus>> {
    const only = inPractices(practices, 's.practice_id');
    const rows = await this.db
      .selectFrom('case_follow_up as f')
      .innerJoin('submissions as s', 's.id', 'f.submission_id')
      .select(['f.submission_id', 'f.status'])
      .$if(only !== undefined, (qb) => qb.where(only!))
      .execute();
    return new Map(rows.map((r) => [r.submission_id, r.status]));
  }

  private async state(
    tx: Kysely<Database>,
    id: string,
    practices: readonly string[] | undefined,
    lock: boolean,
  ): Promise<CaseState | undefined> {
    const only = inPractices(practices, 's.practice_id');
    const row = await tx
      .selectFrom('submissions as s')
      .leftJoin('case_follow_up as f', 'f.submission_id', 's.id')
      .select(['s.id', 'f.status', 'f.assignee', 'f.outcome', 'f.updated_at'])
      .where('s.id', '=', id)
      .where('s.kind', '=', 'what-went-wrong')
      .$if(only !== undefined, (qb) => qb.where(only!))
      .$if(lock && this.engine === 'postgres', (qb) => qb.forUpdate('s'))
      .executeTakeFirst();
    return row && caseState(row);
  }

  private async history(tx: Kysely<Database>, id: string) {
    const rows = await tx
      .selectFrom('case_events')
      .select(['at', 'actor', 'what', 'value'])
      .where('submission_id', '=', id)
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ at: r.at, by: r.actor, what: r.what, value: r.value }));
  }
}
