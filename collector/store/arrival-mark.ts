/**
 * A background job's mark in the submissions' arrival order (`rollup_progress`), for work that must see every stored
 * submission once even if the process that stored it died before doing it (the webhooks' catch-up, the alerts'
 * scan). Each run looks at what arrived after the mark; the mark moves only to the latest arrival of a run at least
 * `settledMs` ago — on PostgreSQL an arrival may commit after a later one was seen, and ingest has long since done
 * its own part (or died) by then. So a run looks again at up to a minute's arrivals: the work must be idempotent
 * (an insert-or-ignore on a key). The first run starts the mark at the latest arrival: nothing from before the job
 * existed is caught up.
 */
import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export const SETTLED_MS = 60_000;

export class ArrivalMark {
  /** The latest arrival number seen at each run, to move the mark to once it is `settledMs` old. */
  private seen: { at: number; seq: number }[] = [];

  constructor(
    private readonly db: Kysely<Database>,
    private readonly job: string,
    private readonly now: () => number = Date.now,
    private readonly settledMs = SETTLED_MS,
  ) {}

  /** The arrivals a run should look at: after `mark`, through `latest`. */
  async range(): Promise<{ after: number; latest: number }> {
    const row = await this.db
      .selectFrom('submissions')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    const latest = Number(row?.seq ?? 0);
    const after = await this.mark(latest);
    this.seen.push({ at: this.now(), seq: latest });
    return { after, latest };
  }

  /** After a run: the mark moves to the latest arrival of a run at least `settledMs` ago. */
  async settle(mark: number): Promise<void> {
    const at = this.now();
    const settled = this.seen.filter((s) => at - s.at >= this.settledMs).at(-1);
    if (settled && settled.seq > mark) {
      await this.db
        .updateTable('rollup_progress')
        .set({ through_seq: settled.seq })
        .where('job', '=', this.job)
        .execute();
      this.seen = this.seen.filter((s) => s.at > settled.at);
    }
  }

  /** The mark, made at `latest` the first time. */
  private async mark(latest: number): Promise<number> {
    const row = await this.db
      .selectFrom('rollup_progress')
      .select('through_seq')
      .where('job', '=', this.job)
      .executeTakeFirst();
    if (row) return Number(row.through_seq);
    await this.db
      .insertInto('rollup_progress')
      .values({ job: this.job, through_seq: latest })
      .onConflict((oc) => oc.column('job').doNothing())
      .execute();
    return latest;
  }
}
