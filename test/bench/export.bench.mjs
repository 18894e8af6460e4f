// Exports at scale: 100,000 submissions in the collector's SQLite file, then each export (CSV, JSON, FHIR) downloaded
// over HTTP from a collector running as its own process (test/collector/collector-process.ts), so the memory shown
// is the collector's alone. Prints, per format: time to the last byte, size, rows, and the collector's growth over
// its idle baseline — RSS and heap as they peak (they include garbage V8 has not collected yet) and the live heap
// (peak after a garbage collection every 250 ms). Targets (issue 9): CSV ≤ 2 s for 100k rows, growth < 50 MB.
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

/** Downloads a file without keeping it: bytes, and how many times `marker` occurs (rows or entries). */
function download(url, marker) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    get(url, { headers: { Authorization: `Bearer ${token}` } }, (res) => {
      let bytes = 0;
      let count = 0;
      let tail = '';
      res.setEncoding('utf8');
      res.on('data', (text) => {
        bytes += Buffer.byteLength(text);
        const window = tail + text;
        for (let at = window.indexOf(marker); at >= 0; at = window.indexOf(marker, at + marker.length)) {
          if (at + marker.length > tail.length) count += 1;
        }
        tail = window.slice(-(marker.length - 1));
      });
      res.on('end', () =>
        resolve({ status: res.statusCode, bytes, count, seconds: (performance.now() - started) / 1000 }),
      );
      res.on('error', reject);
    }).on('error', reject);
  });
}

const FORMATS = [
  // A CSV record ends in CRLF (the bench's cells hold no line breaks): the header and one per submission.
  { name: 'CSV', path: 'export.csv', marker: '\r\n', rows: (n) => n - 1 },
  { name: 'JSON', path: 'export.json', marker: '\n  {', rows: (n) => n },
  { name: 'FHIR', path: 'export.fhir.json', marker: '"resourceType": "QuestionnaireResponse"', rows: (n) => n },
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
  console.log('Each export over HTTP from the collector process, growth over its idle baseline:');
  for (const format of FORMATS) {
    const before = await collector.startMeasuring();
    const r = await download(`${collector.url}/api/feedback/${format.path}`, format.marker);
    const after = await collector.stopMeasuring();
    const line = [
      `  ${format.name.padEnd(4)} ${r.status} ${r.seconds.toFixed(2)} s`,
      `${mb(r.bytes)}, ${format.rows(r.count).toLocaleString('en')} rows`,
      `RSS +${mb(after.peakRss - before.rss)}`,
      `heap +${mb(after.peakHeapUsed - before.heapUsed)}`,
      `live heap +${mb(after.peakLiveHeap - before.heapUsed)}`,
    ];
    console.log(line.join(' · '));
  }
  console.log('  targets: CSV ≤ 2 s for 100k rows; growth < 50 MB');
} finally {
  await collector?.stop();
  rmSync(dir, { recursive: true, force: true });
}
