/**
 * Keeping each case's next deadline (`case_follow_up.due_at`, migration 014) true, so the Cases screen can sort and
 * filter by it in SQL: a case staff change is kept by its own transaction (case-files.ts); here are the two other
 * ways it moves. A case nobody has touched yet has no row: `open` gives every such case one (status new, its promise
 * clock from its arrival), before any read that sorts by deadline. A practice's clocks changing (promise days, rule,
 * holidays) moves the deadlines of its open cases: `recompute`.
 */
import type { Kysely } from 'kysely';
import { caseClocks } from '../cases/case-clocks.js';
import type { ClockRules } from '../cases/clock-settings.js';
import { isContactable } from '../cases/contact.js';
import { CASE_COLUMNS, NEW_CASE, caseState } from './inbox-rows.js';
import type { Database } from './schema.js';

const CHUNK = 500;

const bodyOf = (json: string): Record<string, unknown> => {
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
};

export class CaseClocks {
  constructor(private readonly db: Kysely<Database>) {}

  /**
   * Gives every untouched what-went-wrong case its row and deadline; `clocks` by practice id (a practice missing
   * from it is left for the next call). Two processes opening at once both insert-or-ignore: one row each.
   */
  async open(clocks: ReadonlyMap<string, ClockRules>, now = Date.now()): Promise<number> {
    let opened = 0;
    if (clocks.size === 0) return opened;
    for (;;) {
      const rows = await this.db
        .selectFrom('submissions as s')
        .leftJoin('case_follow_up as f', 'f.submission_id', 's.id')
        .select(['s.id', 's.practice_id', 's.received_at', 's.body'])
        .where('s.kind', '=', 'what-went-wrong')
        .where('f.submission_id', 'is', null)
        .where('s.practice_id', 'in', [...clocks.keys()])
        .limit(CHUNK)
        .execute();
      if (rows.length === 0) return opened;
      await this.db
        .insertInto('case_follow_up')
        .values(
          rows.map((r) => {
            const facts = { receivedAt: r.received_at, contactable: isContactable(bodyOf(r.body)), state: NEW_CASE };
            return {
              submission_id: r.id,
              status: 'new' as const,
              note: '',
              updated_at: r.received_at,
              due_at: caseClocks(facts, clocks.get(r.practice_id)!, now).dueAt,
            };
          }),
        )
        .onConflict((oc) => oc.column('submission_id').doNothing())
        .execute();
      opened += rows.length;
      if (rows.length < CHUNK) return opened;
    }
  }

  /** Moves the next deadline of every open case of a practice to what its clocks now say. */
  async recompute(practiceId: string, rules: ClockRules, now = Date.now()): Promise<number> {
    let after = '';
    let moved = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('case_follow_up as f')
        .innerJoin('submissions as s', 's.id', 'f.submission_id')
        .select(['s.id', 's.received_at', 's.body', 'f.due_at', ...CASE_COLUMNS])
        .where('s.practice_id', '=', practiceId)
        .where('f.status', '<>', 'resolved')
        .where('s.id', '>', after)
        .orderBy('s.id')
        .limit(CHUNK)
        .execute();
      if (rows.length === 0) return moved;
      after = rows.at(-1)!.id;
      const changes = rows
        .map((r) => {
          const facts = { receivedAt: r.received_at, contactable: isContactable(bodyOf(r.body)), state: caseState(r) };
          return { id: r.id, before: r.due_at, due: caseClocks(facts, rules, now).dueAt };
        })
        .filter((c) => c.due !== c.before);
      if (changes.length) {
        await this.db.transaction().execute(async (tx) => {
          for (const c of changes) {
            await tx.updateTable('case_follow_up').set({ due_at: c.due }).where('submission_id', '=', c.id).execute();
          }
        });
        moved += changes.length;
      }
      if (rows.length < CHUNK) return moved;
    }
  }
}
