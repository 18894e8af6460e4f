/**
 * Where `npm run backup` writes: the file named, or DATA_DIR/backups/feedback-<UTC time>.<ext> — the folder the
 * collector's own copies before migrations are kept in (0700), so an erasure reaches SQLite copies there too
 * (patient-data/backups.ts). The file is created empty and 0600 before anything is written into it (it holds
 * patients' words), and an existing file is never overwritten.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface BackupResult {
  /** The database copied, for the output: the SQLite file, or PostgreSQL server and database (never a password). */
  from: string;
  file: string;
  /** Submissions in the copy. */
  submissions: number;
  /** How the copy was checked. */
  checked: string;
}

/** 20261202T101500Z: sorts by time and is safe in a file name everywhere. */
export function backupStamp(date = new Date()): string {
  return date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** The default name in DATA_DIR/backups, `-2`, `-3`… added when two backups fall in one second. */
function defaultFile(dataDir: string, extension: string): string {
  const dir = join(dataDir, 'backups');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const base = join(dir, `feedback-${backupStamp()}`);
  let path = `${base}.${extension}`;
  for (let n = 2; existsSync(path); n += 1) path = `${base}-${n}.${extension}`;
  return path;
}

/** The backup's path, created empty and 0600; an error naming the problem when it exists or cannot be made. */
export function backupTarget(dataDir: string, file: string | undefined, extension: string): string {
  const path = file ? resolve(file) : defaultFile(dataDir, extension);
  if (!existsSync(dirname(path)))
    throw new Error(`Cannot write the backup to ${path}: ${dirname(path)} does not exist.`);
  try {
    closeSync(openSync(path, 'wx', 0o600));
  } catch (error) {
    const exists = (error as NodeJS.ErrnoException).code === 'EEXIST';
    throw new Error(
      exists
        ? `${path} already exists: name a new file (a backup never overwrites one).`
        : `Cannot write the backup to ${path}: ${(error as Error).message}`,
    );
  }
  return path;
}
