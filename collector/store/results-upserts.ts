/**
 * Adding counts to the results' aggregates (monthly-results.ts): `count = count + excluded.count` where the row is
 * there already, a whole chunk's counts in a few statements whatever their number.
 */
import { sql, type Transaction } from 'kysely';
import type { FftDayCount, MonthlyCount } from './monthly-results.js';
import type { Database, Engine } from './schema.js';

/** Counts per upsert statement: one statement whatever the number (arrays on PostgreSQL, a JSON array on SQLite). */
const UPSERT_ROWS = 20_000;

/**
 * Adds the counts to the aggregates: `count = count + excluded.count` where the row is there already. The rows go
 * as a few parameters whatever their number — six arrays on PostgreSQL (`unnest`), one JSON array on SQLite
 * (`json_each`) — so one statement text serves every chunk (SQLite's statement cache, connect.ts) and a chunk of
 * 15,000 counts is one round trip.
 */
export async function addMonthly(
  tx: Transaction<Database>,
  engine: Engine,
  counts: readonly MonthlyCount[],
): Promise<void> {
  const upsert = sql`on conflict (practice_id, month, kind, survey_id, survey_version, question, answer)
    do update set count = monthly_results.count + excluded.count`;
  for (let start = 0; start < counts.length; start += UPSERT_ROWS) {
    const part = counts.slice(start, start + UPSERT_ROWS);
    if (engine === 'postgres') {
      const column = <K extends keyof MonthlyCount>(key: K) => part.map((c) => c[key]);
      await sql`insert into monthly_results
          (practice_id, month, kind, survey_id, survey_version, question, answer, count)
        select * from unnest(${column('practice_id')}::text[], ${column('month')}::text[], ${column('kind')}::text[],
          ${column('survey_id')}::text[], ${column('survey_version')}::text[],
          ${column('question')}::text[], ${column('answer')}::text[], ${column('count')}::bigint[])
        ${upsert}`.execute(tx);
    } else {
      const rows = JSON.stringify(
        part.map((c) => [c.practice_id, c.month, c.kind, c.survey_id, c.survey_version, c.question, c.answer, c.count]),
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
export async function addFft(tx: Transaction<Database>, engine: Engine, counts: readonly FftDayCount[]): Promise<void> {
  const upsert = sql`on conflict (practice_id, day, channel, location, answer)
    do update set count = fft_days.count + excluded.count`;
  for (let start = 0; start < counts.length; start += UPSERT_ROWS) {
    const part = counts.slice(start, start + UPSERT_ROWS);
    if (engine === 'postgres') {
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
