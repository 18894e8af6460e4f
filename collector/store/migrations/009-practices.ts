/**
 * Migration 9: practices and their locations as records, so one deployment serves a group (collector/practices/).
 *
 * - `practices`: each with its id (the `<id>` of `POST /api/feedback/p/<id>`), name, time zone, follow-up promise and
 *   the websites allowed to post to it. One practice exists from the start: `default`, whose endpoint is
 *   `/api/feedback`, in the time zone this computer ran in (which is how dates were read before).
 * - `locations`: the places a practice's submissions come from (`front-desk-tablet`); a submission naming a location
 *   its practice does not list is kept and flagged.
 * - `submissions.practice_id` (every existing row is the default practice's), `location` (as sent, for filters) and
 *   `unknown_location` (1 when the practice lists locations and this is not one of them).
 * - Staff accounts and API tokens see every practice (`every_practice` = 1, as before this migration) or only those
 *   listed in `staff_account_practices` / `api_token_practices`. A scoped account whose list is empty sees nothing.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';

export const DEFAULT_PRACTICE = 'default';

/** The zone dates were read in before practices had one: this computer's (TZ). */
function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function practices(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('practices')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('time_zone', 'text', (c) => c.notNull())
        .addColumn('promise', 'text')
        .addColumn('origins', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('locations')
        .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
        .addColumn('id', 'text', (c) => c.notNull())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('locations_pk', ['practice_id', 'id'])
        .execute();
      const now = new Date().toISOString();
      await sql`insert into practices (id, name, time_zone, promise, origins, created_at, updated_at)
        values (${DEFAULT_PRACTICE}, 'Our practice', ${localTimeZone()}, null, '[]', ${now}, ${now})`.execute(db);

      await db.schema
        .alterTable('submissions')
        .addColumn('practice_id', 'text', (c) => c.notNull().defaultTo(DEFAULT_PRACTICE))
        .execute();
      await db.schema.alterTable('submissions').addColumn('location', 'text').execute();
      await db.schema
        .alterTable('submissions')
        .addColumn('unknown_location', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      const location = engine === 'sqlite' ? sql`json_extract(body, '$.location')` : sql`(body::jsonb ->> 'location')`;
      await sql`update submissions set location = ${location}`.execute(db);
      await db.schema
        .createIndex('submissions_practice_seq')
        .on('submissions')
        .columns(['practice_id', 'seq'])
        .execute();

      for (const [table, owner, ownerTable] of [
        ['staff_account_practices', 'account_id', 'staff_accounts'],
        ['api_token_practices', 'token_id', 'api_tokens'],
      ] as const) {
        await db.schema
          .alterTable(ownerTable)
          .addColumn('every_practice', 'integer', (c) => c.notNull().defaultTo(1))
          .execute();
        await db.schema
          .createTable(table)
          .addColumn(owner, 'text', (c) => c.notNull().references(`${ownerTable}.id`))
          .addColumn('practice_id', 'text', (c) => c.notNull().references('practices.id'))
          .addPrimaryKeyConstraint(`${table}_pk`, [owner, 'practice_id'])
          .execute();
      }
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('api_token_practices').execute();
      await db.schema.dropTable('staff_account_practices').execute();
      await db.schema.alterTable('api_tokens').dropColumn('every_practice').execute();
      await db.schema.alterTable('staff_accounts').dropColumn('every_practice').execute();
      await db.schema.dropIndex('submissions_practice_seq').execute();
      await db.schema.alterTable('submissions').dropColumn('unknown_location').execute();
      await db.schema.alterTable('submissions').dropColumn('location').execute();
      await db.schema.alterTable('submissions').dropColumn('practice_id').execute();
      await db.schema.dropTable('locations').execute();
      await db.schema.dropTable('practices').execute();
    },
  };
}
