/**
 * Backups and a restore, as README "Backups and restore" tells an administrator to do them: `npm run backup` run as
 * its own process while the collector is serving and still receiving submissions, then the copy restored where a
 * new collector starts on it. Every submission acknowledged before the backup began is there (a device re-sending
 * one is told it is stored), and a staff account made before it signs in.
 *
 * SQLite: the copy is put in a fresh DATA_DIR as feedback.sqlite. PostgreSQL: the dump is restored with Debian's
 * `pg_restore --clean --if-exists --no-owner --single-transaction` into a new database, and over the original one
 * (the collector stopped), which comes back as it was at the backup.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sessionCookieName } from '../../collector/http/staff-session.js';
import { onPath } from '../../collector/store/backup-postgres.js';
import { ROOT } from './accounts/run-staff.js';
import { engines, type TestDatabase } from './engines.js';
import {
  firstImpression,
  post,
  removeDir,
  signedIn,
  startCollector,
  STAFF_PASSWORD,
  whatWentWrong,
} from './helpers.js';
import { debianBinaries } from './postgres-server.js';

const FRONT_DESK = 'frontdesk@smiledental.example';
const postgres = engines.find((e) => e.name === 'postgres');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run backup -- …` (tsx collector/cli/backup.ts) with the collector's settings in its environment. */
function backup(env: Record<string, string>, args: string[] = []): Promise<Run> {
  const environment: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: '', ...env };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'collector/cli/backup.ts', ...args], {
      cwd: ROOT,
      env: environment,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Submissions sent one after another until `stop()`: a practice's patients, who do not wait for a backup. */
function steadyPatients(url: string) {
  let going = true;
  const acknowledged: string[] = [];
  const sending = (async () => {
    while (going) {
      const submission = firstImpression();
      if ((await post(url, submission)).status === 201) acknowledged.push(submission.id as string);
    }
  })();
  return {
    acknowledged,
    stop: async () => {
      going = false;
      await sending;
    },
  };
}

/** Sends these one at a time and returns the ids acknowledged with 201. */
async function sendAll(url: string, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const submission = i % 4 === 3 ? whatWentWrong() : firstImpression();
    const res = await post(url, submission);
    expect(res.status).toBe(201);
    ids.push(submission.id as string);
  }
  return ids;
}

/** Starts a collector on a restored database; checks the front desk signs in and finds every one of `ids`. */
async function checkRestored(settings: { dataDir: string; databaseUrl?: string }, ids: readonly string[]) {
  const dir = settings.dataDir;
  const restored = await startCollector(settings.databaseUrl ? { databaseUrl: settings.databaseUrl } : {}, dir);
  try {
    const account = await restored.collector.signIn.accounts.find(FRONT_DESK);
    expect(account?.role).toBe('staff');
    const signIn = await restored.collector.signIn.withPassword(FRONT_DESK, STAFF_PASSWORD, { address: '127.0.0.1' });
    expect(signIn.outcome).toBe('signed-in');
    const secret = signIn.outcome === 'signed-in' ? signIn.secret : '';
    const exported = await fetch(`${restored.url}/api/feedback/export.json`, {
      headers: { Cookie: `${sessionCookieName(false)}=${secret}` },
    });
    expect(exported.status).toBe(200);
    const stored = new Set(((await exported.json()) as { id: string }[]).map((s) => s.id));
    expect(ids.filter((id) => !stored.has(id))).toEqual([]);
    // A device whose acknowledgement went astray sends again: the restored collector knows it has it.
    const again = await post(restored.url, { ...(await restored.collector.store.get(ids[0] ?? ''))?.body });
    expect(again.status).toBe(200);
    return stored;
  } finally {
    await restored.stop();
  }
}

const folders: string[] = [];
afterAll(() => folders.forEach(removeDir));

describe('backup and restore on SQLite; what the backup command refuses', () => {
  it('copies a serving collector; a collector started on the copy has every acknowledged submission', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-backup-'));
    folders.push(dir);
    const original = await startCollector({ ingestRate: 100_000 }, join(dir, 'data'));
    let patients: ReturnType<typeof steadyPatients> | undefined;
    let run: Run;
    let before: string[];
    try {
      await signedIn(original.collector, FRONT_DESK, 'staff');
      before = await sendAll(original.url, 40);
      patients = steadyPatients(original.url);
      run = await backup({ DATA_DIR: original.dir });
      await patients.stop();
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(patients.acknowledged.length).toBeGreaterThan(0);
    } finally {
      await patients?.stop();
      await original.stop();
    }

    const file = run.stdout.trim().split('\n').at(-1) ?? '';
    expect(file).toMatch(/\/data\/backups\/feedback-\d{8}T\d{6}Z\.sqlite$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(`${file}-wal`)).toBe(false);
    const counted = Number(/: (\d+) submissions; PRAGMA integrity_check: ok\./.exec(run.stdout)?.[1]);
    expect(counted).toBeGreaterThanOrEqual(before.length);

    // The restore: a fresh DATA_DIR holding the copy as feedback.sqlite.
    const fresh = join(dir, 'restored');
    mkdirSync(fresh, { mode: 0o700 });
    copyFileSync(file, join(fresh, 'feedback.sqlite'));
    const stored = await checkRestored({ dataDir: fresh }, before);
    expect(stored.size).toBe(counted);
  }, 60_000);

  it('says which setting to fix when there is no database, never overwrites a file, and says when pg_dump is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pf-backup-'));
    folders.push(dir);
    const missing = await backup({ DATA_DIR: join(dir, 'nothing-here') });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^DATA_DIR: there is no collector database at .*nothing-here\/feedback\.sqlite\./);
    expect(existsSync(join(dir, 'nothing-here'))).toBe(false);

    const running = await startCollector({}, join(dir, 'data'));
    await running.stop();
    const taken = join(dir, 'taken.sqlite');
    copyFileSync(join(running.dir, 'feedback.sqlite'), taken);
    const refused = await backup({ DATA_DIR: running.dir }, [taken]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain(`${taken} already exists`);

    // PostgreSQL without pg_dump here: the command to run, and nothing pretended.
    const noPgDump = await backup({
      DATA_DIR: running.dir,
      DATABASE_URL: 'postgres://feedback@db.invalid/feedback',
      PATH: dir,
    });
    expect(noPgDump.status).toBe(1);
    expect(noPgDump.stdout).toBe('');
    expect(noPgDump.stderr).toMatch(/pg_dump is not on PATH here, so nothing was backed up/);
    expect(noPgDump.stderr).toMatch(
      /pg_dump --format=custom --file=feedback-\d{8}T\d{6}Z\.dump --dbname="\$DATABASE_URL"/,
    );
  }, 30_000);
});

describe.skipIf(postgres?.skip !== undefined)('backup and restore on PostgreSQL', () => {
  const databases: TestDatabase[] = [];
  afterAll(async () => {
    for (const database of databases) await database.remove();
  });

  it('dumps a serving collector with pg_dump; pg_restore gives a collector every acknowledged submission', async () => {
    if (!postgres) return;
    // The programs of the throwaway server's version first; else those on PATH (beside TEST_DATABASE_URL's server).
    const pgDump = [debianBinaries(), dirname(onPath('pg_dump') ?? '/nowhere/pg_dump')]
      .map((bin) => bin && join(bin, 'pg_dump'))
      .find((path) => path && existsSync(path));
    if (!pgDump) throw new Error('This test needs pg_dump and pg_restore: apt-get install postgresql-client.');
    const bin = dirname(pgDump);

    const database = await postgres.newDatabase();
    databases.push(database);
    const databaseUrl = database.settings.databaseUrl ?? '';
    const original = await startCollector({ databaseUrl, ingestRate: 100_000 }, database.settings.dataDir);
    let patients: ReturnType<typeof steadyPatients> | undefined;
    let run: Run;
    let before: string[];
    try {
      await signedIn(original.collector, FRONT_DESK, 'staff');
      before = await sendAll(original.url, 40);
      patients = steadyPatients(original.url);
      run = await backup({
        DATA_DIR: database.settings.dataDir,
        DATABASE_URL: databaseUrl,
        PATH: `${bin}:${process.env.PATH ?? ''}`,
      });
      await patients.stop();
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(patients.acknowledged.length).toBeGreaterThan(0);
    } finally {
      await patients?.stop();
      await original.stop();
    }
    const file = run.stdout.trim().split('\n').at(-1) ?? '';
    expect(file).toMatch(/\/backups\/feedback-\d{8}T\d{6}Z\.dump$/);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(run.stdout).toContain('pg_restore --list: ok');
    const counted = Number(/: (\d+) submissions;/.exec(run.stdout)?.[1]);
    expect(counted).toBeGreaterThanOrEqual(before.length);

    const restore = (url: string) => {
      const args = ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${url}`, file];
      const result = spawnSync(join(bin, 'pg_restore'), args, { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    };

    // Into a new database (a new server, or a second copy to look at).
    const moved = await postgres.newDatabase();
    databases.push(moved);
    restore(moved.settings.databaseUrl ?? '');
    expect((await checkRestored(moved.settings, before)).size).toBe(counted);

    // Over the original, the collector stopped: what arrived after the backup is gone, the rest is as it was.
    restore(databaseUrl);
    expect((await checkRestored(database.settings, before)).size).toBe(counted);
  }, 60_000);
});
