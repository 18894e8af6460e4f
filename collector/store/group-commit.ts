/**
 * Group commit, on SQLite: the inserts of submissions that arrive together are written in one transaction, so one
 * sync of the file to disk (synchronous = FULL) carries all of them instead of one sync each. Each is answered only
 * after that commit, so a "stored" still means on disk; a batch that fails is failed for every insert in it (each
 * device is told to try again, and its resend is a repeat or a new row — never a loss).
 *
 * Inserts asked for while a commit is being made wait for the next one: with better-sqlite3 a commit holds the event
 * loop, so the requests that arrive meanwhile are exactly the ones that share the next sync.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import type { Database } from './schema.js';

interface Waiting {
  query: CompiledQuery;
  resolve: (rowsInserted: number) => void;
  reject: (error: unknown) => void;
}

export class GroupCommit {
  private waiting: Waiting[] = [];
  private scheduled = false;

  constructor(private readonly db: Kysely<Database>) {}

  /** Runs `query` (an insert) in the next group's transaction; the rows it inserted, once that has committed. */
  insert(query: CompiledQuery): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ query, resolve, reject });
      if (this.scheduled) return;
      this.scheduled = true;
      // After the I/O of this turn of the event loop: every request whose body arrived in it joins the group.
      setImmediate(() => void this.commit());
    });
  }

  private async commit(): Promise<void> {
    const group = this.waiting;
    this.waiting = [];
    this.scheduled = false;
    try {
      const inserted = await this.db.transaction().execute(async (trx) => {
        const counts: number[] = [];
        for (const { query } of group) counts.push(Number((await trx.executeQuery(query)).numAffectedRows ?? 0));
        return counts;
      });
      group.forEach((w, i) => w.resolve(inserted[i] ?? 0));
    } catch (error) {
      for (const w of group) w.reject(error);
    }
  }
}
