/**
 * Practices already have data files written by the collector before numbered migrations (schema version 1: only
 * submissions; version 2: with staff follow-up). Those files are built here with that collector's own SQL, then
 * opened by the store: every row and follow-up must be there, in the same order, and new writes must work.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalHash } from '../../../collector/canonical-hash.js';
import { openStore } from '../../../collector/store/index.js';
import { firstImpression, whatWentWrong } from '../helpers.js';

// The schema exactly as collector/store.ts created it before migrations were numbered.
const VERSION_1_SQL = `
  CREATE TABLE IF NOT EXISTS submissions (
    id          TEXT PRIMARY KEY,
    kind        TEXT NOT NULL,
    body        TEXT NOT NULL,
    body_hash   TEXT NOT NULL,
    received_at TEXT NOT NULL
  );`;
const VERSION_2_SQL = `
  CREATE TABLE IF NOT EXISTS case_follow_up (
    submission_id TEXT PRIMARY KEY REFERENCES submissions (id),
    status        TEXT NOT NULL CHECK (status IN ('new', 'contacted', 'resolved')),
    note          TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL
  );`;

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

interface OldFile {
  dataDir: string;
  rows: { id: string; kind: string; body: Record<string, unknown>; receivedAt: string }[];
  followUps: { id: string; status: string; note: string; updatedAt: string }[];
}

/** A data folder as the old collector left it: world-readable files in a world-readable folder. */
function oldDataFile(version: 1 | 2): OldFile {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'pf-upgrade-')), 'data');
  dirs.push(join(dataDir, '..'));
  mkdirSync(dataDir, { mode: 0o755 });
  const db = new Database(join(dataDir, 'feedback.sqlite'));
  db.pragma('journal_mode = WAL');
  db.exec(VERSION_1_SQL);
  if (version === 2) db.exec(VERSION_2_SQL);
  db.pragma(`user_version = ${version}`);
  const insert = db.prepare(
    'INSERT INTO submissions (id, kind, body, body_hash, received_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  );
  const rows: OldFile['rows'] = [];
  // Ids in no sorted order and clocks that tie or go backwards: only arrival order (rowid) is right.
  const times = ['2026-11-20T09:00:00.000Z', '2026-11-20T09:00:00.000Z', '2026-11-19T23:59:59.999Z'];
  for (let i = 0; i < 30; i += 1) {
    const body = i % 3 === 0 ? whatWentWrong({ reference: `RC-${1000 + i}` }) : firstImpression();
    const receivedAt = times[i % times.length] ?? '';
    insert.run(body.id, body.kind, JSON.stringify(body), canonicalHash(body), receivedAt);
    rows.push({ id: body.id as string, kind: body.kind as string, body, receivedAt });
  }
  const followUps: OldFile['followUps'] = [];
  if (version === 2) {
    const save = db.prepare('INSERT INTO case_follow_up (submission_id, status, note, updated_at) VALUES (?, ?, ?, ?)');
    for (const [n, row] of rows
      .filter((r) => r.kind === 'what-went-wrong')
      .slice(0, 4)
      .entries()) {
      const f = {
        id: row.id,
        status: n % 2 ? 'resolved' : 'contacted',
        note: `Called ${n}`,
        updatedAt: `2026-11-2${n}T10:00:00.000Z`,
      };
      save.run(f.id, f.status, f.note, f.updatedAt);
      followUps.push(f);
    }
  }
  db.close();
  return { dataDir, rows, followUps };
}

describe.each([1, 2] as const)('a data file of schema version %i from before numbered migrations', (version) => {
  it('is upgraded in place: every row and follow-up kept in arrival order, repeats still recognised', async () => {
    const old = oldDataFile(version);
    const logs: string[] = [];
    const store = await openStore({ dataDir: old.dataDir, log: (l) => logs.push(l) });
    try {
      const listed = await store.list();
      // Nothing recorded whether their answers were checked against their survey: they came before that (006).
      expect(listed).toEqual(
        old.rows.map((r) => ({
          id: r.id,
          kind: r.kind,
          receivedAt: r.receivedAt,
          body: r.body,
          answersChecked: null,
          practiceId: 'default',
          unknownLocation: false,
        })),
      );
      const streamed: string[] = [];
      for await (const s of store.iterate({}, 7)) streamed.push(s.id);
      expect(streamed).toEqual(old.rows.map((r) => r.id));
      expect(await store.count()).toBe(30);
      for (const row of old.rows.filter((r) => r.kind === 'what-went-wrong')) {
        const kept = old.followUps.find((f) => f.id === row.id);
        expect(await store.followUp(row.id)).toEqual(
          kept ? { status: kept.status, note: kept.note, updatedAt: kept.updatedAt } : { status: 'new', note: '' },
        );
      }
      // The device retrying an old submission gets its original acknowledgement; a changed one is refused.
      const first = old.rows[0];
      expect(await store.save(first?.body as { id: string; kind: string })).toEqual({
        outcome: 'repeat',
        ack: { id: first?.id, status: 'stored', receivedAt: first?.receivedAt },
      });
      const changed: Record<string, unknown> = { ...first?.body, answers: {} };
      expect((await store.save(changed as { id: string; kind: string })).outcome).toBe('conflict');
      // New writes work and come after the old rows.
      const fresh = whatWentWrong();
      expect((await store.save(fresh as { id: string; kind: string })).outcome).toBe('stored');
      expect(await store.setFollowUp(fresh.id as string, 'contacted', 'New case')).toBe(true);
      expect(await store.setFollowUp(old.rows[3]?.id as string, 'resolved', 'Old case')).toBe(true);
      expect((await store.list({ newestFirst: true, limit: 1 }))[0]?.id).toBe(fresh.id);
      expect(logs.some((l) => l.includes(`schema version ${version}`))).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('is backed up first, as the log says, into a private copy that still opens with the old rows', async () => {
    const old = oldDataFile(version);
    const logs: string[] = [];
    const store = await openStore({ dataDir: old.dataDir, log: (l) => logs.push(l) });
    await store.close();
    const backups = readdirSync(join(old.dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    const name = backups[0] ?? '';
    expect(name).toMatch(/^feedback-\d{8}T\d{6}Z-before-001-todays-schema\.sqlite$/);
    const path = join(old.dataDir, 'backups', name);
    expect(logs.some((l) => l.includes(path) && /backed up/i.test(l))).toBe(true);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(join(old.dataDir, 'backups')).mode & 0o777).toBe(0o700);
    const copy = new Database(path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(version);
    expect(copy.prepare('SELECT id FROM submissions ORDER BY rowid').pluck().all()).toEqual(old.rows.map((r) => r.id));
    copy.close();
    // Opening again migrates nothing, so takes no second backup.
    const again = await openStore({ dataDir: old.dataDir, log: (l) => logs.push(l) });
    await again.close();
    expect(readdirSync(join(old.dataDir, 'backups'))).toHaveLength(1);
  });

  it('has its world-readable files and folder made private', async () => {
    const old = oldDataFile(version);
    const file = join(old.dataDir, 'feedback.sqlite');
    expect(statSync(file).mode & 0o077).not.toBe(0);
    const store = await openStore({ dataDir: old.dataDir, log: () => undefined });
    try {
      await store.save(firstImpression() as { id: string; kind: string });
      expect(statSync(old.dataDir).mode & 0o777).toBe(0o700);
      for (const name of readdirSync(old.dataDir).filter((n) => n.startsWith('feedback.sqlite'))) {
        expect([name, statSync(join(old.dataDir, name)).mode & 0o777]).toEqual([name, 0o600]);
      }
    } finally {
      await store.close();
    }
  });
});

describe('a data file this collector does not know', () => {
  it('is refused with a message, and left untouched', async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'pf-upgrade-')), 'data');
    dirs.push(join(dataDir, '..'));
    mkdirSync(dataDir);
    const db = new Database(join(dataDir, 'feedback.sqlite'));
    db.exec(VERSION_1_SQL);
    db.pragma('user_version = 7');
    db.close();
    await expect(openStore({ dataDir, log: () => undefined })).rejects.toThrow(/schema version 7/);
    const after = new Database(join(dataDir, 'feedback.sqlite'), { readonly: true });
    expect(after.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['submissions']);
    after.close();
  });
});
