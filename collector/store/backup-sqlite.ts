/**
 * `npm run backup` on SQLite: an online copy of DATA_DIR/feedback.sqlite while the collector may be running and
 * writing. better-sqlite3's backup (SQLite's backup API) is told to copy every page in one step, which reads the
 * file in one read transaction: in WAL mode the collector goes on writing meanwhile, and the copy is the database as
 * it was at one moment — every submission acknowledged before the copy began is in it. Copied in small steps
 * instead, a write by the collector between two steps would start the copy over, again and again on a busy day.
 *
 * The copy is then made one self-contained file (journal_mode DELETE, no -wal beside it), 0600, checked with
 * `PRAGMA integrity_check`, and its submissions counted.
 */
import { existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { backupTarget, type BackupResult } from './backup-target.js';
import { StoreSettingError } from './settings.js';
import { DATABASE_FILE, tightenDatabaseFiles } from './sqlite-files.js';

/** Every remaining page in the next step: one read transaction for the whole copy. */
const ALL_PAGES = 0x7fffffff;

function openSource(file: string, dataDir: string): BetterSqlite3.Database {
  if (!existsSync(file)) {
    throw new StoreSettingError(
      'DATA_DIR',
      `DATA_DIR: there is no collector database at ${file}. Set DATA_DIR to the folder the collector keeps its data ` +
        'in (default ./data), or DATABASE_URL when it uses PostgreSQL.',
    );
  }
  let source: BetterSqlite3.Database;
  try {
    source = new BetterSqlite3(file, { fileMustExist: true });
    source.pragma('busy_timeout = 5000');
  } catch (error) {
    throw new StoreSettingError('DATA_DIR', `DATA_DIR: cannot open ${file}: ${(error as Error).message}`);
  }
  const tables = source.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'submissions'").all();
  if (tables.length === 0) {
    source.close();
    throw new StoreSettingError(
      'DATA_DIR',
      `DATA_DIR: ${file} holds no collector tables (no submissions): is ${dataDir} the collector's data folder?`,
    );
  }
  return source;
}

/** Copies the collector's SQLite file in `dataDir` to `file` (default DATA_DIR/backups/feedback-<UTC time>.sqlite). */
export async function backUpSqlite(dataDir: string, file?: string): Promise<BackupResult> {
  const database = join(dataDir, DATABASE_FILE);
  const source = openSource(database, dataDir);
  let target: string | undefined;
  try {
    target = backupTarget(dataDir, file, 'sqlite');
    await source.backup(target, { progress: () => ALL_PAGES });
  } catch (error) {
    if (target) for (const path of [target, `${target}-wal`, `${target}-shm`]) if (existsSync(path)) unlinkSync(path);
    throw error;
  } finally {
    source.close();
  }
  const copy = new BetterSqlite3(target);
  try {
    copy.pragma('journal_mode = DELETE');
    const problems = copy.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
    const integrity = problems.map((p) => p.integrity_check).join('; ');
    if (integrity !== 'ok') throw new Error(`The copy ${target} failed PRAGMA integrity_check: ${integrity}`);
    const submissions = copy.prepare('SELECT count(*) FROM submissions').pluck().get() as number;
    return { from: `SQLite ${database}`, file: target, submissions, checked: 'PRAGMA integrity_check: ok' };
  } finally {
    copy.close();
    tightenDatabaseFiles(target);
  }
}
