/**
 * Nothing lost between a submission's commit and its messages (the crash ingest cannot cover): ingest queues a stored
 * submission's events just after its insert commits, so a collector killed in between would leave that submission
 * with none. The catch-up queues them again from the submissions after a mark (`rollup_progress`, job `webhooks`) —
 * an event already queued for an endpoint is left as it is (its key), so nothing is sent twice — and moves the mark
 * only to where every submission arrived at least a minute ago: any ingest of those has long since queued, or died.
 * An endpoint gets only what arrived after it was added. The first run starts the mark at the latest arrival: there
 * is nothing to catch up from before the webhooks existed.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { submissionEvents } from './events.js';
import type { WebhookQueue } from './queue.js';

const JOB = 'webhooks';
const CHUNK = 500;
/** How long after its arrival a submission's own ingest has surely queued its events (or died trying). */
export const SETTLED_MS = 60_000;

export class WebhookCatchUp {
  /** The latest arrival number seen at each run, to move the mark to once it is SETTLED_MS old. */
  private seen: { at: number; seq: number }[] = [];

  private lastRun = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly queue: WebhookQueue,
    private readonly publicUrl: URL | undefined,
    /** Whether any endpoint is switched on: with none, nothing is scanned and the mark only moves on. */
    private readonly anyEndpoint: () => Promise<boolean>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs at the sender's first run and then at most once every SETTLED_MS. */
  async whenDue(): Promise<number> {
    if (this.now() - this.lastRun < SETTLED_MS) return 0;
    this.lastRun = this.now();
    return this.run();
  }

  /** Queues what ingest may have missed; the messages it added. */
  async run(): Promise<number> {
    const latest = await this.latest();
    const mark = await this.mark(latest);
    const at = this.now();
    this.seen.push({ at, seq: latest });
    let queued = 0;
    for (let after = mark; await this.anyEndpoint();) {
      const rows = await this.db
        .selectFrom('submissions')
        .select(['seq', 'id', 'kind', 'body', 'practice_id', 'received_at', 'automation'])
        .where('seq', '>', after)
        .where('seq', '<=', latest)
        .orderBy('seq')
        .limit(CHUNK)
        .execute();
      // A chunk's events in one statement; each endpoint gets only what arrived after it was added.
      const arrived = new Map<string, string>();
      const events = rows.flatMap((row) => {
        const facts = {
          submission: JSON.parse(row.body) as { id: string; kind: string },
          practiceId: row.practice_id,
          receivedAt: row.received_at,
          automation: row.automation ?? undefined,
        };
        const made = submissionEvents(facts, this.publicUrl);
        for (const e of made) arrived.set(e.key, row.received_at);
        return made;
      });
      queued += await this.queue.enqueue(events, (endpoint, event) => endpoint.createdAt <= arrived.get(event.key)!);
      after = Number(rows.at(-1)?.seq ?? after);
      if (rows.length < CHUNK) break;
    }
    // The mark moves to the latest arrival of a run at least SETTLED_MS ago.
    const settled = this.seen.filter((s) => at - s.at >= SETTLED_MS).at(-1);
    if (settled && settled.seq > mark) {
      await this.db.updateTable('rollup_progress').set({ through_seq: settled.seq }).where('job', '=', JOB).execute();
      this.seen = this.seen.filter((s) => s.at > settled.at);
    }
    return queued;
  }

  private async latest(): Promise<number> {
    const row = await this.db
      .selectFrom('submissions')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    return Number(row?.seq ?? 0);
  }

  /** The mark, made at `latest` the first time. */
  private async mark(latest: number): Promise<number> {
    const row = await this.db
      .selectFrom('rollup_progress')
      .select('through_seq')
      .where('job', '=', JOB)
      .executeTakeFirst();
    if (row) return Number(row.through_seq);
    await this.db
      .insertInto('rollup_progress')
      .values({ job: JOB, through_seq: latest })
      .onConflict((oc) => oc.column('job').doNothing())
      .execute();
    return latest;
  }
}
