/**
 * Migration 3: a sign-in of their own for each person (staff_accounts), API tokens for scripts (api_tokens), and the
 * audit trail (audit_events) that answers "who looked at this, who changed that, and when".
 *
 * Emails are kept in lower case, so the unique index makes them unique whatever case they were typed in. A token's
 * name is unique among tokens not revoked (a revoked name may be used again; its old rows stay for the audit).
 * Audit rows can be added, never changed: a trigger refuses any UPDATE on both engines.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';

export function staffAccounts(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('staff_accounts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'staff')`))
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('disabled_at', 'text')
        .execute();

      await db.schema
        .createTable('api_tokens')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('role', 'text', (c) => c.notNull().check(sql`role in ('admin', 'staff')`))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .addColumn('last_used_at', 'text')
        .execute();
      await db.schema
        .createIndex('api_tokens_live_name')
        .unique()
        .on('api_tokens')
        .column('name')
        .where(sql.ref('revoked_at'), 'is', null)
        .execute();

      await db.schema
        .createTable('audit_events')
        .addColumn('seq', engine === 'sqlite' ? 'integer' : 'bigint', (c) =>
          engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('target', 'text')
        .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
        .addColumn('address', 'text')
        .execute();
      await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute();
      await db.schema.createIndex('audit_events_target').on('audit_events').columns(['target', 'seq']).execute();

      if (engine === 'sqlite') {
        await sql`create trigger audit_events_append_only before update on audit_events
          begin select raise(abort, 'audit events are append-only'); end`.execute(db);
      } else {
        await sql`create function audit_events_append_only() returns trigger language plpgsql as $$
          begin raise exception 'audit events are append-only'; end $$`.execute(db);
        await sql`create trigger audit_events_append_only before update on audit_events
          for each row execute function audit_events_append_only()`.execute(db);
      }
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('audit_events').execute();
      if (engine === 'postgres') await sql`drop function if exists audit_events_append_only()`.execute(db);
      await db.schema.dropTable('api_tokens').execute();
      await db.schema.dropTable('staff_accounts').execute();
    },
  };
}
