/**
 * `npm run backup` on PostgreSQL: PostgreSQL's own `pg_dump --format=custom` (restored with `pg_restore`), run when
 * it is on PATH. The dump reads one snapshot, exported by a read-only transaction held open here until it is done,
 * so the count printed is exactly the number of submissions in the file while the collectors go on writing. The
 * password is handed to pg_dump in PGPASSWORD, never on its command line (which other users of the computer can
 * read). pg_dump must be of the server's major version or newer; on Debian, /usr/lib/postgresql/<version>/bin first
 * on PATH chooses one.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants, existsSync, unlinkSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import pg from 'pg';
import { backupStamp, backupTarget, type BackupResult } from './backup-target.js';
import { describePostgres, StoreSettingError } from './settings.js';

/** The program on PATH, or undefined. */
export function onPath(program: string, path = process.env.PATH ?? ''): string | undefined {
  for (const dir of path.split(delimiter).filter(Boolean)) {
    const candidate = join(dir, program);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not in this folder
    }
  }
  return undefined;
}

/** What to run where pg_dump is not installed: printed instead of a backup. */
export function pgDumpCommand(): string {
  return `pg_dump --format=custom --file=feedback-${backupStamp()}.dump --dbname="$DATABASE_URL"`;
}

function run(
  program: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stderr: stderr.trim() }));
  });
}

async function connected(url: URL, where: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url.toString() });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => undefined);
    throw new StoreSettingError('DATABASE_URL', `DATABASE_URL: cannot use ${where}: ${(error as Error).message}`);
  }
  return client;
}

/** Dumps the database DATABASE_URL names with `pgDump` to `file` (default DATA_DIR/backups/feedback-<UTC time>.dump). */
export async function backUpPostgres(url: URL, dataDir: string, pgDump: string, file?: string): Promise<BackupResult> {
  const where = describePostgres(url);
  const client = await connected(url, where);
  let target: string | undefined;
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const snapshot = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]?.id ?? '';
    const table = await client.query<{ t: string | null }>(`SELECT to_regclass('submissions')::text AS t`);
    if (!table.rows[0]?.t) {
      throw new StoreSettingError(
        'DATABASE_URL',
        `DATABASE_URL: ${where} holds no collector tables (no submissions): is it the collector's database?`,
      );
    }
    const count = await client.query<{ n: string }>('SELECT count(*) AS n FROM submissions');
    target = backupTarget(dataDir, file, 'dump');
    const withoutPassword = new URL(url);
    withoutPassword.password = '';
    const env: NodeJS.ProcessEnv = { ...process.env };
    if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
    const args = ['--format=custom', `--file=${target}`, `--snapshot=${snapshot}`, `--dbname=${withoutPassword}`];
    const dumped = await run(pgDump, args, env);
    if (dumped.status !== 0) throw new Error(`${pgDump} failed (exit ${dumped.status}): ${dumped.stderr}`);
    await client.query('COMMIT');
    // The dump's table of contents read back: the file is whole and pg_restore can use it.
    const pgRestore = join(dirname(pgDump), 'pg_restore');
    let checked = 'not checked (no pg_restore beside pg_dump)';
    if (existsSync(pgRestore)) {
      const listed = await run(pgRestore, ['--list', target], env);
      if (listed.status !== 0) throw new Error(`pg_restore --list cannot read ${target}: ${listed.stderr}`);
      checked = 'pg_restore --list: ok';
    }
    return { from: where, file: target, submissions: Number(count.rows[0]?.n ?? 0), checked };
  } catch (error) {
    if (target && existsSync(target)) unlinkSync(target);
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}
