/**
 * Migration 18: waiting-room tablets as known devices (issue 14; collector/tablets/).
 *
 * - `tablets`: one row per tablet set up from the console — its practice and location, what staff call it, the
 *   SHA-256 of its device token (`pfd_…`, shown once in its setup link; accounts/secrets.ts, like API tokens), who
 *   set it up and when, who retired it and when (a retired tablet's token stops working), and its last health report
 *   (when, app version, waiting and undeliverable counts, storage persisted, battery level 0–1 and charging).
 *   Booleans are 0/1 on both engines; NULL: not told.
 * - `practices.opening_hours`: JSON `{ "mon": [["08:00", "18:00"]], … }` in the practice's time zone; NULL: the
 *   default, Monday to Friday 08:00–18:00 (src/core/tablets-api.ts).
 */
import type { Kysely, Migration } from 'kysely';
import type { Engine } from '../schema.js';

export function tablets(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('tablets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
        .addColumn('location', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('retired_at', 'text')
        .addColumn('retired_by', 'text')
        .addColumn('last_seen_at', 'text')
        .addColumn('app_version', 'text')
        .addColumn('waiting', 'integer')
        .addColumn('undeliverable', 'integer')
        .addColumn('storage_persisted', 'integer')
        .addColumn('battery_level', engine === 'sqlite' ? 'real' : 'double precision')
        .addColumn('battery_charging', 'integer')
        .execute();
      await db.schema.createIndex('tablets_practice').on('tablets').columns(['practice_id', 'name']).execute();
      await db.schema.alterTable('practices').addColumn('opening_hours', 'text').execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('practices').dropColumn('opening_hours').execute();
      await db.schema.dropTable('tablets').execute();
    },
  };
}
