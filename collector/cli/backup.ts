/**
 * `npm run backup -- [<file>]`: a copy of the collector's database, made while the collector runs (README, "Running
 * for a group of practices"). SQLite (DATA_DIR/feedback.sqlite): an online copy, checked with PRAGMA
 * integrity_check. PostgreSQL (DATABASE_URL): `pg_dump --format=custom` when pg_dump is on PATH, otherwise the
 * command to run is printed. Default file: DATA_DIR/backups/feedback-<UTC time>.sqlite (or .dump), 0600.
 *
 * The path of the copy is printed alone on the last line of standard output, for scripts.
 * Exit status: 0 backed up · 1 not backed up (no database, a setting wrong, no pg_dump, a failed copy) · 2 misuse.
 */
import { parseArgs } from 'node:util';
import { readSettings, SettingsError } from '../settings.js';
import { backUpPostgres, onPath, pgDumpCommand } from '../store/backup-postgres.js';
import { backUpSqlite } from '../store/backup-sqlite.js';
import { postgresUrl, StoreSettingError } from '../store/settings.js';

const USAGE = `A backup of the patient-feedback collector's database, while the collector runs.

  npm run backup                 to DATA_DIR/backups/feedback-<UTC time>.sqlite (PostgreSQL: .dump)
  npm run backup -- <file>       to that file (never overwritten)

SQLite (DATA_DIR/feedback.sqlite, default ./data): an online copy, checked with PRAGMA integrity_check.
PostgreSQL (DATABASE_URL): pg_dump --format=custom, which must be on PATH (restore with pg_restore).
Restore: README.md, "Backups and restore".`;

class UsageError extends Error {}

const submissions = (n: number) => `${n} submission${n === 1 ? '' : 's'}`;
const say = (line: string) => process.stdout.write(`${line}\n`);
const note = (line: string) => process.stderr.write(`${line}\n`);

function parse(argv: string[]): { file: string | undefined; help: boolean } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      options: { help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
    });
    if (positionals.length > 1) throw new UsageError(`One file at most (got ${positionals.length}).`);
    return { file: positionals[0], help: values.help === true };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message.replace(/\. To specify a positional.*$/s, '.'));
  }
}

async function main(argv: string[]): Promise<number> {
  const { file, help } = parse(argv);
  if (help) {
    say(USAGE);
    return 0;
  }
  const settings = readSettings(process.env);
  const url = postgresUrl(settings.databaseUrl);
  if (url) {
    const pgDump = onPath('pg_dump');
    if (!pgDump) {
      note("pg_dump is not on PATH here, so nothing was backed up. Install PostgreSQL's client programs of the");
      note("server's major version or newer (Debian: apt-get install postgresql-client), or run it where they are:");
      note(`  ${pgDumpCommand()}`);
      return 1;
    }
    const result = await backUpPostgres(url, settings.dataDir, pgDump, file);
    say(`Backed up ${result.from} with ${pgDump}: ${submissions(result.submissions)}; ${result.checked}.`);
    say(result.file);
    return 0;
  }
  const result = await backUpSqlite(settings.dataDir, file);
  say(`Backed up ${result.from}: ${submissions(result.submissions)}; ${result.checked}.`);
  say(result.file);
  return 0;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      note(`${error.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    const known = error instanceof SettingsError || error instanceof StoreSettingError;
    note(known ? (error as Error).message : `Not backed up: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
