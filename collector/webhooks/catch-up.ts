/**
 * Nothing lost between a submission's commit and its messages (the crash ingest cannot cover): ingest queues a stored
 * submission's events just after its insert commits, so a collector killed in between would leave that submission
 * with none. The catch-up queues them again from the submissions after a mark (`rollup_progress`, job `webhooks`) —
 * an event already queued for an endpoint is left as it is (its key), so nothing is sent twice — and moves the mark
 * only to where every submission arrived at least a minute ago (store/arrival-mark.ts). An endpoint gets only what
 * arrived after it was added.
 */
import type { Kysely } from 'kysely';
import { ArrivalMark, SETTLED_MS } from '../store/arrival-mark.js';
import type { Database } from '../store/schema.js';
import { submissionEvents } from './events.js';
import type { WebhookQueue } from './queue.js';

const CHUNK = 500;

export class WebhookCatchUp {
  private readonly mark: ArrivalMark;
  private lastRun = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly queue: WebhookQueue,
    private readonly publicUrl: URL | undefined,
    /** Whether any endpoint is switched on: with none, nothing is scanned and the mark only moves on. */
    private readonly anyEndpoint: () => Promise<boolean>,
    private readonly now: () => number = Date.now,
  ) {
    this.mark = new ArrivalMark(db, 'webhooks', now);
  }

  /** Runs at the sender's first run and then at most once every SETTLED_MS. */
  async whenDue(): Promise<number> {
    if (this.now() - this.lastRun < SETTLED_MS) return 0;
    this.lastRun = this.now();
    return this.run();
  }

  /** Queues what ingest may have missed; the messages it added. */
  async run(): Promise<number> {
    const { after: mark, latest } = await this.mark.range();
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
    await this.mark.settle(mark);
    return queued;
  }
}
