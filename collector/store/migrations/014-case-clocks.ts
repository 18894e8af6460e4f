/**
 * Migration 14: cases on the clock (issue 13, stage 2).
 *
 * - `practices` gains its clocks: `promise_days` (working days to first contact a patient who asked to be
 *   contacted; NULL: no promise clock), `complaint_rule` (JSON `{ id, stages }`: the statutory rule a formal complaint
 *   runs on, as the practice edited it; NULL: the England preset) and `holidays` (JSON array of `YYYY-MM-DD`).
 * - `case_follow_up` gains a formal complaint's facts — `formal_on` (the day it counts from; NULL: not a formal
 *   complaint), `complaint_stage`, `stage_started_on`, `acknowledged_at`, `responded_at`, `agreed_response_by` — and
 *   `first_contacted_at`; `contactable` (the patient gave a way to reach them and agreed: what first-contact figures
 *   count, without reading every case's words); and `due_at`, the case's next deadline while one runs (`NO_DUE` when none: what the Cases
 *   screen sorts and filters by, kept true by every change to the case or to its practice's clocks), indexed.
 * - `case_events` accepts the new kinds of event (formal, stage, acknowledged, responded, agreed): SQLite cannot widen
 *   a CHECK in place, so its table is rebuilt with its rows and ids; PostgreSQL swaps the constraint.
 * - A case that reached Contacted before this migration gets its first contact from its history.
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';
import { isContactableJson } from '../../cases/contact.js';

/** `due_at` of a case with no deadline running: after every deadline (ISO times compare as text in any collation). */
export const NO_DUE = '9999-12-31T23:59:59.999Z';

const EVENT_KINDS = sql`what in ('status', 'assignee', 'note', 'outcome', 'formal', 'stage', 'acknowledged', 'responded', 'agreed')`;
const OLD_KINDS = sql`what in ('status', 'assignee', 'note', 'outcome')`;

async function rebuildEvents(db: Kysely<unknown>, kinds: typeof EVENT_KINDS): Promise<void> {
  await db.schema
    .createTable('case_events_next')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('what', 'text', (c) => c.notNull().check(kinds))
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into case_events_next (id, submission_id, at, actor, what, value)
    select id, submission_id, at, actor, what, value from case_events`.execute(db);
  await db.schema.dropIndex('case_events_case').execute();
  await db.schema.dropTable('case_events').execute();
  await db.schema.alterTable('case_events_next').renameTo('case_events').execute();
  await db.schema.createIndex('case_events_case').on('case_events').columns(['submission_id', 'id']).execute();
}

export function caseClocks(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema.alterTable('practices').addColumn('promise_days', 'integer').execute();
      await db.schema.alterTable('practices').addColumn('complaint_rule', 'text').execute();
      await db.schema
        .alterTable('practices')
        .addColumn('holidays', 'text', (c) => c.notNull().defaultTo('[]'))
        .execute();

      for (const column of [
        'formal_on',
        'stage_started_on',
        'acknowledged_at',
        'responded_at',
        'agreed_response_by',
        'first_contacted_at',
      ]) {
        await db.schema.alterTable('case_follow_up').addColumn(column, 'text').execute();
      }
      await db.schema
        .alterTable('case_follow_up')
        .addColumn('due_at', 'text', (c) => c.notNull().defaultTo(NO_DUE))
        .execute();
      await db.schema
        .alterTable('case_follow_up')
        .addColumn('contactable', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      // The cases already followed up: whether their patient asked to be contacted, from what they sent.
      const { rows } = await sql<{ id: string; body: string }>`select f.submission_id as id, s.body
        from case_follow_up f join submissions s on s.id = f.submission_id`.execute(db);
      const reachable = rows.filter((r) => isContactableJson(r.body)).map((r) => r.id);
      for (let i = 0; i < reachable.length; i += 500) {
        const ids = reachable.slice(i, i + 500);
        await sql`update case_follow_up set contactable = 1 where submission_id in (${sql.join(ids)})`.execute(db);
      }
      await db.schema
        .alterTable('case_follow_up')
        .addColumn('complaint_stage', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('case_follow_up_due').on('case_follow_up').column('due_at').execute();
      await sql`update case_follow_up set first_contacted_at = (
          select min(e.at) from case_events e
          where e.submission_id = case_follow_up.submission_id and e.what = 'status' and e.value = 'contacted')`.execute(
        db,
      );

      if (engine === 'sqlite') await rebuildEvents(db, EVENT_KINDS);
      else {
        await sql`alter table case_events drop constraint if exists case_events_what_check`.execute(db);
        await sql`alter table case_events add constraint case_events_what_check check (${EVENT_KINDS})`.execute(db);
      }
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await sql`delete from case_events where not (${OLD_KINDS})`.execute(db);
      if (engine === 'sqlite') await rebuildEvents(db, OLD_KINDS);
      else {
        await sql`alter table case_events drop constraint if exists case_events_what_check`.execute(db);
        await sql`alter table case_events add constraint case_events_what_check check (${OLD_KINDS})`.execute(db);
      }
      await db.schema.dropIndex('case_follow_up_due').execute();
      for (const column of [
        'formal_on',
        'complaint_stage',
        'stage_started_on',
        'acknowledged_at',
        'responded_at',
        'agreed_response_by',
        'first_contacted_at',
        'due_at',
        'contactable',
      ]) {
        await db.schema.alterTable('case_follow_up').dropColumn(column).execute();
      }
      for (const column of ['promise_days', 'complaint_rule', 'holidays']) {
        await db.schema.alterTable('practices').dropColumn(column).execute();
      }
    },
  };
}
