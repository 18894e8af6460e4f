/**
 * The two engines the store runs on, for `describe.each(engines)`: every behaviour test runs on SQLite and on a real
 * PostgreSQL (postgres-server.ts). Each database is new: a temp DATA_DIR, and on PostgreSQL a database of its own.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Engine, StoreSettings } from '../../collector/store/index.js';

export interface TestDatabase {
  /** DATA_DIR and, on PostgreSQL, DATABASE_URL: what the collector would read from its environment. */
  settings: StoreSettings & { dataDir: string };
  remove(): Promise<void>;
}

export interface TestEngine {
  name: Engine;
  /** Why this engine's tests cannot run here; undefined when they can. */
  skip: string | undefined;
  newDatabase(): Promise<TestDatabase>;
}

async function admin<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const sqlite: TestEngine = {
  name: 'sqlite',
  skip: undefined,
  newDatabase() {
    const dataDir = join(mkdtempSync(join(tmpdir(), 'pf-store-')), 'data');
    return Promise.resolve({
      settings: { dataDir },
      remove: () => Promise.resolve(rmSync(join(dataDir, '..'), { recursive: true, force: true })),
    });
  },
};

const serverUrl = inject('postgresUrl');

const postgres: TestEngine = {
  name: 'postgres',
  skip: serverUrl ? undefined : inject('postgresSkipReason'),
  async newDatabase() {
    const name = `pf_test_${randomBytes(6).toString('hex')}`;
    await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const dataDir = join(mkdtempSync(join(tmpdir(), 'pf-store-')), 'data');
    return {
      settings: { dataDir, databaseUrl: url.toString() },
      remove: async () => {
        await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
        rmSync(join(dataDir, '..'), { recursive: true, force: true });
      },
    };
  },
};

export const engines: TestEngine[] = [sqlite, postgres];
