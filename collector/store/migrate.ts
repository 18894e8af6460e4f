/**
 * Bringing a database up to the schema this collector needs, at start: the numbered migrations in ./migrations,
 * each applied once and recorded. SQLite files from before numbered migrations (PRAGMA user_version 1 or 2, no
 * migration table) are adopted by migration 1. Before an existing SQLite file is changed, a backup is taken.
 */
import { Migrator } from 'kysely';
import type { Connection } from './connect.js';
import { migrationProvider } from './migrations/index.js';
import { backUp } from './sqlite-files.js';

/** The last `user_version` the collector wrote before numbered migrations. */
const LAST_UNNUMBERED_VERSION = 2;

/** Whether the SQLite file already holds tables, and from which unnumbered schema version. */
function sqliteState(connection: Connection): { hasTables: boolean; numbered: boolean; userVersion: number } {
  const sqlite = connection.sqlite;
  if (!sqlite) return { hasTables: false, numbered: true, userVersion: 0 };
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .pluck()
    .all() as string[];
  return {
    hasTables: tables.length > 0,
    numbered: tables.includes('kysely_migration'),
    userVersion: sqlite.pragma('user_version', { simple: true }) as number,
  };
}

export async function migrate(connection: Connection, log: (line: string) => void): Promise<string[]> {
  const migrator = new Migrator({ db: connection.db, provider: migrationProvider(connection.engine) });
  const pending = (await migrator.getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
  if (pending.length === 0) return [];

  const state = sqliteState(connection);
  if (connection.sqlite && state.hasTables) {
    if (!state.numbered) {
      if (state.userVersion > LAST_UNNUMBERED_VERSION) {
        throw new Error(
          `${connection.location} has schema version ${state.userVersion}, which this collector does not know: ` +
            'run the collector version that wrote it, or restore a backup.',
        );
      }
      log(`Adopting a database from before numbered migrations (schema version ${state.userVersion}).`);
    }
    const backup = await backUp(connection.sqlite, connection.dataDir, pending[0] ?? 'migration');
    log(`Backed up the database to ${backup} before migration ${pending.join(', ')}.`);
  }

  const { error, results = [] } = await migrator.migrateToLatest();
  const failed = results.find((r) => r.status === 'Error');
  if (error || failed) {
    const name = failed?.migrationName ?? pending[0];
    const cause: unknown = error;
    const reason = cause instanceof Error ? cause.message : 'unknown error';
    throw new Error(`Database migration ${name} failed on ${connection.location}: ${reason}. Nothing was changed.`);
  }
  const applied = results.filter((r) => r.status === 'Success').map((r) => r.migrationName);
  if (applied.length) log(`Database migrations applied on ${connection.location}: ${applied.join(', ')}.`);
  return applied;
}
