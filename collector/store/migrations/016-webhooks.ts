/**
 * Migration 16: signed webhooks (issue 14; collector/webhooks/).
 *
 * - `webhook_endpoints`: where to send, the secret it is signed with (kept as it is: an HMAC key cannot be hashed)
 *   and, during a rotation, the previous secret and when it stops signing; the practices and event types it wants
 *   (JSON, NULL: every one); on or off, and why off (`answered 410 Gone`); who added it (`environment` for
 *   WEBHOOK_URL).
 * - `webhook_messages`: the durable queue, one row per event and endpoint. Its id (`msg_…`) is the `webhook-id` of
 *   every attempt, stored before the first, so a restart sends nothing under a new id. The body is stored exactly as
 *   signed. `event_key` (`submission:<id>`, `case:<id>`) is unique per endpoint: one event is never queued twice.
 *   `send_again` is 1 while an admin's "send again" waits for its attempt.
 * - `webhook_attempts`: the delivery log, one row per attempt.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';

export function webhooks(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('webhook_endpoints')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('secret', 'text', (c) => c.notNull())
        .addColumn('previous_secret', 'text')
        .addColumn('previous_secret_until', 'text')
        .addColumn('practices', 'text')
        .addColumn('event_types', 'text')
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('disabled_reason', 'text')
        .addColumn('set_by', 'text', (c) => c.notNull().check(sql`set_by in ('environment', 'api')`))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('webhook_messages')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoints.id'))
        .addColumn('event_type', 'text', (c) => c.notNull())
        .addColumn('event_key', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('pending')
            .check(sql`status in ('pending', 'delivered', 'failed', 'stopped')`),
        )
        .addColumn('last_status_code', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('send_again', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema
        .createIndex('webhook_messages_event')
        .on('webhook_messages')
        .columns(['endpoint_id', 'event_key'])
        .unique()
        .execute();
      // The sender's question, "what is due?", reads only pending rows in the order they fall due.
      await db.schema
        .createIndex('webhook_messages_due')
        .on('webhook_messages')
        .columns(['status', 'next_attempt_at'])
        .execute();
      await db.schema
        .createIndex('webhook_messages_log')
        .on('webhook_messages')
        .columns(['endpoint_id', 'created_at', 'id'])
        .execute();
      await db.schema
        .createTable('webhook_attempts')
        .addColumn('id', engine === 'sqlite' ? 'integer' : 'bigint', (c) =>
          engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
        )
        .addColumn('message_id', 'text', (c) => c.notNull().references('webhook_messages.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('error', 'text')
        .addColumn('duration_ms', 'integer', (c) => c.notNull())
        .addColumn('trigger', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('webhook_attempts_message')
        .on('webhook_attempts')
        .columns(['message_id', 'id'])
        .execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropTable('webhook_attempts').execute();
      await db.schema.dropTable('webhook_messages').execute();
      await db.schema.dropTable('webhook_endpoints').execute();
    },
  };
}
