// A patient's data request at the size of a busy practice: 200,000 submissions on SQLite, then the searches an
// admin makes (a reference read out, a phone number typed another way, words) through PatientData.find, against a
// floor measured in the same run: the bare LIKE scan of the same table with a raw better-sqlite3 statement.
// Run alone: node test/bench/patient-search.bench.mjs [rows]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';

const { openStore } = await tsImport('../../collector/store/index.ts', import.meta.url);
const { AuditTrail } = await tsImport('../../collector/accounts/audit.ts', import.meta.url);
const { PatientData } = await tsImport('../../collector/patient-data/patient-data.ts', import.meta.url);
const { knownSurveys } = await tsImport('../../collector/surveys/known-surveys.ts', import.meta.url);
const { canonicalHash } = await tsImport('../../collector/canonical-hash.ts', import.meta.url);

const ROWS = Number(process.argv[2] ?? 200_000);
const ROUNDS = 5;

function complaint(n) {
  return {
    id: randomUUID(),
    kind: 'what-went-wrong',
    survey: { id: 'what-went-wrong', version: '1' },
    submittedAt: '2026-11-22T10:20:00.000Z',
    lang: 'en',
    channel: 'embed',
    practice: 'Smile Dental',
    reference: `RC-${String(n).padStart(4, '0').slice(-4)}-AA`,
    answers: {
      categories: ['wait-time'],
      details: `Waited a long time, visit ${n}.`,
      contact: { method: 'phone', value: `555 ${String(n).padStart(7, '0')}`, consent: true, bestTime: '' },
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'pf-bench-search-'));
try {
  const store = await openStore({ dataDir: dir, log: () => undefined });
  await store.close();
  // Filled directly (one transaction): the search is measured here, not the ingest.
  const raw = new Database(join(dir, 'feedback.sqlite'));
  const insert = raw.prepare(
    'insert into submissions (id, kind, body, body_hash, received_at, seq) values (?, ?, ?, ?, ?, ?)',
  );
  raw.transaction(() => {
    for (let n = 1; n <= ROWS; n += 1) {
      const s = complaint(n);
      insert.run(s.id, s.kind, JSON.stringify(s), canonicalHash(s), new Date().toISOString(), n);
    }
  })();
  const target = complaint(0);
  target.answers.details = 'The hygienist was rough and dismissive';
  target.reference = 'RC-ZZZZ-ZZ';
  target.answers.contact.value = '(555) 919-2040';
  insert.run(target.id, target.kind, JSON.stringify(target), canonicalHash(target), new Date().toISOString(), ROWS + 1);

  const reopened = await openStore({ dataDir: dir, log: () => undefined });
  const patientData = new PatientData(reopened, new AuditTrail(reopened.db), knownSurveys());
  const floorScan = raw.prepare(`select id from submissions where lower(body) like ? escape '\\'`);
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  console.log(`patient search, ${ROWS.toLocaleString('en')} submissions on SQLite (median of ${ROUNDS}):`);
  for (const [what, typed, floorPattern] of [
    ['reference', 'rc zzzz zz', '%rc-zzzz-zz%'],
    ['phone, typed another way', '555.919.2040', '%5%5%5%9%1%9%2%0%4%0%'],
    ['words', 'rough and dismissive', '%rough and dismissive%'],
  ]) {
    const found = [];
    const floor = [];
    let count = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      let t = performance.now();
      floorScan.all(floorPattern);
      floor.push(performance.now() - t);
      t = performance.now();
      count = (await patientData.find({ name: 'bench' }, typed)).found.length;
      found.push(performance.now() - t);
    }
    const ms = median(found);
    const base = median(floor);
    const figures = `${ms.toFixed(0).padStart(5)} ms (found ${count})`;
    const floorText = `bare LIKE scan ${base.toFixed(0).padStart(5)} ms`;
    console.log(`  ${what.padEnd(26)} ${figures}  ${floorText}  ratio ${(ms / base).toFixed(2)}×`);
  }
  raw.close();
  await reopened.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
