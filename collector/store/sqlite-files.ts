/**
 * The SQLite files hold patients' words and phone numbers: the folder is 0700 and every file in it 0600 (the
 * database, its -wal and -shm, and backups). SQLite gives -wal and -shm the mode of the database file, so creating
 * that file 0600 before SQLite opens it is what keeps them private; files left by older versions are tightened.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

export const DATABASE_FILE = 'feedback.sqlite';
const PRIVATE_DIR = 0o700;
const PRIVATE_FILE = 0o600;

/** Only the collector's own files: a folder holding anything else is not ours to tighten. */
function onlyOurFiles(dir: string): boolean {
  return readdirSync(dir).every((name) => name.startsWith(DATABASE_FILE) || name === 'backups');
}

/** Create the folder 0700, or tighten one an older version left open to others; never a folder we share. */
export function privateFolder(dir: string, log: (line: string) => void): void {
  if (!existsSync(dir)) {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
    return;
  }
  const mode = statSync(dir).mode & 0o777;
  if ((mode & 0o077) === 0) return;
  if (onlyOurFiles(dir)) {
    chmodSync(dir, PRIVATE_DIR);
    log(`Data folder ${dir} was readable by other users (${mode.toString(8)}): now 700.`);
  } else {
    log(`Data folder ${dir} is readable by other users (${mode.toString(8)}) and holds other files: left as it is.`);
  }
}

/** An empty file created 0600 (SQLite treats it as an empty database), or an existing one made 0600. */
export function privateFile(path: string): void {
  if (existsSync(path)) {
    if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, PRIVATE_FILE);
    return;
  }
  closeSync(openSync(path, 'wx', PRIVATE_FILE));
}

/** The database and whatever journal files exist beside it. */
export function tightenDatabaseFiles(file: string): void {
  for (const path of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(path)) privateFile(path);
}

/** 20261202T101500Z: sorts by time and is safe in a file name everywhere. */
function stamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/**
 * An online copy of the whole database (better-sqlite3's backup: consistent even while it is written to) in
 * DATA_DIR/backups, taken before a migration changes the file. Returns the backup's path.
 */
export async function backUp(
  sqlite: BetterSqlite3.Database,
  dataDir: string,
  beforeMigration: string,
): Promise<string> {
  const dir = join(dataDir, 'backups');
  // The collector's own folder: always made private, whatever an older copy or an admin's tool left.
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
  chmodSync(dir, PRIVATE_DIR);
  const base = `feedback-${stamp(new Date())}-before-${beforeMigration}`;
  let path = join(dir, `${base}.sqlite`);
  for (let n = 2; existsSync(path); n += 1) path = join(dir, `${base}-${n}.sqlite`);
  privateFile(path);
  await sqlite.backup(path);
  // One self-contained file: a copy left in WAL mode would grow -wal and -shm beside it whenever it is opened.
  const copy = new BetterSqlite3(path);
  copy.pragma('journal_mode = DELETE');
  copy.close();
  tightenDatabaseFiles(path);
  return path;
}
