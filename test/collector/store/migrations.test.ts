/**
 * The numbered migrations: applied once, in order, each with a way back; a SQLite file that already has numbered
 * migrations is backed up before the next one.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, Migrator, NO_MIGRATIONS, PostgresDialect, SqliteDialect, sql } from 'kysely';
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

    it('014 keeps the case history and ids, reads first contacts from it, and takes the new kinds of event', async () => {
      const database = await engine.newDatabase();
      const store = await openStore({ ...database.settings, log: () => undefined });
      await store.close();
      const db = rawDb(database.settings);
      try {
        const migrator = new Migrator({ db, provider: migrationProvider(engine.name) });
        expect((await migrator.migrateTo('013-case-history')).error).toBeUndefined();
        // PostgreSQL numbers arrivals itself; SQLite's insert gives the number.
        const seq = engine.name === 'sqlite' ? sql`, seq` : sql``;
        const one = engine.name === 'sqlite' ? sql`, 1` : sql``;
        await sql`insert into submissions (id, kind, body, body_hash, received_at${seq})
          values ('c1', 'what-went-wrong', '{}', 'h', '2026-11-02T09:00:00.000Z'${one})`.execute(db);
        await sql`insert into case_follow_up (submission_id, status, note, updated_at)
          values ('c1', 'contacted', '', '2026-11-04T10:00:00.000Z')`.execute(db);
        await sql`insert into case_events (submission_id, at, actor, what, value) values
          ('c1', '2026-11-02T10:00:00.000Z', 'ann', 'status', 'seen'),
          ('c1', '2026-11-03T10:00:00.000Z', 'ann', 'status', 'contacted'),
          ('c1', '2026-11-04T10:00:00.000Z', 'ann', 'status', 'contacted')`.execute(db);
        expect((await migrator.migrateToLatest()).error).toBeUndefined();
        const { rows } = await sql<{ first_contacted_at: string; due_at: string; complaint_stage: number }>`
          select first_contacted_at, due_at, complaint_stage from case_follow_up`.execute(db);
        expect(rows).toEqual([
          { first_contacted_at: '2026-11-03T10:00:00.000Z', due_at: '9999-12-31T23:59:59.999Z', complaint_stage: 0 },
        ]);
        const events = await sql<{ id: number; value: string }>`select id, value from case_events order by id`.execute(
          db,
        );
        expect(events.rows.map((e) => [Number(e.id), e.value])).toEqual([
          [1, 'seen'],
          [2, 'contacted'],
          [3, 'contacted'],
        ]);
        await sql`insert into case_events (submission_id, at, actor, what, value)
          values ('c1', '2026-11-05T10:00:00.000Z', 'ann', 'acknowledged', '')`.execute(db);
        await expect(
          sql`insert into case_events (submission_id, at, actor, what, value)
            values ('c1', '2026-11-05T10:00:00.000Z', 'ann', 'deleted', '')`.execute(db),
        ).rejects.toThrow();
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
