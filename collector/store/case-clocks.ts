/**
 * Keeping each case's next deadline (`case_follow_up.due_at`, migration 014) true, so the Cases screen can sort and
 * filter by it in SQL: a case staff change is kept by its own transaction (case-files.ts); here are the two other
 * ways it moves. A case nobody has touched yet has no row: `open` gives every such case one (status new, its promise
 * clock from its arrival), before any read that sorts by deadline. A practice's clocks changing (promise days, rule,
 * holidays) moves the deadlines of its open cases: `recompute`.
 */
import { sql, type Kysely } from 'kysely';
import { caseClocks } from '../cases/case-clocks.js';
import type { ClockRules } from '../cases/clock-settings.js';
import { isContactableJson } from '../cases/contact.js';
import { CASE_COLUMNS, NO_DUE, NEW_CASE, caseState } from './inbox-rows.js';
import type { Database } from './schema.js';
import { inPractices } from './practice-limit.js';

const CHUNK = 1000;
/** How often `open` looks at every case again rather than only those after the last it saw. */
const WHOLE_EVERY_MS = 60_000;

export class CaseClocks {
  constructor(private readonly db: Kysely<Database>) {}

  /** Per practice: the arrival number of the last case `open` gave a row, and when all its cases were last looked at. */
  private readonly marks = new Map<string, { through: number; wholeAt: number }>();

  /**
   * Gives every untouched what-went-wrong case its row and deadline; `clocks` by practice id (a practice missing
   * from it is left for a later call). Walks by arrival number from where the last call ended; at most once a minute
   * from the start, since on PostgreSQL an arrival may commit after a later one was seen. Two processes opening at
   * once both insert-or-ignore: one row each.
   */
  async open(clocks: ReadonlyMap<string, ClockRules>, now = Date.now()): Promise<number> {
    let opened = 0;
    if (clocks.size === 0) return opened;
    let after = 0;
    // From where the practice looked at least recently left off: each practice keeps its own mark, so a person who
    // sees more practices than the last one asked for is not walked past cases of theirs.
    const marks = [...clocks.keys()].map((id) => this.marks.get(id));
    const whole = marks.some((m) => m === undefined || now - m.wholeAt >= WHOLE_EVERY_MS);
    if (!whole) after = Math.min(...marks.map((m) => m!.through));
    const wholeAt = (id: string) => (whole ? now : this.marks.get(id)!.wholeAt);
    for (;;) {
      const rows = await this.db
        .selectFrom('submissions as s')
        .leftJoin('case_follow_up as f', 'f.submission_id', 's.id')
        .select(['s.seq', 's.id', 's.practice_id', 's.received_at', 's.body'])
        .where('s.kind', '=', 'what-went-wrong')
        .where('s.seq', '>', after)
        .where('f.submission_id', 'is', null)
        .where('s.practice_id', 'in', [...clocks.keys()])
        .orderBy('s.seq')
        .limit(CHUNK)
        .execute();
      if (rows.length) {
        await this.db
          .insertInto('case_follow_up')
          .values(
            rows.map((r) => {
              const facts = { receivedAt: r.received_at, contactable: isContactableJson(r.body), state: NEW_CASE };
              return {
                submission_id: r.id,
                status: 'new' as const,
                note: '',
                updated_at: r.received_at,
                contactable: facts.contactable ? 1 : 0,
                due_at: caseClocks(facts, clocks.get(r.practice_id)!, now).dueAt ?? NO_DUE,
              };
            }),
          )
          .onConflict((oc) => oc.column('submission_id').doNothing())
          .execute();
        opened += rows.length;
        after = Number(rows.at(-1)!.seq);
      }
      if (rows.length < CHUNK) break;
    }
    for (const id of clocks.keys()) this.marks.set(id, { through: after, wholeAt: wholeAt(id) });
    return opened;
  }

  /**
   * The what-went-wrong cases that arrived in a window (ISO, `from` inclusive, `before` exclusive) among `practices`,
   * those that look automated left out: when each arrived, whether its patient asked to be contacted, its first
   * contact. Read from the cases' rows (`open` first), never from the patients' words.
   */
  async contacts(practices: readonly string[] | undefined, from: string, before: string) {
    const only = inPractices(practices, 's.practice_id');
    const rows = await this.db
      .selectFrom('submissions as s')
      .innerJoin('case_follow_up as f', 'f.submission_id', 's.id')
      .select(['s.practice_id', 's.received_at', 'f.contactable', 'f.first_contacted_at'])
      // Written out, not bound: the partial index `submissions_cases` (migration 015) is used only for this literal.
      .where(sql.ref('s.kind'), '=', sql.lit('what-went-wrong'))
      .where('s.automation', 'is', null)
      .where('s.received_at', '>=', from)
      .where('s.received_at', '<', before)
      .$if(only !== undefined, (qb) => qb.where(only!))
      .execute();
    return rows.map((r) => ({
      practiceId: r.practice_id,
      receivedAt: r.received_at,
      contactable: Number(r.contactable) === 1,
      firstContactedAt: r.first_contacted_at,
    }));
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
          const facts = { receivedAt: r.received_at, contactable: isContactableJson(r.body), state: caseState(r) };
          return { id: r.id, before: r.due_at, due: caseClocks(facts, rules, now).dueAt ?? NO_DUE };
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
