/**
 * Migration 17: alerts, digests and the e-mail outbox (issue 14; collector/alerts/, tables in alerts/tables.ts).
 *
 * - `alert_rules`: what raises an alert, for which practice (NULL: every one), who is told by e-mail, whether a
 *   webhook goes too, whether the e-mail may carry the patient's words (off by default).
 * - `alerts`: one per rule and `dedupe_key` (unique), so a catch-up after a crash or two processes never raise one
 *   twice; `notified_at` NULL until its e-mails and webhook are queued. `alert_comments`: staff's comments.
 * - `practice_digests`: a practice's daily or weekly digest, at a local time.
 * - `mail_outbox`: the durable e-mail queue, one row per message and address (`mail_key` unique).
 */
import { sql, type ColumnDefinitionBuilder, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';

export function alerts(engine: Engine): Migration {
  const serial = (c: ColumnDefinitionBuilder) =>
    engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity();
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('alert_rules')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('practice_id', 'text')
        .addColumn('settings', 'text', (c) => c.notNull())
        .addColumn('email_to', 'text', (c) => c.notNull())
        .addColumn('webhook', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('include_words', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('created_by', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('alerts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('rule_id', 'text', (c) => c.notNull().references('alert_rules.id'))
        .addColumn('practice_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('dedupe_key', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('open')
            .check(sql`status in ('open', 'acknowledged', 'closed')`),
        )
        .addColumn('facts', 'text', (c) => c.notNull())
        .addColumn('submission_id', 'text')
        .addColumn('tablet_id', 'text')
        .addColumn('triggered_at', 'text', (c) => c.notNull())
        .addColumn('acknowledged_at', 'text')
        .addColumn('acknowledged_by', 'text')
        .addColumn('closed_at', 'text')
        .addColumn('closed_by', 'text')
        .addColumn('notified_at', 'text')
        .execute();
      await db.schema.createIndex('alerts_once').on('alerts').columns(['rule_id', 'dedupe_key']).unique().execute();
      await db.schema.createIndex('alerts_list').on('alerts').columns(['status', 'triggered_at', 'id']).execute();
      await db.schema.createIndex('alerts_practice').on('alerts').columns(['practice_id', 'triggered_at']).execute();
      await db.schema.createIndex('alerts_unnotified').on('alerts').columns(['notified_at']).execute();
      await db.schema
        .createTable('alert_comments')
        .addColumn('id', engine === 'sqlite' ? 'integer' : 'bigint', serial)
        .addColumn('alert_id', 'text', (c) => c.notNull().references('alerts.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('by', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('alert_comments_alert').on('alert_comments').columns(['alert_id', 'id']).execute();
      await db.schema
        .createTable('practice_digests')
        .addColumn('practice_id', 'text', (c) => c.primaryKey())
        .addColumn('frequency', 'text', (c) => c.notNull().check(sql`frequency in ('off', 'daily', 'weekly')`))
        .addColumn('time', 'text', (c) => c.notNull())
        .addColumn('weekday', 'integer', (c) => c.notNull())
        .addColumn('email_to', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('mail_outbox')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('mail_key', 'text', (c) => c.notNull().unique())
        .addColumn('to_address', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('text_body', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('status', 'text', (c) =>
          c
            .notNull()
            .defaultTo('pending')
            .check(sql`status in ('pending', 'sent', 'failed')`),
        )
        .addColumn('last_error', 'text')
        .addColumn('sent_at', 'text')
        .execute();
      await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();
    },

    async down(db: Kysely<unknown>): Promise<void> {
      for (const table of ['mail_outbox', 'practice_digests', 'alert_comments', 'alerts', 'alert_rules']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
