// The staff console's pages at the size of a busy group: 200,000 submissions on SQLite over three practices (a fifth
// of them cases, half of those followed up), then the staff JSON API's pages over real HTTP with a token — the
// inbox's first page, a filtered one, a search, a page far back; the Results screen (one practice, every practice)
// from the folded aggregates; the Cases screen's "due now" and deadline order (every practice promising contact
// within a working day, half the cases contactable) — against a floor measured in the same run: the bare first-page
// query (51 rows by arrival, newest first) with a raw better-sqlite3 statement. Target: each page under 200 ms.
// Run alone: node test/bench/inbox.bench.mjs [rows]
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { tsImport } from 'tsx/esm/api';

const { openStore } = await tsImport('../../collector/store/index.ts', import.meta.url);
const { createCollector } = await tsImport('../../collector/http/server.ts', import.meta.url);
const { ApiTokens } = await tsImport('../../collector/accounts/api-tokens.ts', import.meta.url);
const { canonicalHash } = await tsImport('../../collector/canonical-hash.ts', import.meta.url);
const { referenceFromId } = await tsImport('../../src/core/reference.ts', import.meta.url);

const ROWS = Number(process.argv[2] ?? 200_000);
const ROUNDS = 7;
const PRACTICES = ['default', 'north', 'south'];
const RATINGS = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'];
const CATEGORIES = ['wait-time', 'billing', 'communication', 'staff-attitude'];
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function submission(n) {
  const id = randomUUID();
  const base = { id, submittedAt: new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString(), lang: 'en' };
  if (n % 5 === 0) {
    return {
      ...base,
      kind: 'what-went-wrong',
      survey: { id: 'what-went-wrong', version: '1' },
      channel: 'embed',
      reference: referenceFromId(id),
      answers: {
        categories: [CATEGORIES[n % 4]],
        details: `Waited a long time, visit ${n}.`,
        contact: n % 10 === 5 ? { method: 'phone', value: '555-0100', consent: true } : { method: 'none' },
      },
    };
  }
  return {
    ...base,
    kind: 'first-impression',
    survey: { id: 'first-impression', version: '1' },
    channel: 'kiosk',
    location: n % 2 ? 'front-desk' : 'waiting-room',
    answers: { overall: RATINGS[n % 6], comments: `Visit ${n} was fine.` },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'pf-bench-inbox-'));
try {
  const store = await openStore({ dataDir: dir, log: () => undefined });
  const now = new Date().toISOString();
  for (const id of PRACTICES.slice(1)) {
    await store.db
      .insertInto('practices')
      .values({
        id,
        name: id,
        time_zone: 'Europe/London',
        promise: 'We will call you within one working day',
        promise_days: 1,
        origins: '[]',
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  await store.db.updateTable('practices').set({ promise_days: 1 }).where('id', '=', 'default').execute();
  await store.close();
  // Filled directly (one transaction): the pages are measured here, not the ingest.
  const raw = new Database(join(dir, 'feedback.sqlite'));
  const insert = raw.prepare(
    `insert into submissions (id, kind, body, body_hash, received_at, seq, practice_id, location)
     values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const followUp = raw.prepare(
    `insert into case_follow_up (submission_id, status, note, updated_at) values (?, 'contacted', '', ?)`,
  );
  let rare;
  raw.transaction(() => {
    for (let n = 1; n <= ROWS; n += 1) {
      const s = submission(n);
      if (n === Math.floor(ROWS / 3)) {
        s.answers.comments = 'The radiator in room two was broken';
        rare = s.id;
      }
      const at = s.submittedAt;
      insert.run(s.id, s.kind, JSON.stringify(s), canonicalHash(s), at, n, PRACTICES[n % 3], s.location ?? null);
      if (s.kind === 'what-went-wrong' && n % 10 === 0) followUp.run(s.id, at);
    }
  })();

  const collector = await createCollector({
    dataDir: dir,
    log: () => undefined,
    notice: () => undefined,
    retentionEveryMs: false,
    resultsEveryMs: false,
  });
  await new Promise((resolve) => collector.server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${collector.server.address().port}`;
  const token = (await new ApiTokens(collector.store.db).create({ name: 'bench' }, 'bench', 'admin')).secret;
  const get = async (path) => {
    const res = await fetch(`${base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
    return res.json();
  };
  // The results are read from the aggregates, as they are once the results job has folded what arrived.
  const folding = performance.now();
  await collector.results.fold({ chunk: 50_000 });
  const foldMs = performance.now() - folding;
  // The first deadline-ordered read gives every case nobody has touched its row (once, as after the upgrade).
  const opening = performance.now();
  await get('/api/staff/inbox?order=due');
  const openingMs = performance.now() - opening;
  const farBack = (await get('/api/staff/inbox')).next;
  let deep = farBack;
  for (let i = 0; i < 100; i += 1) deep = (await get(`/api/staff/inbox?after=${deep}`)).next;

  const floorQuery = raw.prepare('select id, kind, body, received_at from submissions order by seq desc limit 51');
  const floor = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const t = performance.now();
    floorQuery.all();
    floor.push(performance.now() - t);
  }
  const floorMs = median(floor);
  const scan = raw.prepare(`select id from submissions where lower(body) like ? escape '\\'`);
  const scans = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    const t = performance.now();
    scan.all('%radiator%');
    scans.push(performance.now() - t);
  }
  console.log(`staff inbox API, ${ROWS.toLocaleString('en')} submissions on SQLite, over HTTP (median of ${ROUNDS}):`);
  console.log(`  floor: the bare first-page query               ${floorMs.toFixed(2)} ms`);
  console.log(`  floor for a search: a bare LIKE scan of every row ${median(scans).toFixed(1)} ms`);
  console.log(`  once: folding every submission into the results' aggregates ${foldMs.toFixed(0)} ms`);
  console.log(
    `  once: the first deadline order opens ${(ROWS / 5 - ROWS / 50).toLocaleString('en')} untouched cases ${openingMs.toFixed(0)} ms`,
  );
  for (const [what, path, check] of [
    ['first page', '/api/staff/inbox', (p) => p.items.length === 50],
    ['open cases (status=new)', '/api/staff/inbox?status=new', (p) => p.items.length === 50],
    ['rating=poor, one practice', '/api/staff/inbox?rating=poor&practice=default', (p) => p.items.length === 50],
    ['category=billing', '/api/staff/inbox?category=billing', (p) => p.items.length === 50],
    ['dates (one week)', '/api/staff/inbox?from=2026-03-01&to=2026-03-07', (p) => p.items.length === 50],
    ['search: rare words', '/api/staff/inbox?q=radiator', (p) => p.items[0]?.id === rare || p.next !== undefined],
    ['cases due now (due=now&order=due)', '/api/staff/inbox?due=now&order=due', (p) => p.items.length === 50],
    ['cases by deadline (order=due)', '/api/staff/inbox?order=due', (p) => p.items.length === 50],
    ['results, one practice, 12 months', '/api/staff/results?practice=north', (p) => p.fft.length > 0],
    ['results, every practice, 12 months', '/api/staff/results', (p) => p.fft.length > 0],
    ['page 101 (after 5,000 rows)', `/api/staff/inbox?after=${deep}`, (p) => p.items.length === 50],
    ['one submission in detail', null, () => true],
  ]) {
    const times = [];
    let ok = true;
    const firstId = (await get('/api/staff/inbox?kind=what-went-wrong')).items[0].id;
    for (let round = 0; round < ROUNDS; round += 1) {
      const t = performance.now();
      const page = await get(path ?? `/api/staff/submissions/${firstId}`);
      times.push(performance.now() - t);
      ok &&= check(page);
    }
    const ms = median(times);
    console.log(
      `  ${what.padEnd(45)} ${ms.toFixed(1).padStart(7)} ms  (${(ms / floorMs).toFixed(0)}× the floor)` +
        `${ms < 200 ? '' : '  OVER 200 ms'}${ok ? '' : '  (unexpected answer)'}`,
    );
  }
  await collector.close();
  raw.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
