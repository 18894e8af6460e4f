/**
 * Submissions: stored once, read back in the order they arrived. Their shapes are in submission-rows.ts.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import { UNKNOWN_SURVEY_NOTE, type AnswerCheck } from '../../src/core/submission-check.js';
import { canonicalHash } from '../canonical-hash.js';
import { GroupCommit } from './group-commit.js';
import { DEFAULT_PRACTICE } from './migrations/009-practices.js';
import { inPractices } from './practice-limit.js';
import type { Database, Engine, SubmissionsTable } from './schema.js';
import {
  COLUMNS,
  toStored,
  type Acknowledgement,
  type ListOptions,
  type SaveMarks,
  type SaveResult,
  type StoredSubmission,
  type SubmissionFilter,
  type SubmissionRow,
} from './submission-rows.js';

export {
  COLUMNS,
  toStored,
  type Acknowledgement,
  type ListOptions,
  type SaveMarks,
  type SaveResult,
  type StoredSubmission,
  type SubmissionFilter,
};

/** Rows per query when reading everything: big enough to be quick, small enough that memory stays flat. */
export const READ_CHUNK = 1000;
/**
 * About how much submission text one query of `iterate` brings back: rows of 60 KB (a flood of long submissions)
 * are then read some 35 at a time instead of 1,000 (60 MB, twice that in memory), while ordinary rows of half a
 * kilobyte still come 1,000 at a time.
 */
export const READ_CHARS = 2 * 1024 * 1024;
/** The first query's rows, before the size of a row is known. */
const FIRST_CHUNK = 50;

/** The acknowledgement of a stored row: the same for the first delivery and every repeat. */
function acknowledgement(id: string, receivedAt: string, answers: AnswerCheck | null | undefined): Acknowledgement {
  const ack: Acknowledgement = { id, status: 'stored', receivedAt };
  if (answers === 'unknown-survey') ack.warning = UNKNOWN_SURVEY_NOTE;
  return ack;
}

type NewRow = Omit<SubmissionsTable, 'seq' | 'erased_at' | 'erased_reason' | 'practice_id' | 'unknown_location'> & {
  practice_id: string;
  unknown_location: number;
};
const PLACEHOLDERS: NewRow = {
  id: '\u0000id',
  kind: '\u0000kind',
  body: '\u0000body',
  body_hash: '\u0000body_hash',
  received_at: '\u0000received_at',
  automation: '\u0000automation',
  answers_checked: '\u0000answers_checked' as AnswerCheck,
  practice_id: '\u0000practice_id',
  location: '\u0000location',
  unknown_location: -7_000_001,
};

/**
 * The insert of a new submission, built by Kysely once and then given new values: building and compiling it per
 * submission would cost more than SQLite's own insert. Either the id is taken or nothing happens (ON CONFLICT).
 */
function compileInsert(db: Kysely<Database>, engine: Engine): (row: NewRow) => CompiledQuery {
  const compiled = db
    .insertInto('submissions')
    .values((eb) => ({
      ...PLACEHOLDERS,
      // SQLite has no identity column: the next number, read inside the insert, which holds the write lock.
      ...(engine === 'sqlite'
        ? {
            seq: eb
              .selectFrom('submissions')
              .select((s) => s(s.fn.coalesce(s.fn.max('seq'), s.lit(0)), '+', s.lit(1)).as('next')),
          }
        : {}),
    }))
    .onConflict((oc) => oc.column('id').doNothing())
    .compile();
  const names = Object.keys(PLACEHOLDERS) as (keyof NewRow)[];
  const order = compiled.parameters.map((value) => {
    const name = names.find((n) => PLACEHOLDERS[n] === value);
    if (!name) throw new Error(`The submissions insert has an unexpected parameter: ${String(value)}`);
    return name;
  });
  return (row) => ({ ...compiled, parameters: order.map((name) => row[name]) });
}

export class Submissions {
  private readonly insert: (row: NewRow) => CompiledQuery;
  /** SQLite: submissions that arrive together share one commit (group-commit.ts). */
  private readonly group: GroupCommit | undefined;

  constructor(
    private readonly db: Kysely<Database>,
    engine: Engine,
  ) {
    this.insert = compileInsert(db, engine);
    this.group = engine === 'sqlite' ? new GroupCommit(db) : undefined;
  }

  /**
   * Store a validated submission once, with why it looks automated if it does (`automation`: flagged, never
   * refused). A repeat of the same body (the device retrying after a lost
   * acknowledgement) gets the original acknowledgement; the same id with a different body is a conflict.
   *
   * The insert is one atomic statement that either takes the id or does nothing (`ON CONFLICT DO NOTHING`), so of
   * two saves of one id — on one connection or several, in one process or, on PostgreSQL, in several — exactly one
   * is told "stored"; the other waits for that commit and reads the row back. No transaction is held open across
   * the two statements: a stored row never changes, and on SQLite a lock held across an `await` would make a second
   * connection in the same process wait on the event loop it blocks.
   */
  async save(
    submission: { id: string; kind: string; location?: unknown },
    receivedAt = new Date().toISOString(),
    marks: SaveMarks = {},
  ): Promise<SaveResult> {
    const hash = canonicalHash(submission);
    const insert = this.insert({
      id: submission.id,
      kind: submission.kind,
      body: JSON.stringify(submission),
      body_hash: hash,
      received_at: receivedAt,
      automation: marks.automation ?? null,
      answers_checked: marks.answers ?? null,
      practice_id: marks.practiceId ?? DEFAULT_PRACTICE,
      location: marks.location ?? (typeof submission.location === 'string' ? submission.location : null),
      unknown_location: marks.unknownLocation ? 1 : 0,
    });
    const inserted = this.group
      ? await this.group.insert(insert)
      : Number((await this.db.executeQuery(insert)).numAffectedRows ?? 0);
    if (inserted === 1) {
      return { outcome: 'stored', ack: acknowledgement(submission.id, receivedAt, marks.answers) };
    }
    const existing = await this.db
      .selectFrom('submissions')
      .select(['id', 'body_hash', 'received_at', 'answers_checked'])
      .where('id', '=', submission.id)
      .executeTakeFirstOrThrow();
    const ack = acknowledgement(existing.id, existing.received_at, existing.answers_checked);
    return existing.body_hash === hash ? { outcome: 'repeat', ack } : { outcome: 'conflict', ack };
  }

  /**
   * In the order they arrived, as a spreadsheet reads; `kind`, `newestFirst` and `limit` narrow it for the staff
   * inbox. Holds every row in memory: for everything, use `iterate`.
   */
  async list(options: ListOptions = {}): Promise<StoredSubmission[]> {
    let query = this.db
      .selectFrom('submissions')
      .select(COLUMNS)
      .orderBy('seq', options.newestFirst ? 'desc' : 'asc');
    if (options.kind) query = query.where('kind', '=', options.kind);
    const practices = inPractices(options.practices);
    if (practices) query = query.where(practices);
    if (options.limit) query = query.limit(Math.max(1, Math.floor(options.limit)));
    return (await query.execute()).map(toStored);
  }

  /**
   * Every submission (or those of one kind) in arrival order, read by arrival number at most `chunk` rows per query
   * — fewer when rows are large, about READ_CHARS of text — so an export of any size holds one chunk in memory and
   * never holds the database: writes go on between chunks. A submission that arrives while this runs is included if
   * its number comes after the chunk being read.
   */
  async *iterate(filter: SubmissionFilter = {}, chunk = READ_CHUNK): AsyncGenerator<StoredSubmission> {
    let after: number | undefined;
    let size = Math.min(chunk, FIRST_CHUNK);
    const practices = inPractices(filter.practices);
    for (;;) {
      let query = this.db
        .selectFrom('submissions')
        .select([...COLUMNS, 'seq'])
        .orderBy('seq')
        .limit(size);
      if (after !== undefined) query = query.where('seq', '>', after);
      if (filter.kind) query = query.where('kind', '=', filter.kind);
      if (filter.through !== undefined) query = query.where('seq', '<=', filter.through);
      if (filter.automated !== undefined) query = query.where('automation', filter.automated ? 'is not' : 'is', null);
      if (practices) query = query.where(practices);
      if (filter.location !== undefined) query = query.where('location', '=', filter.location);
      const rows: ((SubmissionRow & { seq: number }) | undefined)[] = await query.execute();
      const count = rows.length;
      const last = rows[count - 1];
      let chars = 0;
      for (const row of rows) chars += row?.body.length ?? 0;
      for (let i = 0; i < count; i += 1) {
        const row = rows[i];
        // Let go of each row once it is handed on, so a chunk of large rows shrinks while it is written.
        rows[i] = undefined;
        if (row) yield toStored(row);
      }
      if (!last || count < size) return;
      after = Number(last.seq);
      size = Math.max(1, Math.min(chunk, Math.floor((size * READ_CHARS) / Math.max(chars, 1))));
    }
  }

  /** The arrival number of the latest submission (0 when there is none). */
  async lastArrival(): Promise<number> {
    const row = await this.db
      .selectFrom('submissions')
      .select((eb) => eb.fn.max('seq').as('last'))
      .executeTakeFirst();
    return Number(row?.last ?? 0);
  }

  /** One submission by id (the staff inbox links a "what went wrong" case to the survey it followed). */
  async get(id: string, practices?: readonly string[]): Promise<StoredSubmission | undefined> {
    let query = this.db.selectFrom('submissions').select(COLUMNS).where('id', '=', id);
    const only = inPractices(practices);
    if (only) query = query.where(only);
    const row = await query.executeTakeFirst();
    return row && toStored(row);
  }
}
