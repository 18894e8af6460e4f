/**
 * The store's part in the monthly results (collector/results/monthly-results.ts): the queries of the roll-up and of a
 * read, the same on both engines. What a month or a counted answer is, is decided in that room; here are only the
 * transactions that keep the aggregates and the watermark true together.
 *
 * The one promise: every patient's submission is counted exactly once — in `monthly_results` when its arrival number
 * is at or below the watermark (`rollup_progress.through_seq`), from its row when it is above. A chunk is folded in
 * one transaction (its counts added and the watermark moved together), so a crash or an error mid-way counts nothing
 * twice and loses nothing; and a read takes the aggregates, the watermark and the rows beyond it from one snapshot.
 */
import { sql, type Kysely, type SelectQueryBuilder, type Transaction } from 'kysely';
import { MONTHLY_RESULTS_JOB } from './migrations/010-monthly-results.js';
import type { Database, Engine, FftDaysTable, MonthlyResultsTable } from './schema.js';
import { inPractices } from './practice-limit.js';
import { READ_CHARS, READ_CHUNK } from './submissions.js';

/**
 * The next chunk's size for rows of the size just read: about READ_CHARS of submission text per query, so a flood
 * of 60 KB submissions is read some 35 at a time while ordinary ones still come `most` at a time.
 */
export function nextChunk(most: number, rows: readonly { body: string }[]): number {
  let chars = 0;
  for (const row of rows) chars += row.body.length;
  return Math.max(1, Math.min(most, Math.floor((Math.max(rows.length, 1) * READ_CHARS) / Math.max(chars, 1))));
}

/** The first query's rows, before the size of a row is known. */
export const FIRST_CHUNK = 50;

/** A patient's submission as the roll-up reads it. */
export interface ArrivedRow {
  seq: number;
  kind: string;
  practice_id: string;
  received_at: string;
  body: string;
}

/** One count to add (or read): a row of `monthly_results`. */
export type MonthlyCount = MonthlyResultsTable;

/** One count of the Friends and Family Test's answers by day, channel and location: a row of `fft_days`. */
export type FftDayCount = FftDaysTable;

/** What a chunk of submissions adds to the aggregates. */
export interface FoldedCounts {
  monthly: readonly MonthlyCount[];
  fft: readonly FftDayCount[];
}

export interface FftFilter {
  practices?: readonly string[] | undefined;
  /** `YYYY-MM-DD`, inclusive. */
  fromDay: string;
  toDay: string;
}

/** One practice's answers to one question of one survey version in one month: answer → count. */
export interface MonthlyAnswers {
  practice_id: string;
  month: string;
  kind: string;
  survey_id: string;
  survey_version: string;
  question: string;
  counts: Record<string, number>;
}

/** What a read hands the submissions after the watermark to, a chunk at a time. */
export type Tail = (rows: readonly ArrivedRow[], zones: TimeZones) => void;

/** Each practice's time zone, by id. */
export type TimeZones = ReadonlyMap<string, string>;

export interface MonthlyFilter {
  /** Only these practices' (an account's scope); unset: every practice; empty: none. */
  practices?: readonly string[] | undefined;
  /** `YYYY-MM`, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  kind?: string | undefined;
  /** One survey (every version of it, or the one given). */
  surveyId?: string | undefined;
  surveyVersion?: string | undefined;
  question?: string | undefined;
}

export interface FoldedChunk {
  /** Patients' submissions counted in this chunk. */
  rows: number;
  /** The watermark after it. */
  through: number;
  /** Whether the watermark has reached the arrival number asked for. */
  done: boolean;
  /** How many rows of this size make about READ_CHARS of text (nextChunk, uncapped): the next chunk's size. */
  next: number;
}

/** Counts per upsert statement: one statement whatever the number (arrays on PostgreSQL, a JSON array on SQLite). */
const UPSERT_ROWS = 20_000;

export class MonthlyResultsStore {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
  ) {}

  /**
   * The latest arrival number below which no submission can still appear. On SQLite the number is taken inside the
   * insert, under the one write lock, so what is committed is always everything up to the largest. On PostgreSQL an
   * identity value is taken before the insert commits: arrival 100 may become visible after 101. So the roll-up
   * briefly takes a SHARE lock on submissions — it waits for inserts (and erasures) under way to commit and holds new
   * ones for the moment it takes to read the largest number — and never folds past it: an insert that has not yet
   * committed either finished before the lock was granted or will take a larger number. If that lock cannot be had
   * within a second (a long erasure), undefined: nothing is folded this time, and ingest has waited at most that long.
   */
  async settledArrival(): Promise<number | undefined> {
    const largest = (db: Kysely<Database>) =>
      db
        .selectFrom('submissions')
        .select((eb) => eb.fn.max('seq').as('last'))
        .executeTakeFirst()
        .then((row) => Number(row?.last ?? 0));
    if (this.engine === 'sqlite') return largest(this.db);
    try {
      return await this.db.transaction().execute(async (tx) => {
        await sql`set local lock_timeout = '1s'`.execute(tx);
        await sql`lock table submissions in share mode`.execute(tx);
        return largest(tx);
      });
    } catch (error) {
      // lock_not_available: someone else's long write; try again at the next run.
      if ((error as { code?: string }).code === '55P03') return undefined;
      throw error;
    }
  }

  /** The last arrival number folded into the aggregates. */
  async watermark(db: Kysely<Database> = this.db, forUpdate = false): Promise<number> {
    const row = await db
      .selectFrom('rollup_progress')
      .select('through_seq')
      .where('job', '=', MONTHLY_RESULTS_JOB)
      .$if(forUpdate && this.engine === 'postgres', (qb) => qb.forUpdate())
      .executeTakeFirst();
    return Number(row?.through_seq ?? 0);
  }

  private async timeZones(db: Kysely<Database>): Promise<TimeZones> {
    const rows = await db.selectFrom('practices').select(['id', 'time_zone']).execute();
    return new Map(rows.map((r) => [r.id, r.time_zone]));
  }

  private arrivedAfter(db: Kysely<Database>, after: number, limit: number) {
    return db
      .selectFrom('submissions')
      .select(['seq', 'kind', 'practice_id', 'received_at', 'body'])
      .where('seq', '>', after)
      .where('automation', 'is', null)
      .orderBy('seq')
      .limit(limit);
  }

  /**
   * Folds the next chunk — at most `limit` patients' submissions after the watermark, none after `through` — in one
   * transaction: read them, `count` them (in memory), add the counts (`count = count + excluded.count`), move the
   * watermark, commit. On PostgreSQL the watermark row is locked first, so two folds at once (which the job's claim
   * already prevents) would take turns rather than count a chunk twice. `beforeCommit` is for tests: a failure
   * there rolls the whole chunk back.
   */
  async foldChunk(
    limit: number,
    through: number,
    count: (rows: readonly ArrivedRow[], zones: TimeZones) => FoldedCounts,
    beforeCommit?: () => void | Promise<void>,
  ): Promise<FoldedChunk> {
    return this.db.transaction().execute(async (tx) => {
      const after = await this.watermark(tx, true);
      if (after >= through) return { rows: 0, through: after, done: true, next: limit };
      const rows = await this.arrivedAfter(tx, after, limit).where('seq', '<=', through).execute();
      const arrived = rows.map((r) => ({ ...r, seq: Number(r.seq) }));
      const counted = count(arrived, await this.timeZones(tx));
      await this.add(tx, counted.monthly);
      await this.addFft(tx, counted.fft);
      const next = arrived.length < limit ? through : (arrived.at(-1)?.seq ?? through);
      await beforeCommit?.();
      await tx
        .updateTable('rollup_progress')
        .set({ through_seq: next })
        .where('job', '=', MONTHLY_RESULTS_JOB)
        .execute();
      return {
        rows: arrived.length,
        through: next,
        done: next >= through,
        next: nextChunk(Number.MAX_SAFE_INTEGER, rows),
      };
    });
  }

  /**
   * Adds the counts to the aggregates: `count = count + excluded.count` where the row is there already. The rows go
   * as a few parameters whatever their number — six arrays on PostgreSQL (`unnest`), one JSON array on SQLite
   * (`json_each`) — so one statement text serves every chunk (SQLite's statement cache, connect.ts) and a chunk of
   * 15,000 counts is one round trip.
   */
  private async add(tx: Transaction<Database>, counts: readonly MonthlyCount[]): Promise<void> {
    const upsert = sql`on conflict (practice_id, month, kind, survey_id, survey_version, question, answer)
      do update set count = monthly_results.count + excluded.count`;
    for (let start = 0; start < counts.length; start += UPSERT_ROWS) {
      const part = counts.slice(start, start + UPSERT_ROWS);
      if (this.engine === 'postgres') {
        const column = <K extends keyof MonthlyCount>(key: K) => part.map((c) => c[key]);
        await sql`insert into monthly_results
            (practice_id, month, kind, survey_id, survey_version, question, answer, count)
          select * from unnest(${column('practice_id')}::text[], ${column('month')}::text[], ${column('kind')}::text[],
            ${column('survey_id')}::text[], ${column('survey_version')}::text[],
            ${column('question')}::text[], ${column('answer')}::text[], ${column('count')}::bigint[])
          ${upsert}`.execute(tx);
      } else {
        const rows = JSON.stringify(
          part.map((c) => [
            c.practice_id,
            c.month,
            c.kind,
            c.survey_id,
            c.survey_version,
            c.question,
            c.answer,
            c.count,
          ]),
        );
        // `where true`: SQLite reads ON CONFLICT after a bare SELECT … FROM as a join's ON otherwise.
        await sql`insert into monthly_results
            (practice_id, month, kind, survey_id, survey_version, question, answer, count)
          select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7
          from json_each(${rows}) where true ${upsert}`.execute(tx);
      }
    }
  }

  /** Adds FFT counts to `fft_days`, as `add` does to the monthly aggregates. */
  private async addFft(tx: Transaction<Database>, counts: readonly FftDayCount[]): Promise<void> {
    const upsert = sql`on conflict (practice_id, day, channel, location, answer)
      do update set count = fft_days.count + excluded.count`;
    for (let start = 0; start < counts.length; start += UPSERT_ROWS) {
      const part = counts.slice(start, start + UPSERT_ROWS);
      if (this.engine === 'postgres') {
        const column = <K extends keyof FftDayCount>(key: K) => part.map((c) => c[key]);
        await sql`insert into fft_days (practice_id, day, channel, location, answer, count)
          select * from unnest(${column('practice_id')}::text[], ${column('day')}::text[], ${column('channel')}::text[],
            ${column('location')}::text[], ${column('answer')}::text[], ${column('count')}::bigint[])
          ${upsert}`.execute(tx);
      } else {
        const rows = JSON.stringify(part.map((c) => [c.practice_id, c.day, c.channel, c.location, c.answer, c.count]));
        await sql`insert into fft_days (practice_id, day, channel, location, answer, count)
          select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5
          from json_each(${rows}) where true ${upsert}`.execute(tx);
      }
    }
  }

  /**
   * The FFT's counts of the days asked for, per practice, day, channel, location and answer — and, from the same
   * snapshot, the first-impression submissions after the watermark, handed to `tail` (theirs to count and filter).
   */
  readFft(filter: FftFilter, tail: Tail): Promise<FftDayCount[]> {
    return this.snapshot({ practices: filter.practices, kind: 'first-impression' }, tail, async (tx) => {
      const practices = inPractices(filter.practices);
      const rows = await tx
        .selectFrom('fft_days')
        .selectAll()
        .$if(practices !== undefined, (qb) => qb.where(practices!))
        .where('day', '>=', filter.fromDay)
        .where('day', '<=', filter.toDay)
        .execute();
      return rows.map((r) => ({ ...r, count: Number(r.count) }));
    });
  }

  /**
   * One moment's results: the aggregates that match `filter` (month, kind, survey and question as given), answer by
   * answer for each practice, month, kind, survey version and question — and, from the same snapshot, every patient's submission after the
   * watermark of those practices and that kind, handed to `tail` a chunk at a time with the practices' time zones
   * (their months and answers are the caller's to work out and filter).
   */
  read(filter: MonthlyFilter, tail: Tail): Promise<MonthlyAnswers[]> {
    const answers =
      this.engine === 'postgres'
        ? sql<string>`json_object_agg(answer, count)`
        : sql<string>`json_group_object(answer, count)`;
    return this.snapshot(filter, tail, async (tx) => {
      const query = monthlyQuery(tx, filter);
      // One row per practice and month with its answers as JSON: a year of a thousand practices is then 12,000 rows
      // instead of 70,000, which is most of the time a read takes (turning rows into objects, not finding them).
      const rows = await query
        .select(['practice_id', 'month', 'kind', 'survey_id', 'survey_version', 'question', answers.as('counts')])
        .groupBy(['practice_id', 'month', 'kind', 'survey_id', 'survey_version', 'question'])
        .execute();
      return rows.map((r) => ({
        ...r,
        counts: (typeof r.counts === 'string' ? JSON.parse(r.counts) : r.counts) as Record<string, number>,
      }));
    });
  }

  /** Like `read`, with the aggregates summed over practices and months in the database: question → answer → count. */
  readTotals(filter: MonthlyFilter, tail: Tail): Promise<{ question: string; answer: string; count: number }[]> {
    return this.snapshot(filter, tail, async (tx) => {
      const rows = await monthlyQuery(tx, filter)
        .select((eb) => ['question', 'answer', eb.fn.sum<number>('count').as('count')])
        .groupBy(['question', 'answer'])
        .execute();
      return rows.map((r) => ({ ...r, count: Number(r.count) }));
    });
  }

  private snapshot<T>(
    filter: Pick<MonthlyFilter, 'practices' | 'kind'>,
    tail: Tail,
    aggregates: (tx: Kysely<Database>) => Promise<T>,
  ): Promise<T> {
    const practices = inPractices(filter.practices);
    const read = async (tx: Kysely<Database>) => {
      const found = await aggregates(tx);
      let zones: TimeZones | undefined;
      let after = await this.watermark(tx);
      let size = FIRST_CHUNK;
      for (;;) {
        let rows = this.arrivedAfter(tx, after, size);
        if (practices) rows = rows.where(practices);
        if (filter.kind !== undefined) rows = rows.where('kind', '=', filter.kind);
        const chunk = (await rows.execute()).map((r) => ({ ...r, seq: Number(r.seq) }));
        if (chunk.length) tail(chunk, (zones ??= await this.timeZones(tx)));
        if (chunk.length < size) return found;
        after = chunk.at(-1)?.seq ?? after;
        size = nextChunk(READ_CHUNK, chunk);
      }
    };
    // PostgreSQL: one snapshot for every statement (REPEATABLE READ), so a fold committing meanwhile is either
    // wholly seen or not at all. SQLite: a transaction on its one connection, which a fold cannot interleave with.
    const transaction = this.db.transaction();
    return (this.engine === 'postgres' ? transaction.setIsolationLevel('repeatable read') : transaction).execute(read);
  }
}

/** The monthly aggregates `filter` names. */
function monthlyQuery(
  tx: Kysely<Database>,
  filter: MonthlyFilter,
): SelectQueryBuilder<Database, 'monthly_results', object> {
  const practices = inPractices(filter.practices);
  let query = tx.selectFrom('monthly_results');
  if (practices) query = query.where(practices);
  if (filter.from !== undefined) query = query.where('month', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('month', '<=', filter.to);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  if (filter.surveyId !== undefined) query = query.where('survey_id', '=', filter.surveyId);
  if (filter.surveyVersion !== undefined) query = query.where('survey_version', '=', filter.surveyVersion);
  if (filter.question !== undefined) query = query.where('question', '=', filter.question);
  return query;
}
