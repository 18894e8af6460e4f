/**
 * Migration 13: cases with a history (issue 13). A what-went-wrong case moves new → seen → contacted → resolved, and
 * can be reopened; it has an assignee and, once resolved, an outcome (upheld, partly upheld, not upheld: what an
 * annual complaints return asks for).
 *
 * - `case_follow_up` is rebuilt (SQLite cannot widen a CHECK in place) with the two new statuses, `assignee` (an
 *   email) and `outcome`; its rows are kept. `note` stays: the latest note, as the older staff form wrote it.
 * - `case_events`: everything done to a case, in order — who, when, what (`status`, `assignee`, `note`, `outcome`)
 *   and the new value (a note's text). Never updated, except that erasing a patient's words empties the notes of
 *   their cases. A case's existing note becomes its first event, by "before the case history".
 */
import { sql, type Kysely, type Migration } from 'kysely';
import type { Engine } from '../schema.js';

export const BEFORE_HISTORY = 'before the case history';

export function caseHistory(engine: Engine): Migration {
  return {
    async up(db: Kysely<unknown>): Promise<void> {
      await db.schema
        .createTable('case_follow_up_next')
        .addColumn('submission_id', 'text', (c) => c.primaryKey().references('submissions.id'))
        .addColumn('status', 'text', (c) =>
          c.notNull().check(sql`status in ('new', 'seen', 'contacted', 'resolved', 'reopened')`),
        )
        .addColumn('note', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('assignee', 'text')
        .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('upheld', 'partly-upheld', 'not-upheld')`))
        .execute();
      await sql`insert into case_follow_up_next (submission_id, status, note, updated_at)
        select submission_id, status, note, updated_at from case_follow_up`.execute(db);
      await db.schema.dropTable('case_follow_up').execute();
      await db.schema.alterTable('case_follow_up_next').renameTo('case_follow_up').execute();

      await db.schema
        .createTable('case_events')
        .addColumn('id', engine === 'sqlite' ? 'integer' : 'bigint', (c) =>
          engine === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey().generatedAlwaysAsIdentity(),
        )
        .addColumn('submission_id', 'text', (c) => c.notNull().references('submissions.id'))
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('what', 'text', (c) => c.notNull().check(sql`what in ('status', 'assignee', 'note', 'outcome')`))
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('case_events_case').on('case_events').columns(['submission_id', 'id']).execute();
      await sql`insert into case_events (submission_id, at, actor, what, value)
        select submission_id, updated_at, ${BEFORE_HISTORY}, 'status', status from case_follow_up`.execute(db);
      await sql`insert into case_events (submission_id, at, actor, what, value)
        select submission_id, updated_at, ${BEFORE_HISTORY}, 'note', note from case_follow_up where note <> ''`.execute(
        db,
      );
    },

    async down(db: Kysely<unknown>): Promise<void> {
      await db.schema.dropIndex('case_events_case').execute();
      await db.schema.dropTable('case_events').execute();
      await sql`update case_follow_up set status = 'contacted' where status in ('seen', 'reopened')`.execute(db);
      await db.schema.alterTable('case_follow_up').dropColumn('assignee').execute();
      await db.schema.alterTable('case_follow_up').dropColumn('outcome').execute();
    },
  };
}
