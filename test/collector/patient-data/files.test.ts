/**
 * On SQLite an erasure reaches the bytes on disk: the database file, its write-ahead log, and the copies the
 * collector made before migrations no longer hold the patient's words — checked by reading the files themselves.
 */
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { post, removeDir, startCollector, whatWentWrong, type Running } from '../helpers.js';

const MARK = 'Quokka marmalade incident at reception';
const PHONE = '07700 900461';

/** Every file under the data folder that holds these bytes (as SQLite stores text: UTF-8). */
function filesHolding(dir: string, text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...filesHolding(path, text));
    else if (readFileSync(path).includes(needle)) out.push(path.slice(dir.length + 1));
  }
  return out;
}

describe('erasure on disk (SQLite)', () => {
  let app: Running;
  const recovery = whatWentWrong({
    answers: {
      categories: ['other'],
      details: `${MARK}. ${'More detail about it. '.repeat(80)}`,
      contact: { method: 'text', value: PHONE, consent: true, bestTime: '' },
    },
  });

  beforeAll(async () => {
    app = await startCollector({ retentionEveryMs: false });
    expect((await post(app.url, recovery)).status).toBe(201);
    // A copy as the collector makes before a migration (DATA_DIR/backups), taken while the words are there.
    mkdirSync(join(app.dir, 'backups'));
    const source = new BetterSqlite3(app.dbPath, { readonly: true });
    await source.backup(join(app.dir, 'backups', 'feedback-2026-12-01-before-008-test.sqlite'));
    source.close();
  });
  afterAll(async () => {
    await app?.stop();
    removeDir(app.dir);
  });

  it('leaves no trace of the words in the file, its log or the backups', async () => {
    expect(filesHolding(app.dir, MARK).length).toBeGreaterThanOrEqual(2);
    expect(filesHolding(app.dir, PHONE).length).toBeGreaterThanOrEqual(2);

    const erased = await app.collector.store.get(String(recovery.id));
    expect(erased).toBeDefined();
    const res = await fetch(`${app.url}/staff/patient-data/erase/confirm`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: app.staff.cookie },
      body: new URLSearchParams({ ids: String(recovery.id), _csrf: app.staff.csrf }).toString(),
    });
    expect(res.status).toBe(200);

    expect(filesHolding(app.dir, MARK)).toEqual([]);
    expect(filesHolding(app.dir, PHONE)).toEqual([]);
    const [event] = await app.collector.signIn.audit.list({ action: 'patient-data.erased' });
    expect(event?.detail).toEqual({ reason: 'patient-request', backups: 1 });
    // The backup is still a database, with the erasure marked in it.
    const copy = new BetterSqlite3(join(app.dir, 'backups', 'feedback-2026-12-01-before-008-test.sqlite'), {
      readonly: true,
    });
    const row = copy.prepare('select body, erased_reason from submissions where id = ?').get(recovery.id) as {
      body: string;
      erased_reason: string;
    };
    copy.close();
    expect(row.erased_reason).toBe('patient-request');
    expect(JSON.parse(row.body).answers).toEqual({
      categories: ['other'],
      contact: { method: 'text', value: '', consent: true, bestTime: '' },
    });
  });
});
