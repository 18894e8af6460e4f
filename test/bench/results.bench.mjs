// Results at the size of a large group (issue 11): 10,000,000 submissions over 1,000 practices and five years on a
// throwaway PostgreSQL (or a database of its own on TEST_DATABASE_URL). The table is filled by one INSERT … SELECT
// FROM generate_series (valid bodies, in arrival order), rolled up by the collector's own fold (large chunks), then
// the results query (collector/results/monthly-results.ts) is timed for one practice over every month, the group
// over twelve months and every practice for one month — against a floor measured in the same run: the scanning
// query that counts the same overall answers with a GROUP BY over the jsonb body, through the best index it has.
// Figures only, no pass/fail. Run alone: node test/bench/results.bench.mjs [rows]   (e.g. 1000000)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';

const { openStore } = await tsImport('../../collector/store/index.ts', import.meta.url);
const { MonthlyResults, totals, percentPositive } = await tsImport(
  '../../collector/results/monthly-results.ts',
  import.meta.url,
);

const ROWS = Number(process.argv[2] ?? 10_000_000);
const PRACTICES = 1000;
const FIRST = '2021-01-01T00:00:00Z';
const YEARS = 5;
/** Rows per transaction of the initial catch-up: the same fold the collector runs every minute, in larger bites. */
const CATCH_UP_CHUNK = 200_000;
const ROUNDS = 7;
const FLOOR_ROUNDS = 3;
const ZONES = [
  'Europe/London',
  'Europe/Berlin',
  'America/New_York',
  'America/Chicago',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Australia/Sydney',
  'Pacific/Auckland',
];

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const rate = (rows, ms) => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;

/** A database of its own on TEST_DATABASE_URL, or on a throwaway server started here; undefined without either. */
async function postgresDatabase() {
  const { debianBinaries, throwawayServer } = await tsImport('../collector/postgres-server.ts', import.meta.url);
  const given = process.env.TEST_DATABASE_URL;
  const bin = given ? undefined : debianBinaries();
  if (!given && !bin) return undefined;
  const server = given ? { url: given, stop: async () => undefined } : await throwawayServer(bin);
  const admin = new pg.Client({ connectionString: server.url });
  await admin.connect();
  const name = `pf_bench_results_${Date.now()}`;
  await admin.query(`CREATE DATABASE ${name}`);
  if (!given) {
    // Only on our own throwaway server: room for the WAL of a bulk load without a checkpoint every few seconds.
    await admin.query(`ALTER SYSTEM SET max_wal_size = '16GB'`);
    await admin.query(`ALTER SYSTEM SET checkpoint_timeout = '30min'`);
    await admin.query('SELECT pg_reload_conf()');
  }
  await admin.end();
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    stop: async () => {
      if (given) {
        const again = new pg.Client({ connectionString: server.url });
        await again.connect();
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await again.end();
      }
      await server.stop();
    },
  };
}

/**
 * The submissions, in arrival order: one every 5 years / ROWS, each at a practice picked by a hash of its number,
 * 95 % first impressions (overall: 48 % very good, 30 % good, 7 % neither, 6 % poor, 5 % very poor, 4 % don't know),
 * 5 % what-went-wrong forms, 1 % flagged as automated. received_at is two seconds after submittedAt. The hashes are
 * multiplicative (cheap); `offset 0` keeps PostgreSQL from inlining a subquery and so computing a hash again at every use.
 */
const FILL = `
  insert into submissions (id, kind, body, body_hash, received_at, automation, answers_checked, practice_id, location)
  select id, kind,
    case when kind = 'first-impression' then
      '{"id":"' || id || '","kind":"first-impression","survey":{"id":"first-impression","version":"1"},"submittedAt":"'
      || submitted || '","lang":"en","channel":"kiosk","practice":"Practice ' || p || '","location":"front-desk-tablet",'
      || '"answers":{"overall":"' || overall || '","greeting":"good","listened":"yes","comments":"Friendly front desk."}}'
    else
      '{"id":"' || id || '","kind":"what-went-wrong","survey":{"id":"what-went-wrong","version":"1"},"submittedAt":"'
      || submitted || '","lang":"en","channel":"embed","practice":"Practice ' || p || '","reference":"RC-7KQ2-9F",'
      || '"answers":{"categories":["wait-time","communication"],"details":"We waited a long time.",'
      || '"contact":{"method":"none","value":"","consent":false,"bestTime":""}}}'
    end,
    md5(id), received, automation, 'checked', 'p' || lpad(p::text, 4, '0'), 'front-desk-tablet'
  from (
    select n,
      '00000000-0000-4000-8000-' || lpad(to_hex(n), 12, '0') as id,
      1 + h1 % ${PRACTICES} as p,
      case when h2 % 20 = 0 then 'what-went-wrong' else 'first-impression' end as kind,
      case when h2 % 101 = 7 then 'too-fast' end as automation,
      case
        when h3 % 100 < 48 then 'very-good'
        when h3 % 100 < 78 then 'good'
        when h3 % 100 < 85 then 'neither'
        when h3 % 100 < 91 then 'poor'
        when h3 % 100 < 96 then 'very-poor'
        else 'dont-know'
      end as overall,
      to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted,
      to_char((at + interval '2 seconds') at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as received
    from (
      select n, to_timestamp(${Date.parse(FIRST) / 1000} + (n - 1) * ${(YEARS * 365.25 * 86400) / ROWS}) as at,
        (n * 2654435761) % 4294967296 as h1,
        (n * 2246822519) % 4294967291 as h2,
        (n * 3266489917) % 4294967279 as h3
      from generate_series(1::bigint, ${ROWS}::bigint) as n
      offset 0
    ) timed
    offset 0
  ) made`;

/**
 * The floor: the same counts by scanning the rows — overall answers of the patients' first impressions by practice
 * and month of the practice's time zone, read from each jsonb body. For a range of months it narrows by arrival
 * (received_at, indexed) first, a day wider on each side: a scan gets that much help from an index (exact here, where
 * every submission arrived seconds after it was made; not in general, where a device may hold one for days).
 */
function floorQuery({ practice, from, to }) {
  const where = [`s.automation is null`, `s.kind = 'first-impression'`];
  const values = [];
  if (practice) where.push(`s.practice_id = $${values.push(practice)}`);
  if (from) {
    const [y, m] = from.split('-').map(Number);
    where.push(`s.received_at >= $${values.push(new Date(Date.UTC(y, m - 1, 0)).toISOString())}`);
  }
  if (to) {
    const [y, m] = to.split('-').map(Number);
    where.push(`s.received_at < $${values.push(new Date(Date.UTC(y, m, 2)).toISOString())}`);
  }
  const months = [from && `month >= $${values.push(from)}`, to && `month <= $${values.push(to)}`].filter(Boolean);
  const text = `
    select practice_id, month, answer, count(*)::int as n from (
      select s.practice_id,
        to_char(((b ->> 'submittedAt')::timestamptz) at time zone p.time_zone, 'YYYY-MM') as month,
        coalesce(b -> 'answers' ->> 'overall', '') as answer
      from submissions s
      join practices p on p.id = s.practice_id
      cross join lateral (select s.body::jsonb as b) j
      where ${where.join(' and ')}
    ) counted
    ${months.length ? `where ${months.join(' and ')}` : ''}
    group by practice_id, month, answer`;
  return { text, values };
}

async function time(rounds, work) {
  const times = [];
  let value;
  for (let i = 0; i < rounds; i += 1) {
    const started = performance.now();
    value = await work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), value };
}

const began = performance.now();
const database = await postgresDatabase();
if (!database) {
  console.log('results on PostgreSQL: skipped (no PostgreSQL programs and no TEST_DATABASE_URL)');
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'pf-bench-results-'));
let store;
const client = new pg.Client({ connectionString: database.url });
try {
  store = await openStore({ dataDir: dir, databaseUrl: database.url, log: () => undefined });
  await client.connect();
  const now = new Date().toISOString();
  await client.query(
    `insert into practices (id, name, time_zone, promise, origins, created_at, updated_at)
     select 'p' || lpad(i::text, 4, '0'), 'Practice ' || i, ($1::text[])[1 + i % $2], null, '[]', $3, $3
     from generate_series(1, ${PRACTICES}) i`,
    [ZONES, ZONES.length, now],
  );

  console.log(
    `results, ${ROWS.toLocaleString('en')} submissions, ${PRACTICES} practices, ${YEARS} years, on PostgreSQL` +
      `${ROWS === 10_000_000 ? ' (the default size)' : ''}:`,
  );
  // As a bulk load is done: the secondary indexes (those the migrations made that back no constraint) are dropped
  // and built again after, by sorting, instead of being kept up row by row. The primary key stays.
  const { rows: indexes } = await client.query(
    `select indexname, indexdef from pg_indexes i where tablename = 'submissions'
       and not exists (select 1 from pg_constraint c where c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass)`,
  );
  await client.query('set synchronous_commit = off');
  await client.query(`set maintenance_work_mem = '1GB'`);
  for (const { indexname } of indexes) await client.query(`drop index ${indexname}`);
  let started = performance.now();
  await client.query(FILL);
  const inserted = performance.now() - started;
  started = performance.now();
  for (const { indexdef } of indexes) await client.query(indexdef);
  const indexed = performance.now() - started;
  started = performance.now();
  await client.query('vacuum analyze submissions');
  const vacuumed = performance.now() - started;
  const { rows: sized } = await client.query(`select pg_size_pretty(pg_total_relation_size('submissions')) as size`);
  console.log(
    `  fill  ${seconds(inserted + indexed + vacuumed)}: one INSERT … SELECT ${seconds(inserted)} (${rate(ROWS, inserted)}),` +
      ` ${indexes.length} indexes built ${seconds(indexed)}, VACUUM ANALYZE ${seconds(vacuumed)}; table and indexes ${sized[0].size}`,
  );

  const results = new MonthlyResults(store);
  started = performance.now();
  const rolled = await results.rollUp({ chunk: CATCH_UP_CHUNK });
  const rolledMs = performance.now() - started;
  if (!rolled.ran) throw new Error('The results job was claimed by someone else.');
  await client.query('vacuum analyze monthly_results');
  const { rows: aggregates } = await client.query(
    `select count(*)::int as n, pg_size_pretty(pg_total_relation_size('monthly_results')) as size from monthly_results`,
  );
  console.log(
    `  roll-up  ${seconds(rolledMs)}: the collector's fold, ${CATCH_UP_CHUNK.toLocaleString('en')} per transaction` +
      ` (${rate(rolled.value.folded, rolledMs)}; ${rolled.value.folded.toLocaleString('en')} patients' submissions,` +
      ` ${rolled.value.chunks} transactions) → ${aggregates[0].n.toLocaleString('en')} aggregate rows, ${aggregates[0].size}`,
  );

  const lastYear = `${new Date(FIRST).getUTCFullYear() + YEARS - 1}`;
  const cases = [
    ['one practice, every month', { practices: ['p0042'] }, { practice: 'p0042' }],
    [
      'the group, 12 months',
      { from: `${lastYear}-01`, to: `${lastYear}-12` },
      { from: `${lastYear}-01`, to: `${lastYear}-12` },
    ],
    [
      'every practice, one month',
      { from: `${lastYear}-06`, to: `${lastYear}-06` },
      { from: `${lastYear}-06`, to: `${lastYear}-06` },
    ],
  ];
  console.log(
    `  overall answers of first impressions — results() (per practice and month) and answerCounts() (summed, what the` +
      ` inbox shows), median of ${ROUNDS}, against the scan, median of ${FLOOR_ROUNDS}:`,
  );
  const same = (a, b) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());
  for (const [what, query, floor] of cases) {
    const asked = { ...query, kind: 'first-impression', question: 'overall' };
    const monthly = await time(ROUNDS, () => results.results(asked));
    const summed = await time(ROUNDS, () => results.answerCounts(asked));
    const scan = floorQuery(floor);
    const slow = await time(FLOOR_ROUNDS, () => client.query(scan.text, scan.values));
    const scanned = {};
    for (const row of slow.value.rows) scanned[row.answer] = (scanned[row.answer] ?? 0) + row.n;
    const counts = totals(monthly.value);
    const agree = same(counts, scanned) && same(summed.value, scanned);
    const answers = Object.values(counts).reduce((x, y) => x + y, 0);
    const ms = (t) => `${t.toFixed(1).padStart(7)} ms`;
    const ratio = (t) => `${(t / slow.ms).toFixed(4)}×`;
    console.log(
      `    ${what.padEnd(26)} results() ${ms(monthly.ms)}  answerCounts() ${ms(summed.ms)}  scan ${ms(slow.ms)}` +
        `  ratios ${ratio(monthly.ms)} and ${ratio(summed.ms)}`,
    );
    console.log(
      `    ${''.padEnd(26)} ${answers.toLocaleString('en')} answers, ${monthly.value.length} practice-months,` +
        ` ${percentPositive(counts)?.toFixed(1)} % positive; ${agree ? 'the same counts as the scan' : 'COUNTS DIFFER FROM THE SCAN'}`,
    );
  }
  console.log(`  whole run ${seconds(performance.now() - began)}`);
} finally {
  await client.end().catch(() => undefined);
  await store?.close();
  await database.stop();
  rmSync(dir, { recursive: true, force: true });
}
