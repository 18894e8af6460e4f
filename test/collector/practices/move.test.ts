/**
 * `npm run staff -- practice move` (issue 11): one practice's own SQLite data — a real collector's, that patients
 * posted to over HTTP — moved into the group's PostgreSQL as a practice of the group, by the real command line.
 * Every row keeps what was stored and its arrival order; the follow-up goes with its case; a collector on the group
 * exports them and tells a device retrying an old submission that it is stored; a second run moves nothing twice;
 * a conflicting id is reported and left alone (exit 1); wrong settings are refused naming what to fix (exit 2).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail } from '../../../collector/accounts/audit.js';
import { canonicalHash } from '../../../collector/canonical-hash.js';
import { movePractice } from '../../../collector/practices/move-practice.js';
import { Practices } from '../../../collector/practices/practices.js';
import { openStore, type SubmissionStore } from '../../../collector/store/index.js';
import { staff, type Run } from '../accounts/run-staff.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, post, startCollector, whatWentWrong, type Running } from '../helpers.js';

const SETUP = { name: 'test setup' };
const sent = '2026-11-22T10:15:00.000Z';

// The old practice's patients: at the listed tablet, at a place the group's practice does not list, a recovery form
// followed up, one erased at the patient's request, one that looks automated (the hidden field filled).
const listed = firstImpression({ location: 'front-desk-tablet' });
const unlisted = firstImpression({ location: 'car-park-sign', answers: { overall: 'poor' } });
const followedUp = whatWentWrong({ relatedTo: unlisted.id });
const erased = whatWentWrong({ reference: 'RC-ERAS-ED', answers: { details: 'Please forget me.' } });
const automated = firstImpression({
  submittedAt: sent,
  startedAt: new Date(Date.parse(sent) - 3 * 60_000).toISOString(),
  honeypot: 'https://spam.example',
});
const moving = [listed, unlisted, followedUp, erased, automated];
// Another practice of the old deployment: not moved unless asked for.
const southKept = firstImpression({ answers: { overall: 'good', comments: 'South words.' } });
const southClash = firstImpression({ answers: { overall: 'very-good' } });
const WORDS = ['I waited 50 minutes', 'Friendly front desk', 'South words', '555-0142'];

/**
 * A data folder as a collector from before numbered migrations left it (schema version 2: submissions and staff
 * follow-up, no practices), with one first impression and one followed-up case.
 */
function olderDataDir(parent: string): { dataDir: string; ids: string[] } {
  const dataDir = join(parent, 'older');
  mkdirSync(dataDir);
  const db = new Sqlite(join(dataDir, 'feedback.sqlite'));
  db.exec(`CREATE TABLE submissions (id TEXT PRIMARY KEY, kind TEXT NOT NULL, body TEXT NOT NULL,
             body_hash TEXT NOT NULL, received_at TEXT NOT NULL);
           CREATE TABLE case_follow_up (submission_id TEXT PRIMARY KEY REFERENCES submissions (id),
             status TEXT NOT NULL CHECK (status IN ('new', 'contacted', 'resolved')),
             note TEXT NOT NULL DEFAULT '', updated_at TEXT NOT NULL);`);
  db.pragma('user_version = 2');
  const rows = [firstImpression({ location: 'waiting-room' }), whatWentWrong()];
  for (const row of rows) {
    db.prepare('INSERT INTO submissions VALUES (?, ?, ?, ?, ?)').run(
      row.id,
      row.kind,
      JSON.stringify(row),
      canonicalHash(row),
      '2026-10-01T09:00:00.000Z',
    );
  }
  db.prepare('INSERT INTO case_follow_up VALUES (?, ?, ?, ?)').run(
    rows[1]?.id,
    'resolved',
    '',
    '2026-10-02T09:00:00.000Z',
  );
  db.close();
  return { dataDir, ids: rows.map((r) => String(r.id)) };
}

const columns = [
  'id',
  'kind',
  'body',
  'body_hash',
  'received_at',
  'automation',
  'answers_checked',
  'erased_at',
  'erased_reason',
  'location',
] as const;

describe.each(engines.filter((e) => e.name === 'postgres'))("moving a practice's SQLite data into $name", (engine) => {
  let oldDir = '';
  let database: TestDatabase | undefined;
  let target: SubmissionStore | undefined;
  let group: Running | undefined;
  let first: Run | undefined;
  const cleanup: string[] = [];
  const refused: Run[] = [];
  let untouchedDataDir = false;

  beforeAll(async () => {
    if (engine.skip) return;
    // The practice's own collector on SQLite, as patients used it.
    const old = await startCollector({ retentionEveryMs: false });
    oldDir = old.dir;
    cleanup.push(old.dir);
    await old.collector.practices.add(SETUP, 'south', { name: 'South', timeZone: 'UTC' });
    old.collector.directory.forget();
    for (const s of moving) expect((await post(old.url, s)).status).toBe(201);
    for (const s of [southKept, southClash]) {
      const res = await fetch(`${old.url}/api/feedback/p/south`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(s),
      });
      expect(res.status).toBe(201);
    }
    const { store } = old.collector;
    expect(await store.setFollowUp(String(followedUp.id), 'contacted', 'Called back; apologised.')).toBe(true);
    const { answers: _words, ...facts } = erased;
    expect(await store.erase([{ id: String(erased.id), body: facts }], 'patient-request')).toEqual([erased.id]);
    expect((await store.get(String(automated.id)))?.automation).toBeTruthy();
    await old.stop();

    // The group's PostgreSQL: the practice added beforehand, listing one location; an id already taken there.
    database = await engine.newDatabase();
    target = await openStore({ ...database.settings, log: () => undefined });
    const practices = new Practices(target.db);
    await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
    await practices.addLocation(SETUP, 'north', 'front-desk-tablet');
    await practices.add(SETUP, 'east', { name: 'East Clinic', timeZone: 'Europe/London' });
    const clash = {
      ...southClash,
      id: String(southClash.id),
      kind: 'first-impression',
      answers: { overall: 'very-poor' },
    };
    expect((await target.save(clash, undefined, { practiceId: 'north' })).outcome).toBe('stored');

    // The move, and (meanwhile) what must be refused.
    const noUrl = mkdtempSync(join(tmpdir(), 'pf-move-'));
    cleanup.push(noUrl);
    const refusals = await Promise.all([
      staff({ settings: { dataDir: join(noUrl, 'data') }, remove: () => Promise.resolve() }, [
        'practice',
        'move',
        'north',
        '--from',
        oldDir,
      ]),
      staff(database, ['practice', 'move', 'north', '--from', noUrl]),
      staff(database, ['practice', 'move', 'west', '--from', oldDir]),
    ]);
    first = await staff(database, ['practice', 'move', 'north', '--from', oldDir]);
    refused.push(...refusals);
    // Refused before any database was opened: no SQLite file made in the DATA_DIR it would have used.
    untouchedDataDir = !existsSync(join(noUrl, 'data', 'feedback.sqlite'));
  }, 60_000);

  afterAll(async () => {
    await group?.stop();
    await target?.close();
    await database?.remove();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(engine.skip)('refuses without DATABASE_URL, without the old file, and for a practice not added', () => {
    const [noUrl, noFile, unknown] = refused;
    expect(noUrl?.status, noUrl?.stderr).toBe(2);
    expect(noUrl?.stderr).toContain('DATABASE_URL is not set here');
    expect(untouchedDataDir).toBe(true);
    expect(noFile?.status, noFile?.stderr).toBe(2);
    expect(noFile?.stderr).toMatch(/There is no \/.*\/feedback\.sqlite: --from is the old DATA_DIR/);
    expect(unknown?.status, unknown?.stderr).toBe(1);
    expect(unknown?.stderr).toContain(
      `The group's database has no practice "west". Add it first: npm run staff -- practice add west`,
    );
  });

  it.skipIf(engine.skip)('moves every row as it was stored, in arrival order, as the group practice’s', async () => {
    expect(first?.status, first?.stderr).toBe(0);
    const out = first?.stdout ?? '';
    expect(out).toContain(`Moving practice "default" of ${oldDir}/feedback.sqlite into North Clinic (north).`);
    expect(out).toMatch(/Submissions moved: +5\n/);
    expect(out).toMatch(/Already there: +0 /);
    expect(out).toMatch(/Conflicts: +0\n/);
    expect(out).toMatch(/Case follow-ups copied: +1 /);
    expect(out).toContain('staff accounts: make them in the group');
    expect(out).toContain(`keep ${oldDir} as the archive of who looked at what`);
    expect(out).toContain('settings (websites, promise, clocks, alerts, webhooks, retention)');
    for (const words of WORDS) expect(out + (first?.stderr ?? '')).not.toContain(words);

    const old = await openStore({ dataDir: oldDir, log: () => undefined });
    try {
      const before = await old.db
        .selectFrom('submissions')
        .select(columns)
        .where('practice_id', '=', 'default')
        .orderBy('seq')
        .execute();
      const after = await target!.db
        .selectFrom('submissions')
        .select([...columns, 'practice_id', 'unknown_location'])
        .where(
          'id',
          'in',
          before.map((r) => r.id),
        )
        .orderBy('seq')
        .execute();
      expect(after.map(({ practice_id: _p, unknown_location: _u, ...row }) => row)).toEqual(before);
      expect(new Set(after.map((r) => r.practice_id))).toEqual(new Set(['north']));
      // Worked out again against North's one location: the car park is not listed; a form naming none is not flagged.
      expect(after.filter((r) => Number(r.unknown_location) === 1).map((r) => r.id)).toEqual([unlisted.id]);
      expect(after.find((r) => r.id === erased.id)).toMatchObject({ erased_reason: 'patient-request' });
      expect(after.find((r) => r.id === automated.id)?.automation).toBeTruthy();
      expect(await target!.followUp(String(followedUp.id))).toEqual(await old.followUp(String(followedUp.id)));
      expect(await target!.followUp(String(followedUp.id))).toMatchObject({
        status: 'contacted',
        note: 'Called back; apologised.',
      });
      // The other practice of the old deployment stayed where it was.
      expect(await target!.get(String(southKept.id))).toBeUndefined();
    } finally {
      await old.close();
    }
    const [audit] = await new AuditTrail(target!.db).list({ action: 'practice.moved' });
    expect(audit).toMatchObject({
      target: 'north',
      detail: { from: oldDir, sourcePractice: 'default', moved: 5, alreadyThere: 0, conflicts: 0, followUps: 1 },
    });
    expect(audit?.actor).toMatch(/^command line/);
  });

  it.skipIf(engine.skip)(
    'serves them from the group: the export has them; a device retrying one is told it is stored',
    async () => {
      const { dataDir, databaseUrl } = database!.settings;
      group = await startCollector({ dataDir, databaseUrl: databaseUrl!, retentionEveryMs: false });
      const exported = (await (await group.staffFetch('/api/feedback/export.json?practice=north')).json()) as {
        id: string;
      }[];
      // The clash stored in the group beforehand arrived first; the moved ones follow in the old arrival order.
      expect(exported.map((s) => s.id)).toEqual([southClash.id, ...moving.map((s) => s.id)]);
      const retry = await fetch(`${group.url}/api/feedback/p/north`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': String(listed.id) },
        body: JSON.stringify(listed),
      });
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
    },
  );

  it.skipIf(engine.skip)(
    'moves nothing twice; lists a conflicting id, leaves it, exits 1; brings an older file up to date first',
    async () => {
      const parent = mkdtempSync(join(tmpdir(), 'pf-move-'));
      cleanup.push(parent);
      const older = olderDataDir(parent);
      const [again, south, upgraded] = await Promise.all([
        staff(database!, ['practice', 'move', 'north', '--from', oldDir]),
        staff(database!, ['practice', 'move', 'north', '--from', oldDir, '--source-practice', 'south']),
        staff(database!, ['practice', 'move', 'east', '--from', older.dataDir]),
      ]);
      expect(again.status, again.stderr).toBe(0);
      expect(again.stdout).toMatch(/Submissions moved: +0\n/);
      expect(again.stdout).toContain('All 5 submissions were already there: nothing was moved twice.');

      expect(south.status).toBe(1);
      expect(south.stdout).toMatch(/Submissions moved: +1\n/);
      expect(south.stdout).toMatch(/Conflicts: +1\n/);
      expect(south.stdout).toContain(`\n  ${String(southClash.id)}\n`);
      expect(south.stderr).toContain(
        '1 submission was not moved: a conflict (ids listed above). Everything else was moved.',
      );
      // The group's own row is as it was; the other one came across.
      expect((await target!.get(String(southClash.id)))?.body.answers).toEqual({ overall: 'very-poor' });
      expect((await target!.get(String(southKept.id)))?.practiceId).toBe('north');
      expect(await target!.count({ practices: ['north'] })).toBe(7);
      for (const words of WORDS) expect(again.stdout + south.stdout + south.stderr).not.toContain(words);

      // A file from an older collector is brought up to date first, after a copy, and the output says so.
      expect(upgraded.status, upgraded.stderr).toBe(0);
      expect(upgraded.stdout).toMatch(/Old database: Backed up the database to .*older\/backups\/.* before migration/);
      expect(upgraded.stdout).toMatch(/Old database: Database migrations applied on SQLite .*009-practices/);
      expect(upgraded.stdout).toMatch(/Submissions moved: +2\n/);
      expect(upgraded.stdout).toMatch(/Case follow-ups copied: +1 /);
      expect((await target!.list({ practices: ['east'] })).map((s) => s.id)).toEqual(older.ids);
      expect(await target!.followUp(older.ids[1] ?? '')).toMatchObject({ status: 'resolved' });
    },
  );

  it.skipIf(engine.skip)(
    'moves a chunk at a time, in order, also into a SQLite store (the module itself)',
    async () => {
      const parent = mkdtempSync(join(tmpdir(), 'pf-move-'));
      cleanup.push(parent);
      const old = await openStore({ dataDir: oldDir, log: () => undefined });
      const into = await openStore({ dataDir: join(parent, 'group'), log: () => undefined });
      try {
        const practices = new Practices(into.db);
        await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
        await practices.addLocation(SETUP, 'north', 'front-desk-tablet');
        const options = { targetPractice: 'north', from: oldDir, actor: SETUP, chunk: 2 };
        expect(await movePractice(old, into, options)).toEqual({
          moved: 5,
          alreadyThere: 0,
          conflicts: [],
          followUps: 1,
        });
        const moved = await into.list();
        expect(moved.map((m) => m.id)).toEqual(moving.map((m) => m.id));
        expect(moved.filter((m) => m.unknownLocation).map((m) => m.id)).toEqual([unlisted.id]);
        expect(await movePractice(old, into, options)).toEqual({
          moved: 0,
          alreadyThere: 5,
          conflicts: [],
          followUps: 0,
        });
      } finally {
        await old.close();
        await into.close();
      }
    },
  );
});
