// Exports at scale: 100,000 submissions in the collector's SQLite file, then each export (CSV, Excel, JSON, FHIR)
// downloaded over HTTP from a collector running as its own process (test/collector/collector-process.ts), so the
// memory shown is the collector's alone. Prints, per format: time to the first and the last byte, size, rows, and
// the collector's growth over its idle baseline — RSS and heap as they peak (they include garbage V8 has not
// collected yet) and the live heap (peak after a garbage collection every 250 ms). Targets (issue 9): CSV ≤ 2 s for
// 100k rows, growth < 50 MB.
//
// The floor, measured in the same run on the same rows: the store's keyset-paged reads (1,000 rows per SELECT in
// arrival order, the columns an export uses) through better-sqlite3 with nothing done to the rows. The ratios are an
// export's time over the floor's times the rows it reads: the CSV reads them twice, the workbook once to plan its
// sheets and once per sheet (the bench's four first impressions to one "what went wrong": twice in all).
// The workbook's rows are those its audit row counts (its bytes are compressed: no marker to count); the collector
// has served one small workbook before it is measured, so exceljs's loading is not counted as the export's.
// Run alone: node test/bench/export.bench.mjs [rows]
import { mkdtempSync, rmSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';
import { benchSubmission as submission } from './lib.mjs';

const { openStore } = await tsImport('../../collector/store/index.ts', import.meta.url);
const { canonicalHash } = await tsImport('../../collector/canonical-hash.ts', import.meta.url);
const { ApiTokens } = await tsImport('../../collector/accounts/api-tokens.ts', import.meta.url);
const { startCollectorChild } = await tsImport('../collector/collector-child.ts', import.meta.url);

const ROWS = Number(process.argv[2] ?? 100_000);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

let token = '';

/** ROWS submissions written straight into the store's file in one transaction (quick to fill); a token to read them. */
async function fill(dataDir) {
  const store = await openStore({ dataDir, log: () => undefined });
  token = (await new ApiTokens(store.db).create({ name: 'bench' }, 'export bench', 'admin')).secret;
  await store.close();
  const db = new Database(join(dataDir, 'feedback.sqlite'));
  const insert = db.prepare(
    'INSERT INTO submissions (seq, id, kind, body, body_hash, received_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let i = 1; i <= ROWS; i += 1) {
      const s = submission(i);
      insert.run(i, s.id, s.kind, JSON.stringify(s), canonicalHash(s), s.submittedAt);
    }
  })();
  db.close();
}

const secondsSince = (started) => (performance.now() - started) / 1000;

/**
 * Downloads a file without keeping it: bytes, how many times `marker` occurs (rows or entries; none for a binary
 * file), first and last byte times.
 */
function download(url, marker) {
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
async function auditedRows(dataDir, format) {
  const db = new Database(join(dataDir, 'feedback.sqlite'), { readonly: true });
  try {
    for (let tries = 0; tries < 100; tries += 1) {
      const row = db
        .prepare("SELECT detail FROM audit_events WHERE action = 'exported' ORDER BY seq DESC LIMIT 1")
        .get();
      const detail = row && JSON.parse(row.detail);
      if (detail?.format === format) return detail.rows;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return NaN;
  } finally {
    db.close();
  }
}

/** The floor: the store's keyset-paged reads of the same rows, nothing done with them but counting. */
function keysetFloor(dataDir) {
  const db = new Database(join(dataDir, 'feedback.sqlite'), { readonly: true });
  const page = db.prepare(
    'SELECT id, kind, body, received_at, automation, answers_checked, erased_at, erased_reason, practice_id, ' +
      'unknown_location, seq FROM submissions WHERE seq > ? ORDER BY seq LIMIT 1000',
  );
  const started = performance.now();
  let rows = 0;
  let after = 0;
  for (;;) {
    const found = page.all(after);
    rows += found.length;
    if (found.length < 1000) break;
    after = found[found.length - 1].seq;
  }
  const seconds = secondsSince(started);
  db.close();
  return { rows, seconds };
}

const FORMATS = [
  // A CSV record ends in CRLF (the bench's cells hold no line breaks): the header and one per submission.
  { name: 'CSV', path: 'export.csv', marker: '\r\n', rows: (n) => n - 1, passes: 2 },
  { name: 'XLSX', path: 'export.xlsx', format: 'xlsx', passes: 2 },
  { name: 'JSON', path: 'export.json', marker: '\n  {', rows: (n) => n, passes: 1 },
  {
    name: 'FHIR',
    path: 'export.fhir.json',
    marker: '"resourceType": "QuestionnaireResponse"',
    rows: (n) => n,
    passes: 1,
  },
];

const dir = mkdtempSync(join(tmpdir(), 'pf-export-bench-'));
let collector;
try {
  const dataDir = join(dir, 'data');
  const filling = performance.now();
  await fill(dataDir);
  console.log(
    `${ROWS.toLocaleString('en')} submissions stored in ${((performance.now() - filling) / 1000).toFixed(1)} s (SQLite).`,
  );
  collector = await startCollectorChild({ dataDir });
  // A collector that has served a workbook before: exceljs is loaded for the first one.
  await download(`${collector.url}/api/feedback/export.xlsx?from=2099-01-01`);
  console.log('Each export over HTTP from the collector process, growth over its idle baseline:');
  const results = [];
  for (const format of FORMATS) {
    const before = await collector.startMeasuring();
    const r = await download(`${collector.url}/api/feedback/${format.path}`, format.marker);
    const after = await collector.stopMeasuring();
    const rows = format.marker ? format.rows(r.count) : await auditedRows(dataDir, format.format);
    results.push({ format, r });
    const line = [
      `  ${format.name.padEnd(4)} ${r.status} first byte ${r.firstByte.toFixed(2)} s, last ${r.seconds.toFixed(2)} s`,
      `${mb(r.bytes)}, ${rows.toLocaleString('en')} rows`,
      `RSS +${mb(after.peakRss - before.rss)}`,
      `heap +${mb(after.peakHeapUsed - before.heapUsed)}`,
      `live heap +${mb(after.peakLiveHeap - before.heapUsed)}`,
    ];
    console.log(line.join(' · '));
  }
  await collector.stop();
  collector = undefined;
  const floor = keysetFloor(dataDir);
  console.log(
    `  floor: keyset-paged SELECTs (1,000 rows each, better-sqlite3) ${floor.seconds.toFixed(2)} s · ` +
      `${floor.rows.toLocaleString('en')} rows`,
  );
  for (const { format, r } of results) {
    const passes = format.passes === 1 ? 'one pass' : `${format.passes} passes`;
    console.log(
      `  ratio ${format.name.padEnd(4)} ${(r.seconds / (floor.seconds * format.passes)).toFixed(1)}× the floor (${passes})`,
    );
  }
  console.log('  targets: CSV ≤ 2 s for 100k rows; growth < 50 MB');
} finally {
  await collector?.stop();
  rmSync(dir, { recursive: true, force: true });
}
