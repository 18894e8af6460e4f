/**
 * Migration 7: erasing a patient's words (at their request, or when the practice's retention period has passed).
 * The row stays — its choices still count in results and a device retrying it is still told "stored" — but its body
 * is rewritten without the words and contact details (collector/patient-data/redact.ts), and these columns say when
 * and why. `body_hash` keeps the hash of what the device sent, so a retry of the original is a repeat, not a
 * conflict, and never brings the words back.
 *
 * An index on `received_at` lets retention find what has passed its period without reading every row.
 *
 * The audit trail may now lose rows only once they are older than its retention period: a trigger refuses deleting
 * a younger row on both engines (the period is `audit-retention-days` in staff_policy, six years when unset), as
 * the trigger of migration 3 refuses changing any row.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';

/** Six years (HIPAA keeps audit records six years), in days, leap days included. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 2192;

export function erasure(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('submissions').addColumn('erased_at', 'text').execute();
      await db.schema
        .alterTable('submissions')
        .addColumn('erased_reason', 'text', (c) => c.check(sql`erased_reason in ('patient-request', 'retention')`))
        .execute();
      await db.schema.createIndex('submissions_received_at').on('submissions').column('received_at').execute();

      const days = sql.lit(String(DEFAULT_AUDIT_RETENTION_DAYS));
      if (engine === 'sqlite') {
        await sql`create trigger audit_events_kept before delete on audit_events
          when old.at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || coalesce(
            (select value from staff_policy where name = 'audit-retention-days'), ${days}) || ' days')
          begin select raise(abort, 'audit events are kept for their retention period'); end`.execute(db);
      } else {
        await sql`create function audit_events_kept() returns trigger language plpgsql as $$
          begin
            if old.at > to_char((now() at time zone 'UTC') - make_interval(days => coalesce(
                (select value from staff_policy where name = 'audit-retention-days'), ${days})::int),
                'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') then
              raise exception 'audit events are kept for their retention period';
            end if;
            return old;
          end $$`.execute(db);
        await sql`create trigger audit_events_kept before delete on audit_events
          for each row execute function audit_events_kept()`.execute(db);
      }
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await sql`drop trigger if exists audit_events_kept${engine === 'postgres' ? sql` on audit_events` : sql``}`.execute(
        db,
      );
      if (engine === 'postgres') await sql`drop function if exists audit_events_kept()`.execute(db);
      await db.schema.dropIndex('submissions_received_at').execute();
      await db.schema.alterTable('submissions').dropColumn('erased_reason').execute();
      await db.schema.alterTable('submissions').dropColumn('erased_at').execute();
    },
  };
}
