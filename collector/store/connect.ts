/**
 * Opening the database: SQLite at DATA_DIR/feedback.sqlite, or PostgreSQL when DATABASE_URL says so. Either way the
 * rest of the store sees one typed Kysely instance.
 *
 * SQLite durability: WAL journal with `synchronous = FULL`. In WAL mode NORMAL is already crash-safe for the
 * database file, but a power cut can lose the last transactions that were acknowledged. We answer 201 only after
 * the row is committed, and the device deletes its copy on that 201 — so a lost commit would be a lost patient
 * answer. FULL fsyncs the WAL on every commit: a few milliseconds per submission, which a practice never notices.
 * PostgreSQL's default (`synchronous_commit = on`) gives the same promise.
 */
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, sql, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { Database, Engine } from './schema.js';
import { describePostgres, postgresUrl, StoreSettingError } from './settings.js';
import { DATABASE_FILE, privateFile, privateFolder, tightenDatabaseFiles } from './sqlite-files.js';

export interface StoreSettings {
  /** DATABASE_URL; unset or empty: SQLite in dataDir. */
  databaseUrl?: string | undefined;
  /** DATA_DIR: the SQLite file and its backups (kept even with PostgreSQL, for other files). */
  dataDir: string;
  log?: ((line: string) => void) | undefined;
}

export interface Connection {
  db: Kysely<Database>;
  engine: Engine;
  /** For the start log: the file, or server and database (never a password). */
  location: string;
  /** SQLite only: the open file, for its online backup and its pragmas. */
  sqlite?: BetterSqlite3.Database;
  dataDir: string;
}

async function connectPostgres(url: URL, original: string, dataDir: string): Promise<Connection> {
  const where = describePostgres(url);
  // PostgreSQL's BIGINT (arrival order, counts) as a JS number: exact up to 2^53, far beyond any practice.
  const types = new pg.TypeOverrides();
  types.setTypeParser(pg.types.builtins.INT8, Number);
  const pool = new pg.Pool({ connectionString: original.trim(), max: 10, types });
  // An idle connection dropped by the server must not crash the collector; the pool opens a new one on demand.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    await sql`select 1`.execute(db);
  } catch (error) {
    await db.destroy();
    throw new StoreSettingError('DATABASE_URL', `DATABASE_URL: cannot use ${where}: ${(error as Error).message}`);
  }
  return { db, engine: 'postgres', location: where, dataDir };
}

/** Statements kept per SQL text: Kysely asks for one per query, and preparing it again costs more than the insert. */
const MAX_CACHED_STATEMENTS = 200;

function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(text: string) {
      let statement = cache.get(text);
      if (!statement) {
        statement = sqlite.prepare(text);
        if (cache.size < MAX_CACHED_STATEMENTS) cache.set(text, statement);
      }
      return statement;
    },
  };
}

function openSqlite(dataDir: string, log: (line: string) => void): Connection {
  const file = join(dataDir, DATABASE_FILE);
  let sqlite: BetterSqlite3.Database;
  try {
    privateFolder(dataDir, log);
    privateFile(file);
    sqlite = new BetterSqlite3(file);
  } catch (error) {
    throw new StoreSettingError(
      'DATA_DIR',
      `DATA_DIR: cannot keep the database in ${dataDir}: ${(error as Error).message}`,
    );
  }
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  // A staff export reading while a submission is written must wait, not fail.
  sqlite.pragma('busy_timeout = 5000');
  // As PostgreSQL does: a follow-up can only belong to a stored submission.
  sqlite.pragma('foreign_keys = ON');
  // Text that is erased (a patient's words) or deleted is overwritten in the file, not left in free space.
  sqlite.pragma('secure_delete = ON');
  tightenDatabaseFiles(file);
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return { db, engine: 'sqlite', location: `SQLite ${file}`, sqlite, dataDir };
}

export async function connect(settings: StoreSettings): Promise<Connection> {
  const dataDir = resolve(settings.dataDir);
  const url = postgresUrl(settings.databaseUrl);
  if (url) return connectPostgres(url, settings.databaseUrl ?? '', dataDir);
  return openSqlite(dataDir, settings.log ?? (() => undefined));
}
