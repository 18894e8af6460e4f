/**
 * A case's file: where staff are with a what-went-wrong case (`case_follow_up`) and everything done to it
 * (`case_events`, migration 013), changed in one transaction so the state and its history never disagree — on
 * PostgreSQL with the case's row locked, so two people saving at once take turns rather than lose a change. Each
 * change also keeps the case's next deadline (`due_at`, migration 014) true, from its practice's clocks.
 */
import type { Kysely } from 'kysely';
import type { CaseChange, CaseDetail, CaseStatus } from '../../src/core/staff-api.js';
import { caseClocks } from '../cases/case-clocks.js';
import { applyCaseChange } from '../cases/case-rules.js';
import { clockRules, type ClockRules } from '../cases/clock-settings.js';
import { isContactableJson } from '../cases/contact.js';
import { localDay } from '../cases/working-days.js';
import { CASE_COLUMNS, NO_DUE, caseState, type CaseState } from './inbox-rows.js';
import { inPractices } from './practice-limit.js';
import type { Database, Engine } from './schema.js';

/** A case as read for its file: its state and what its clocks run on. */
interface CaseFacts {
  state: CaseState;
  receivedAt: string;
  contactable: boolean;
  clocks: ClockRules;
}

export class CaseFiles {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  /** The case of a what-went-wrong submission among `practices`; undefined when there is none. */
  async read(id: string, practices?: readonly string[], now = Date.now()): Promise<CaseDetail | undefined> {
    return this.db.transaction().execute(async (tx) => {
      const facts = await this.facts(tx, id, practices, false);
      return facts && this.detail(facts, await this.history(tx, id), now);
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
      const current = await this.facts(tx, id, practices, true);
      if (!current) return undefined;
      const zone = current.clocks.timeZone;
      const { state, events } = applyCaseChange(current.state, change, {
        today: localDay(Date.parse(at), zone),
        arrivedOn: localDay(Date.parse(current.receivedAt), zone),
        at,
        contactable: current.contactable,
        rule: current.clocks.rule,
      });
      const facts = { ...current, state: { ...state, updatedAt: events.length ? at : state.updatedAt } };
      if (events.length) {
        const note = events.filter((e) => e.what === 'note').at(-1)?.value;
        const row = {
          status: state.status,
          assignee: state.assignee,
          outcome: state.outcome,
          updated_at: at,
          formal_on: state.formalOn,
          complaint_stage: state.stage,
          stage_started_on: state.stageStartedOn,
          acknowledged_at: state.acknowledgedAt,
          responded_at: state.respondedAt,
          agreed_response_by: state.agreedResponseBy,
          first_contacted_at: state.firstContactedAt,
          due_at: caseClocks(facts, facts.clocks, Date.parse(at)).dueAt ?? NO_DUE,
          contactable: facts.contactable ? 1 : 0,
        };
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
      return this.detail(facts, await this.history(tx, id), Date.parse(at));
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

  private detail(facts: CaseFacts, history: CaseDetail['history'], now: number): CaseDetail {
    const { state } = facts;
    const { clocks, formal, due } = caseClocks(facts, facts.clocks, now);
    const detail: CaseDetail = {
      status: state.status,
      assignee: state.assignee,
      outcome: state.outcome,
      updatedAt: state.updatedAt,
      contactable: facts.contactable,
      firstContactedAt: state.firstContactedAt,
      formal,
      clocks,
      history,
    };
    if (due) detail.due = due;
    return detail;
  }

  private async facts(
    tx: Kysely<Database>,
    id: string,
    practices: readonly string[] | undefined,
    lock: boolean,
  ): Promise<CaseFacts | undefined> {
    const only = inPractices(practices, 's.practice_id');
    const row = await tx
      .selectFrom('submissions as s')
      .innerJoin('practices as p', 'p.id', 's.practice_id')
      .leftJoin('case_follow_up as f', 'f.submission_id', 's.id')
      .select([
        's.received_at',
        's.body',
        'p.time_zone',
        'p.promise_days',
        'p.complaint_rule',
        'p.holidays',
        ...CASE_COLUMNS,
      ])
      .where('s.id', '=', id)
      .where('s.kind', '=', 'what-went-wrong')
      .$if(only !== undefined, (qb) => qb.where(only!))
      .$if(lock && this.engine === 'postgres', (qb) => qb.forUpdate('s'))
      .executeTakeFirst();
    if (!row) return undefined;
    return {
      state: caseState(row),
      receivedAt: row.received_at,
      contactable: isContactableJson(row.body),
      clocks: clockRules(row),
    };
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
