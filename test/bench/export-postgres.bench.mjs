// Exports at a group's scale (issue 11): 1,000,000 submissions in a throwaway PostgreSQL (or a database of its own
// on TEST_DATABASE_URL's server), then the CSV, Excel and JSON exports downloaded over HTTP with an API token from a
// collector running as its own process (test/collector/collector-process.ts), so the memory shown is the collector's
// alone. Prints, per format: time to the first and the last byte, size, rows, rows/s, and the collector's growth
// over its idle baseline — RSS and heap as they peak (with garbage V8 has not collected yet) and the live heap (peak
// after a garbage collection every 250 ms). The CSV reads every row twice (first which answer columns it needs,
// then the rows), so its first byte comes after one whole pass.
//
// The floor, measured in the same run on the same rows: the same keyset-paged reads the store makes (1,000 rows per
// SELECT in arrival order, the columns an export uses) through node-postgres with nothing done to the rows; and,
// where psql is installed, `COPY (SELECT body FROM submissions ORDER BY seq) TO STDOUT` — the server's fastest way
// out. The ratios are the export's time over the keyset floor's (the CSV's over two passes of it; the workbook's too:
// one read to plan its sheets, then one per sheet, each of its own kind — four first impressions to one "what went
// wrong"). The workbook's rows are those its audit row counts (its bytes are compressed: no marker to count); the
// collector has served one small workbook before it is measured, so exceljs's loading is not counted as the export's.
// Run alone: node test/bench/export-postgres.bench.mjs [rows]   (npm run bench -- export runs it after export.bench)
import { spawn } from 'node:child_process';
import { benchSubmission as submission } from './lib.mjs';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { tsImport } from 'tsx/esm/api';

const { openStore } = await tsImport('../../collector/store/index.ts', import.meta.url);
const { canonicalHash } = await tsImport('../../collector/canonical-hash.ts', import.meta.url);
const { ApiTokens } = await tsImport('../../collector/accounts/api-tokens.ts', import.meta.url);
const { startCollectorChild } = await tsImport('../collector/collector-child.ts', import.meta.url);
const { debianBinaries, throwawayServer } = await tsImport('../collector/postgres-server.ts', import.meta.url);
const { onPath } = await tsImport('../../collector/store/backup-postgres.ts', import.meta.url);

const ROWS = Number(process.argv[2] ?? process.env.BENCH_PG_EXPORT_ROWS ?? 1_000_000);
/** Rows per INSERT while filling, and per SELECT of the floor (the store's READ_CHUNK). */
const FILL_BATCH = 5000;
const PAGE = 1000;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const secondsSince = (started) => (performance.now() - started) / 1000;
const perSecond = (rows, seconds) => `${Math.round(rows / seconds).toLocaleString('en')} rows/s`;

/** A database of its own on TEST_DATABASE_URL, or on a throwaway server started here; undefined without either. */
async function postgresDatabase() {
  const given = process.env.TEST_DATABASE_URL;
  const bin = given ? undefined : debianBinaries();
  if (!given && !bin) return undefined;
  const server = given ? { url: given, stop: async () => undefined } : await throwawayServer(bin);
  const name = `pf_bench_export_${Date.now()}`;
  const admin = async (text) => {
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    await client.query(text);
    await client.end();
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    bin,
    stop: async () => {
      if (given) await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await server.stop();
    },
  };
}

/** One row as the store's save() writes it (seq comes from the identity column, no automation sign). */
function row(i) {
  const s = submission(i);
  const received = new Date(Date.parse(s.submittedAt) + 1500).toISOString();
  return { id: s.id, kind: s.kind, body: JSON.stringify(s), hash: canonicalHash(s), received };
}

const COLUMNS = 'id, kind, body, body_hash, received_at, automation, answers_checked';

/** COPY … FROM STDIN through psql: text format, where only a backslash, tab or line break needs escaping. */
async function copyRows(url, psql) {
  const child = spawn(
    psql,
    ['--no-psqlrc', '-q', '-v', 'ON_ERROR_STOP=1', '-c', `COPY submissions (${COLUMNS}) FROM STDIN`, url],
    {
      stdio: ['pipe', 'ignore', 'inherit'],
    },
  );
  const done = new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`psql COPY exited ${code}`))));
  });
  const escape = (text) =>
    text.replace(/[\\\t\n\r]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[c]);
  for (let first = 1; first <= ROWS; first += FILL_BATCH) {
    let lines = '';
    for (let i = first; i < Math.min(first + FILL_BATCH, ROWS + 1); i += 1) {
      const r = row(i);
      lines += `${r.id}\t${r.kind}\t${escape(r.body)}\t${r.hash}\t${r.received}\t\\N\tchecked\n`;
    }
    if (!child.stdin.write(lines)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  child.stdin.end();
  await done;
}

/** Without psql: INSERT … SELECT FROM unnest(…), the next batch built while the last is written. */
async function insertRows(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const insert =
    `INSERT INTO submissions (${COLUMNS}) SELECT id, kind, body, hash, received, NULL, 'checked' ` +
    'FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS r(id, kind, body, hash, received)';
  let pending = Promise.resolve();
  for (let first = 1; first <= ROWS; first += FILL_BATCH) {
    const columns = [[], [], [], [], []];
    for (let i = first; i < Math.min(first + FILL_BATCH, ROWS + 1); i += 1) {
      const r = row(i);
      [r.id, r.kind, r.body, r.hash, r.received].forEach((value, c) => columns[c].push(value));
    }
    await pending;
    pending = client.query(insert, columns).then(() => undefined);
  }
  await pending;
  await client.end();
}

/**
 * The schema as the collector makes it, an API token, and ROWS rows as the store writes them: through psql's COPY
 * where psql is installed (the quickest), else multi-row INSERTs. Then VACUUM ANALYZE, as a database in use has had.
 */
async function fill(url, dataDir, psql) {
  const store = await openStore({ dataDir, databaseUrl: url, log: () => undefined });
  const token = (await new ApiTokens(store.db).create({ name: 'bench' }, 'export bench', 'admin')).secret;
  await store.close();
  await (psql ? copyRows(url, psql) : insertRows(url));
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query('VACUUM ANALYZE submissions');
  await client.end();
  return token;
}

/** Downloads a file without keeping it: bytes, how many times `marker` occurs, first and last byte times. */
function download(url, token, marker) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    get(url, { headers: { Authorization: `Bearer ${token}` } }, (res) => {
      let bytes = 0;
      let count = 0;
      let tail = '';
      let firstByte;
      if (marker) res.setEncoding('utf8');
      res.on('data', (chunk) => {
        firstByte ??= secondsSince(started);
        bytes += Buffer.byteLength(chunk);
        if (!marker) return;
        const window = tail + chunk;
        for (let at = window.indexOf(marker); at >= 0; at = window.indexOf(marker, at + marker.length)) {
          if (at + marker.length > tail.length) count += 1;
        }
        tail = window.slice(-(marker.length - 1));
      });
      res.on('end', () => resolve({ status: res.statusCode, bytes, count, firstByte, seconds: secondsSince(started) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}

/** The rows the last export wrote, from its audit row (written once the file has gone: waited for). */
async function auditedRows(url, format) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let tries = 0; tries < 100; tries += 1) {
      const { rows } = await client.query(
        "SELECT detail FROM audit_events WHERE action = 'exported' ORDER BY seq DESC LIMIT 1",
      );
      const detail = rows[0] && JSON.parse(rows[0].detail);
      if (detail?.format === format) return detail.rows;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return NaN;
  } finally {
    await client.end();
  }
}

/** The floor: the store's keyset-paged reads, nothing done with the rows but counting them. */
async function keysetFloor(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const started = performance.now();
  let rows = 0;
  let bytes = 0;
  let after = 0;
  for (;;) {
    const page = await client.query(
      'SELECT id, kind, body, received_at, automation, answers_checked, erased_at, erased_reason, seq ' +
        'FROM submissions WHERE seq > $1 ORDER BY seq LIMIT $2',
      [after, PAGE],
    );
    for (const row of page.rows) bytes += row.body.length;
    rows += page.rows.length;
    if (page.rows.length < PAGE) break;
    after = page.rows[page.rows.length - 1].seq;
  }
  const seconds = secondsSince(started);
  await client.end();
  return { rows, bytes, seconds };
}

/** The server's fastest way out: COPY … TO STDOUT through psql, its output counted and dropped. */
function copyFloor(url, psql) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      psql,
      ['--no-psqlrc', '-At', '-c', 'COPY (SELECT body FROM submissions ORDER BY seq) TO STDOUT', url],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let bytes = 0;
    let rows = 0;
    child.stdout.on('data', (chunk) => {
      bytes += chunk.length;
      for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) rows += 1;
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve({ rows, bytes, seconds: secondsSince(started) }) : reject(new Error(`psql exited ${code}`)),
    );
  });
}

const FORMATS = [
  { name: 'CSV', path: 'export.csv', marker: '\r\n', rows: (n) => n - 1, passes: 2 },
  { name: 'XLSX', path: 'export.xlsx', format: 'xlsx', passes: 2 },
  { name: 'JSON', path: 'export.json', marker: '\n  {', rows: (n) => n, passes: 1 },
];

export async function run() {
  const database = await postgresDatabase();
  if (!database) {
    console.log('export from PostgreSQL: skipped (no PostgreSQL programs and no TEST_DATABASE_URL)');
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), 'pf-export-pg-bench-'));
  const psql = [database.bin && join(database.bin, 'psql'), onPath('psql')].find((path) => path && existsSync(path));
  let collector;
  try {
    const filling = performance.now();
    const token = await fill(database.url, join(dir, 'data'), psql);
    const filled = secondsSince(filling);
    const how = psql ? 'COPY through psql' : 'multi-row INSERTs';
    console.log(
      `${ROWS.toLocaleString('en')} submissions stored in ${filled.toFixed(1)} s (PostgreSQL, ${how}, ${perSecond(ROWS, filled)}).`,
    );
    collector = await startCollectorChild({ dataDir: join(dir, 'data'), databaseUrl: database.url });
    // A collector that has served a workbook before: exceljs is loaded for the first one.
    await download(`${collector.url}/api/feedback/export.xlsx?from=2099-01-01`, token);
    console.log('Each export over HTTP from the collector process, growth over its idle baseline:');
    const results = [];
    for (const format of FORMATS) {
      const before = await collector.startMeasuring();
      const r = await download(`${collector.url}/api/feedback/${format.path}`, token, format.marker);
      const after = await collector.stopMeasuring();
      const rows = format.marker ? format.rows(r.count) : await auditedRows(database.url, format.format);
      results.push({ format, r });
      console.log(
        [
          `  ${format.name.padEnd(4)} ${r.status} first byte ${r.firstByte.toFixed(2)} s, last ${r.seconds.toFixed(2)} s`,
          `${mb(r.bytes)}, ${rows.toLocaleString('en')} rows, ${perSecond(rows, r.seconds)}`,
          `RSS +${mb(after.peakRss - before.rss)}`,
          `heap +${mb(after.peakHeapUsed - before.heapUsed)}`,
          `live heap +${mb(after.peakLiveHeap - before.heapUsed)}`,
        ].join(' · '),
      );
    }
    await collector.stop();
    collector = undefined;

    const floor = await keysetFloor(database.url);
    console.log(
      `  floor: keyset-paged SELECTs (${PAGE} rows each, node-postgres) ${floor.seconds.toFixed(2)} s · ` +
        `${floor.rows.toLocaleString('en')} rows, ${perSecond(floor.rows, floor.seconds)}`,
    );
    if (psql) {
      const copy = await copyFloor(database.url, psql);
      console.log(
        `  floor: COPY (SELECT body …) TO STDOUT through psql ${copy.seconds.toFixed(2)} s · ` +
          `${mb(copy.bytes)}, ${copy.rows.toLocaleString('en')} rows, ${perSecond(copy.rows, copy.seconds)}`,
      );
    }
    for (const { format, r } of results) {
      const passes = format.passes === 1 ? 'one pass' : `${format.passes} passes`;
      console.log(
        `  ratio ${format.name.padEnd(4)} ${(r.seconds / (floor.seconds * format.passes)).toFixed(2)}× the keyset floor (${passes})`,
      );
    }
  } finally {
    await collector?.stop();
    await database.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

await run();
