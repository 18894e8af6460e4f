/**
 * The numbered migrations: applied once, in order, each with a way back; a SQLite file that already has numbered
 * migrations is backed up before the next one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, NO_MIGRATIONS, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { migrationProvider, migrations } from '../../../collector/store/migrations/index.js';
import { openStore } from '../../../collector/store/index.js';
import { engines } from '../engines.js';
import { firstImpression } from '../helpers.js';

function rawDb(settings: { dataDir: string; databaseUrl?: string | undefined }): Kysely<unknown> {
  if (settings.databaseUrl) {
    return new Kysely({
      dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: settings.databaseUrl }) }),
    });
  }
  return new Kysely({
    dialect: new SqliteDialect({ database: new BetterSqlite3(join(settings.dataDir, 'feedback.sqlite')) }),
  });
}

describe.each(engines)('migrations on $name', (engine) => {
  describe.skipIf(engine.skip !== undefined)('', () => {
    it('are applied once at start, in name order, and recorded', async () => {
      const database = await engine.newDatabase();
      const logs: string[] = [];
      const store = await openStore({ ...database.settings, log: (l) => logs.push(l) });
      await store.close();
      const names = Object.keys(migrations(engine.name));
      expect(names).toEqual([...names].sort());
      expect(logs.find((l) => /migrations applied/.test(l))).toContain(names.join(', '));
      const db = rawDb(database.settings);
      try {
        const state = await new Migrator({ db, provider: migrationProvider(engine.name) }).getMigrations();
        expect(state.map((m) => [m.name, m.executedAt instanceof Date])).toEqual(names.map((n) => [n, true]));
      } finally {
        await db.destroy();
        await database.remove();
      }
    });

    it('go all the way down and up again, and the store works after', async () => {
      const database = await engine.newDatabase();
      const store = await openStore({ ...database.settings, log: () => undefined });
      await store.close();
      const db = rawDb(database.settings);
      try {
        const migrator = new Migrator({ db, provider: migrationProvider(engine.name) });
        const down = await migrator.migrateTo(NO_MIGRATIONS);
        expect(down.error).toBeUndefined();
        expect(down.results?.map((r) => [r.migrationName, r.direction, r.status])).toEqual(
          Object.keys(migrations(engine.name))
            .reverse()
            .map((n) => [n, 'Down', 'Success']),
        );
        const tables = (await db.introspection.getTables()).map((t) => t.name);
        expect(tables.filter((t) => !t.startsWith('kysely_'))).toEqual([]);
      } finally {
        await db.destroy();
      }
      const again = await openStore({ ...database.settings, log: () => undefined });
      try {
        expect((await again.save(firstImpression() as { id: string; kind: string })).outcome).toBe('stored');
        expect(await again.count()).toBe(1);
      } finally {
        await again.close();
        await database.remove();
      }
    });

    if (engine.name === 'sqlite') {
      it('take a backup of a numbered file before a pending migration, named after it', async () => {
        const last = Object.keys(migrations('sqlite')).at(-1) ?? '';
        const database = await engine.newDatabase();
        const store = await openStore({ ...database.settings, log: () => undefined });
        await store.save(firstImpression() as { id: string; kind: string });
        await store.close();
        const db = rawDb(database.settings);
        await new Migrator({ db, provider: migrationProvider('sqlite') }).migrateDown();
        await db.destroy();
        const logs: string[] = [];
        const reopened = await openStore({ ...database.settings, log: (l) => logs.push(l) });
        try {
          expect(await reopened.count()).toBe(1);
          const backups = readdirSync(join(database.settings.dataDir, 'backups'));
          expect(backups).toEqual([
            expect.stringMatching(new RegExp(`^feedback-\\d{8}T\\d{6}Z-before-${last}\\.sqlite$`)),
          ]);
          expect(
            logs.some((l) => l.startsWith('Backed up the database to ') && l.endsWith(`before migration ${last}.`)),
          ).toBe(true);
        } finally {
          await reopened.close();
          await database.remove();
        }
      });
    }
  });
});
