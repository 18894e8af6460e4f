/**
 * The records of one flush pass, handed to its workers oldest first. They are marked `sending` a block at a time,
 * and the next block is marked while the current one is sent, so a worker never waits on IndexedDB between POSTs.
 * An endpoint that asked to wait (Retry-After), did not answer at all, or failed several times running is held:
 * its other records are not sent in this pass but put back in line for the time it gave (`postponed`), so a
 * backlog never hammers an endpoint that is down or busy, while other endpoints' records go on.
 */
import type { OutboxRecord } from './outbox-store.js';
import type { SendOutcome } from './sender.js';

/** A record this pass did not send, and when it is due instead. */
export interface Postponed {
  record: OutboxRecord;
  /** Whether this pass had marked it `sending` (the mark is undone). */
  marked: boolean;
  at: number;
  retryAfterUntil: number;
}

interface Hold {
  until: number;
  retryAfterUntil: number;
}

export class PassQueue {
  private cursor = 0;
  private readonly ready: OutboxRecord[] = [];
  private marking?: Promise<void>;
  private failure?: { error: unknown };
  private readonly holds = new Map<string, Hold>();
  /** Retryable failures in a row per endpoint; a delivery resets it. */
  private readonly streaks = new Map<string, number>();
  readonly postponed: Postponed[] = [];

  constructor(
    private readonly due: readonly OutboxRecord[],
    private readonly concurrency: number,
    private readonly mark: (records: OutboxRecord[]) => Promise<OutboxRecord[]>,
  ) {}

  /** The next record to send, or undefined when the pass has none left. */
  async take(): Promise<OutboxRecord | undefined> {
    for (;;) {
      if (this.failure) throw this.failure.error;
      // Keep a block marked ahead of the workers.
      if (this.ready.length <= this.concurrency * 4) this.markAhead();
      const record = this.ready.shift();
      if (record) {
        const hold = this.holds.get(record.endpoint);
        if (!hold) return record;
        this.postponed.push({ record, marked: true, at: hold.until, retryAfterUntil: hold.retryAfterUntil });
        continue;
      }
      if (!this.marking) return undefined;
      await this.marking;
    }
  }

  /** What a send came to: a delivery clears the endpoint's streak; some failures hold the endpoint. */
  sent(record: OutboxRecord, outcome: SendOutcome, nextAttemptAt: number | undefined, now = Date.now()): void {
    if (outcome.kind !== 'retry') return void this.streaks.delete(record.endpoint);
    const streak = (this.streaks.get(record.endpoint) ?? 0) + 1;
    this.streaks.set(record.endpoint, streak);
    const noAnswer = outcome.httpStatus === undefined;
    if (nextAttemptAt === undefined || !(outcome.retryAfterMs !== undefined || noAnswer || streak >= this.concurrency))
      return;
    const hold = this.holds.get(record.endpoint);
    this.holds.set(record.endpoint, {
      until: Math.max(hold?.until ?? 0, nextAttemptAt),
      retryAfterUntil: Math.max(hold?.retryAfterUntil ?? 0, now + (outcome.retryAfterMs ?? 0)),
    });
  }

  private markAhead(): void {
    if (this.marking || this.cursor >= this.due.length) return;
    const block: OutboxRecord[] = [];
    while (block.length < this.concurrency * 4 && this.cursor < this.due.length) {
      const record = this.due[this.cursor++]!;
      const hold = this.holds.get(record.endpoint);
      if (hold) this.postponed.push({ record, marked: false, at: hold.until, retryAfterUntil: hold.retryAfterUntil });
      else block.push(record);
    }
    if (!block.length) return this.markAhead();
    this.marking = this.mark(block).then(
      (marked) => {
        this.ready.push(...marked);
        this.marking = undefined;
      },
      (error: unknown) => {
        this.failure = { error };
        this.marking = undefined;
      },
    );
  }
}
