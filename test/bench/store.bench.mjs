// The store on SQLite: insert throughput through the store (Kysely) against a raw better-sqlite3 prepared insert
// with the same pragmas and the same work per row, and iterate() over 100,000 rows: time and memory growth.
// Run alone: node test/bench/store.bench.mjs [rows]
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import Database from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';

const { openStore } = await tsImport('../../collector/store/index.ts', import.meta.url);
const { canonicalHash } = await tsImport('../../collector/canonical-hash.ts', import.meta.url);

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc');
const INSERTS = 1500;
const ROWS = Number(process.argv[2] ?? 100_000);
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function submission() {
  return {
    id: randomUUID(),
    kind: 'first-impression',
    survey: { id: 'first-impression', version: '1' },
    submittedAt: '2026-11-22T10:15:00.000Z',
    lang: 'en',
    channel: 'kiosk',
    practice: 'Smile Dental',
    location: 'front-desk-tablet',
    answers: { overall: 'good', greeting: 'very-good', wait: 'ok', comments: 'Friendly front desk, a short wait.' },
  };
}

function durable(db) {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('busy_timeout = 5000');
}

async function rawInserts(dir) {
  mkdirSync(dir);
  const db = new Database(join(dir, 'raw.sqlite'));
  durable(db);
  db.exec(
    'CREATE TABLE submissions (id TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL, body_hash TEXT NOT NULL, received_at TEXT NOT NULL)',
  );
  const insert = db.prepare(
    'INSERT INTO submissions (id, kind, body, body_hash, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  );
  const started = performance.now();
  for (let i = 0; i < INSERTS; i += 1) {
    const s = submission();
    insert.run(s.id, s.kind, JSON.stringify(s), canonicalHash(s), new Date().toISOString());
    // The same turn of the event loop a request handler would give back between submissions.
    await Promise.resolve();
  }
  const seconds = (performance.now() - started) / 1000;
  db.close();
  return INSERTS / seconds;
}

async function storeInserts(dir) {
  const store = await openStore({ dataDir: dir, log: () => undefined });
  const started = performance.now();
  for (let i = 0; i < INSERTS; i += 1) await store.save(submission());
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return INSERTS / seconds;
}

/** ROWS submissions written straight into the store's file in one transaction (quick to fill). */
async function fill(dir) {
  const dataDir = join(dir, 'big');
  (await openStore({ dataDir, log: () => undefined })).close();
  const db = new Database(join(dataDir, 'feedback.sqlite'));
  const insert = db.prepare(
    'INSERT INTO submissions (seq, id, kind, body, body_hash, received_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    for (let i = 1; i <= ROWS; i += 1) {
      const s = submission();
      insert.run(i, s.id, s.kind, JSON.stringify(s), canonicalHash(s), new Date().toISOString());
    }
  })();
  db.close();
  return dataDir;
}

async function iterateAll(dataDir) {
  const store = await openStore({ dataDir, log: () => undefined });
  gc();
  const before = process.memoryUsage();
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  let n = 0;
  const started = performance.now();
  for await (const s of store.iterate()) {
    n += s.id ? 1 : 0;
    if (n % 5000 === 0) {
      const now = process.memoryUsage();
      peakHeap = Math.max(peakHeap, now.heapUsed);
      peakRss = Math.max(peakRss, now.rss);
    }
  }
  const seconds = (performance.now() - started) / 1000;
  gc();
  const listStarted = performance.now();
  const all = await store.list();
  const listSeconds = (performance.now() - listStarted) / 1000;
  const listHeap = process.memoryUsage().heapUsed - before.heapUsed;
  await store.close();
  return {
    n,
    seconds,
    heap: peakHeap - before.heapUsed,
    rss: peakRss - before.rss,
    listed: all.length,
    listSeconds,
    listHeap,
  };
}

const dir = mkdtempSync(join(tmpdir(), 'pf-store-bench-'));
try {
  console.log(`SQLite inserts, one durable commit each (WAL, synchronous=FULL), ${INSERTS} submissions, best of 3:`);
  // Alternated, so a slow patch of the disk's fsync does not land on one side only.
  const raws = [];
  const stores = [];
  for (let round = 0; round < 3; round += 1) {
    raws.push(await rawInserts(join(dir, `r${round}`)));
    stores.push(await storeInserts(join(dir, `s${round}`)));
  }
  const raw = Math.max(...raws);
  const store = Math.max(...stores);
  console.log(`  raw better-sqlite3 prepared insert  ${raw.toFixed(0)} /s`);
  console.log(`  store.save (Kysely)                 ${store.toFixed(0)} /s   ${(store / raw).toFixed(2)}× raw`);
  const dataDir = await fill(dir);
  const r = await iterateAll(dataDir);
  console.log(`store.iterate() over ${r.n.toLocaleString('en')} rows (1,000 per query):`);
  console.log(
    `  ${r.seconds.toFixed(2)} s (${(r.n / r.seconds).toFixed(0)} rows/s), heap growth ${mb(r.heap)}, RSS growth ${mb(r.rss)}`,
  );
  console.log(
    `  for contrast, list() of all ${r.listed.toLocaleString('en')}: ${r.listSeconds.toFixed(2)} s, heap held ${mb(r.listHeap)}`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
