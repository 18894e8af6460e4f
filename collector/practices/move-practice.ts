/**
 * Moving one practice's submissions from its own (SQLite) database into the group's (PostgreSQL), as that practice
 * of the group (`npm run staff -- practice move`). Every column is kept as stored — id, kind, body and its hash,
 * when it arrived, the automation sign, the answers check, an erasure, the location — except the practice (the
 * target) and the unknown-location flag (worked out again against the target practice's locations). Arrival numbers
 * are the target's own, given in the source's arrival order. Staff follow-up of the moved cases goes with them.
 *
 * Read a chunk at a time by arrival number (memory does not grow with the number of rows); each chunk is written in
 * one transaction with `ON CONFLICT (id) DO NOTHING`, so a run stopped half-way loses nothing and a second run moves
 * only what is missing. A row the target already holds with the same body hash is "already there"; with another
 * hash it is a conflict: left as it is in the target, its id reported. Staff work already done in the group wins:
 * a follow-up the target has is kept. Nothing here prints or returns a patient's words.
 */
import type { Kysely, Selectable } from 'kysely';
import { CaseClocks } from '../store/case-clocks.js';
import { AuditTrail, type Actor } from '../accounts/audit.js';
import type { Database, Engine, SubmissionsTable } from '../store/schema.js';
import { isUnknownLocation } from './practice-directory.js';
import { PracticeError } from './practice-rules.js';
import { DEFAULT_PRACTICE, Practices, type Practice } from './practices.js';

/** Rows per chunk: a few megabytes at most at the default largest submission (64 KiB). */
export const MOVE_CHUNK = 200;

export interface MoveOptions {
  /** The practice of the group the submissions become; it must exist there. */
  targetPractice: string;
  /** Whose submissions in the source are moved; default `default`. */
  sourcePractice?: string | undefined;
  /** Where they come from, for the audit trail (the old DATA_DIR). */
  from: string;
  actor: Actor;
  chunk?: number | undefined;
}

export interface MoveResult {
  /** Stored in the target now. */
  moved: number;
  /** Already in the target with the same body (an earlier run, or the device also sent it to the group). */
  alreadyThere: number;
  /** Ids the target holds with a different submission: not moved, left as they are there. */
  conflicts: string[];
  /** Staff follow-up of moved cases stored in the target now. */
  followUps: number;
}

/** What is moved: the database (and, for the target, its engine: SQLite numbers arrivals itself). */
export interface MoveSide {
  db: Kysely<Database>;
  engine: Engine;
}

type SourceRow = Selectable<SubmissionsTable>;

/** The practice of the group to move into, or a refusal that says how to make it. */
export async function targetPractice(db: Kysely<Database>, id: string): Promise<Practice> {
  const practice = await new Practices(db).get(id);
  if (!practice) {
    throw new PracticeError(
      'unknown-practice',
      `The group's database has no practice "${id}". Add it first: ` +
        `npm run staff -- practice add ${id} --name "…" --time-zone Europe/London (and its locations: location add).`,
    );
  }
  return practice;
}

async function insertRows(target: MoveSide, rows: readonly SourceRow[], practice: Practice): Promise<Set<string>> {
  const values = rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    body: r.body,
    body_hash: r.body_hash,
    received_at: r.received_at,
    automation: r.automation,
    answers_checked: r.answers_checked,
    erased_at: r.erased_at,
    erased_reason: r.erased_reason,
    location: r.location,
    practice_id: practice.id,
    unknown_location: isUnknownLocation(practice, r.location) ? 1 : 0,
  }));
  const inserted = new Set<string>();
  if (values.length === 0) return inserted;
  if (target.engine === 'postgres') {
    // One statement: the identity column numbers the rows in the order they are listed, the source's arrival order.
    const ids = await target.db
      .insertInto('submissions')
      .values(values)
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    for (const { id } of ids) inserted.add(id);
    return inserted;
  }
  // SQLite: the next arrival number, read inside each insert (as the collector's own insert does).
  for (const value of values) {
    const row = await target.db
      .insertInto('submissions')
      .values((eb) => ({
        ...value,
        seq: eb
          .selectFrom('submissions')
          .select((s) => s(s.fn.coalesce(s.fn.max('seq'), s.lit(0)), '+', s.lit(1)).as('next')),
      }))
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row) inserted.add(row.id);
  }
  return inserted;
}

/**
 * Moves `sourcePractice`'s submissions (and their follow-up) from `source` into `target` as `targetPractice`'s, and
 * writes one `practice.moved` row to the target's audit trail with the counts.
 */
export async function movePractice(source: MoveSide, target: MoveSide, options: MoveOptions): Promise<MoveResult> {
  const practice = await targetPractice(target.db, options.targetPractice);
  const sourcePractice = options.sourcePractice ?? DEFAULT_PRACTICE;
  if (!(await new Practices(source.db).get(sourcePractice))) {
    throw new PracticeError(
      'unknown-practice',
      `The old database has no practice "${sourcePractice}" (its practices: ` +
        `${(await new Practices(source.db).list()).map((p) => p.id).join(', ')}).`,
    );
  }
  const chunk = Math.max(1, Math.floor(options.chunk ?? MOVE_CHUNK));
  const result: MoveResult = { moved: 0, alreadyThere: 0, conflicts: [], followUps: 0 };
  let after = 0;
  for (;;) {
    const rows = await source.db
      .selectFrom('submissions')
      .selectAll()
      .where('practice_id', '=', sourcePractice)
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(chunk)
      .execute();
    const last = rows.at(-1);
    if (!last) break;
    after = Number(last.seq);
    const ids = rows.map((r) => r.id);
    const followUps = await source.db
      .selectFrom('case_follow_up')
      .selectAll()
      .where('submission_id', 'in', ids)
      .execute();
    const events = await source.db
      .selectFrom('case_events')
      .select(['submission_id', 'at', 'actor', 'what', 'value'])
      .where('submission_id', 'in', ids)
      .orderBy('id')
      .execute();
    const counts = await target.db.transaction().execute(async (tx) => {
      const inserted = await insertRows({ db: tx, engine: target.engine }, rows, practice);
      const others = rows.filter((r) => !inserted.has(r.id)).map((r) => r.id);
      const held = new Map<string, string>();
      if (others.length) {
        const found = await tx
          .selectFrom('submissions')
          .select(['id', 'body_hash'])
          .where('id', 'in', others)
          .execute();
        for (const r of found) held.set(r.id, r.body_hash);
      }
      const conflicts = rows.filter((r) => !inserted.has(r.id) && held.get(r.id) !== r.body_hash).map((r) => r.id);
      const taken = new Set(conflicts);
      const copied = followUps.filter((f) => !taken.has(f.submission_id));
      const written = copied.length
        ? await tx
            .insertInto('case_follow_up')
            .values(copied)
            .onConflict((oc) => oc.column('submission_id').doNothing())
            .returning('submission_id')
            .execute()
        : [];
      // A case's history goes with it, once: only where its follow-up was written now (not on a second move).
      const moved = new Set(written.map((w) => w.submission_id));
      const history = events.filter((e) => moved.has(e.submission_id));
      if (history.length) await tx.insertInto('case_events').values(history).execute();
      return {
        moved: inserted.size,
        alreadyThere: others.length - conflicts.length,
        conflicts,
        followUps: written.length,
      };
    });
    // Counted once the chunk's transaction is committed.
    result.moved += counts.moved;
    result.alreadyThere += counts.alreadyThere;
    result.conflicts.push(...counts.conflicts);
    result.followUps += counts.followUps;
    if (rows.length < chunk) break;
  }
  // The cases' deadlines were counted on the old practice's clocks: count them on this one's.
  await new CaseClocks(target.db).recompute(practice.id, practice.clocks);
  await new AuditTrail(target.db).record(options.actor, 'practice.moved', practice.id, {
    from: options.from,
    sourcePractice,
    moved: result.moved,
    alreadyThere: result.alreadyThere,
    conflicts: result.conflicts.length,
    followUps: result.followUps,
  });
  return result;
}
