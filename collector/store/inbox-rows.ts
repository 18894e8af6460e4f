/**
 * The staff inbox's rows (collector/staff-api/inbox.ts): newest first, a page at a time by arrival number, narrowed
 * in SQL by what indexes and columns can answer — practices, kind, location, case status, the overall answer, a
 * category, a rough window of arrival times, words as LIKE patterns — so a filter that matches few rows does not
 * read many. What SQL can only approximate (a day in the practice's time zone, words inside the patient's answers
 * rather than field names) the caller checks on each row.
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { CaseOutcome, CaseStatus } from '../../src/core/staff-api.js';
import type { CaseFollowUpTable, Database, Engine } from './schema.js';
import { NO_DUE } from './migrations/014-case-clocks.js';
import { inPractices } from './practice-limit.js';
import { COLUMNS, toStored, type StoredSubmission } from './submissions.js';

export interface InboxRowsQuery {
  practices?: readonly string[] | undefined;
  kind?: string | undefined;
  location?: string | undefined;
  status?: CaseStatus | undefined;
  /** The overall answer's value. */
  rating?: string | undefined;
  category?: string | undefined;
  /** ISO times: arrival at or after, and before. */
  receivedFrom?: string | undefined;
  receivedBefore?: string | undefined;
  /** Lower-case LIKE patterns (`\` escaping); the body must match one of them. */
  likeAny?: readonly string[] | undefined;
  /** Only rows after this one in the order asked for (the page before's last). */
  after?: InboxCursor | undefined;
  /** Only cases whose next deadline is before this time (ISO): due now. */
  dueBefore?: string | undefined;
  /** `due`: soonest next deadline first (none last), then newest; default newest first. */
  order?: 'newest' | 'due' | undefined;
  /** Arrival numbers that hold the arrival window (`arrivalRange`), so SQL walks only those. */
  seqRange?: { from: number; to: number } | undefined;
  limit: number;
}

export interface CaseState {
  status: CaseStatus;
  assignee: string | null;
  outcome: CaseOutcome | null;
  updatedAt: string | null;
  /** The day a formal complaint counts from; null: not a formal complaint. */
  formalOn: string | null;
  /** The complaint's stage (0 first) and the day its clocks count from. */
  stage: number;
  stageStartedOn: string | null;
  acknowledgedAt: string | null;
  respondedAt: string | null;
  agreedResponseBy: string | null;
  firstContactedAt: string | null;
}

/** A case nobody has touched. */
export const NEW_CASE: CaseState = {
  status: 'new',
  assignee: null,
  outcome: null,
  updatedAt: null,
  formalOn: null,
  stage: 0,
  stageStartedOn: null,
  acknowledgedAt: null,
  respondedAt: null,
  agreedResponseBy: null,
  firstContactedAt: null,
};

/** The columns of `case_follow_up` a case's state is read from (`f.…`). */
export const CASE_COLUMNS = [
  'f.status',
  'f.assignee',
  'f.outcome',
  'f.updated_at',
  'f.formal_on',
  'f.complaint_stage',
  'f.stage_started_on',
  'f.acknowledged_at',
  'f.responded_at',
  'f.agreed_response_by',
  'f.first_contacted_at',
] as const;

type Nullable<T> = { [K in keyof T]: T[K] | null };

/** A case's state from `case_follow_up` joined to its submission: a case nobody has touched yet is new. */
export function caseState(
  f: Nullable<
    Pick<
      CaseFollowUpTable,
      | 'status'
      | 'assignee'
      | 'outcome'
      | 'updated_at'
      | 'formal_on'
      | 'stage_started_on'
      | 'acknowledged_at'
      | 'responded_at'
      | 'agreed_response_by'
      | 'first_contacted_at'
    >
  > & { complaint_stage: number | null },
): CaseState {
  return {
    status: f.status ?? 'new',
    assignee: f.assignee,
    outcome: f.outcome,
    updatedAt: f.updated_at,
    formalOn: f.formal_on,
    stage: Number(f.complaint_stage ?? 0),
    stageStartedOn: f.stage_started_on,
    acknowledgedAt: f.acknowledged_at,
    respondedAt: f.responded_at,
    agreedResponseBy: f.agreed_response_by,
    firstContactedAt: f.first_contacted_at,
  };
}

/** Where a page ended: its last row's arrival number and, in deadline order, its deadline (`NO_DUE`: none). */
export interface InboxCursor {
  seq: number;
  due?: string;
}

export { NO_DUE };

export interface InboxRow {
  seq: number;
  /** What-went-wrong only: the case's next deadline as kept in the store (`NO_DUE`: none). */
  due?: string;
  submission: StoredSubmission;
  /** What-went-wrong only: where staff are with it (`new` while nobody has touched it). */
  case?: CaseState;
}

export class InboxRows {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  async read(q: InboxRowsQuery): Promise<InboxRow[]> {
    const conditions: Expression<SqlBool>[] = [];
    const only = inPractices(q.practices, 's.practice_id');
    if (only) conditions.push(only);
    // Every case has its row (CaseClocks.open) when asked by deadline: walked from the deadline's index, and every
    // row of `case_follow_up` is a case, so no condition on the kind leads the planner to walk the submissions.
    const byDeadline = q.order === 'due' || q.dueBefore !== undefined;
    const kind = q.status !== undefined ? 'what-went-wrong' : q.kind;
    if (byDeadline) {
      if (kind === 'first-impression') conditions.push(sql<SqlBool>`1 = 0`);
    } else if (kind !== undefined) conditions.push(sql<SqlBool>`s.kind = ${kind}`);
    if (q.location !== undefined) conditions.push(sql<SqlBool>`s.location = ${q.location}`);
    if (q.status === 'new') conditions.push(sql<SqlBool>`(f.status is null or f.status = 'new')`);
    else if (q.status !== undefined) conditions.push(sql<SqlBool>`f.status = ${q.status}`);
    if (q.rating !== undefined) conditions.push(sql<SqlBool>`${this.overall()} = ${q.rating}`);
    if (q.category !== undefined) conditions.push(this.hasCategory(q.category));
    if (q.receivedFrom !== undefined) conditions.push(sql<SqlBool>`s.received_at >= ${q.receivedFrom}`);
    if (q.receivedBefore !== undefined) conditions.push(sql<SqlBool>`s.received_at < ${q.receivedBefore}`);
    if (q.likeAny?.length) {
      const one = q.likeAny.map((p) => sql<SqlBool>`lower(s.body) like ${p} escape '\\'`);
      conditions.push(sql<SqlBool>`(${sql.join(one, sql` or `)})`);
    }
    if (q.dueBefore !== undefined) conditions.push(sql<SqlBool>`f.due_at < ${q.dueBefore}`);
    if (q.after !== undefined) {
      const due = q.after.due ?? NO_DUE;
      conditions.push(
        q.order === 'due'
          ? sql<SqlBool>`(f.due_at > ${due} or (f.due_at = ${due} and s.seq < ${q.after.seq}))`
          : sql<SqlBool>`s.seq < ${q.after.seq}`,
      );
    }
    if (q.seqRange) conditions.push(sql<SqlBool>`s.seq between ${q.seqRange.from} and ${q.seqRange.to}`);
    const rows = await (
      byDeadline
        ? this.db.selectFrom('case_follow_up as f').innerJoin('submissions as s', 's.id', 'f.submission_id')
        : this.db.selectFrom('submissions as s').leftJoin('case_follow_up as f', 'f.submission_id', 's.id')
    )
      .select([...COLUMNS.map((c) => `s.${c}` as const), 's.seq', 'f.due_at', ...CASE_COLUMNS])
      .$if(conditions.length > 0, (qb) => qb.where((eb) => eb.and(conditions)))
      .$if(q.order === 'due', (qb) => qb.orderBy('f.due_at'))
      .orderBy('s.seq', 'desc')
      .limit(Math.max(1, Math.floor(q.limit)))
      .execute();
    return rows.map((r) => {
      const row: InboxRow = { seq: Number(r.seq), submission: toStored(r) };
      if (r.kind === 'what-went-wrong') {
        row.case = caseState(r);
        row.due = r.due_at ?? NO_DUE;
      }
      return row;
    });
  }

  /**
   * The arrival numbers of the rows that arrived in a window (by the index on `received_at`): narrower than any page
   * walk by arrival order, and exact as a bound, since every row of the window lies between them. Undefined: none.
   */
  async arrivalRange(
    from: string | undefined,
    before: string | undefined,
  ): Promise<{ from: number; to: number } | undefined> {
    const row = await this.db
      .selectFrom('submissions')
      .select((eb) => [eb.fn.min('seq').as('low'), eb.fn.max('seq').as('high')])
      .$if(from !== undefined, (qb) => qb.where('received_at', '>=', from!))
      .$if(before !== undefined, (qb) => qb.where('received_at', '<', before!))
      .executeTakeFirst();
    return row?.low == null || row.high == null ? undefined : { from: Number(row.low), to: Number(row.high) };
  }

  private overall() {
    return this.engine === 'sqlite'
      ? sql`json_extract(s.body, '$.answers.overall')`
      : sql`(s.body::jsonb -> 'answers' ->> 'overall')`;
  }

  private hasCategory(category: string): Expression<SqlBool> {
    return this.engine === 'sqlite'
      ? sql<SqlBool>`exists (select 1 from json_each(s.body, '$.answers.categories') where value = ${category})`
      : sql<SqlBool>`jsonb_exists(s.body::jsonb -> 'answers' -> 'categories', ${category})`;
  }
}
