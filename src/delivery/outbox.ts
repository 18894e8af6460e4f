/**
 * The outbox's records and their life: stored before "Thank you", marked `sending` while in flight, deleted only after
 * the endpoint said 2xx/409, rescheduled on a retryable failure, moved to `undeliverable` when refused for good.
 * Every function may reject with a storage error; callers decide what that means.
 */
import type { Submission } from '../core/definition.js';
import { nextAttemptAt } from './backoff.js';
import { getDb, type OutboxRecord } from './outbox-db.js';
import type { SendOutcome } from './sender.js';

/** While a record is `sending`, other pages without Web Locks keep off it for the timeout plus this margin. */
const LEASE_MARGIN_MS = 5_000;

/**
 * Stores the submission for sending. `strict` durability: the record must be on disk before the patient is thanked.
 * A record already there under this id (a double submit) is kept as it is.
 */
export async function enqueue(submission: Submission, endpoint: string, now = Date.now()): Promise<void> {
  const tx = (await getDb()).transaction('outbox', 'readwrite', { durability: 'strict' });
  if (!(await tx.store.getKey(submission.id))) {
    await tx.store.add({
      id: submission.id,
      endpoint,
      submission,
      createdAt: now,
      attempts: 0,
      nextAttemptAt: now,
      state: 'queued',
    });
  }
  await tx.done;
}

/**
 * Marks records in flight, in one transaction (so the check and the mark are atomic, and a flush of a thousand
 * records does not pay a transaction each). Skips records that are gone (delivered by another page, cleared by staff)
 * and, without the Web Lock, records another page holds a live lease on.
 */
export async function beginSend(
  ids: readonly string[],
  timeoutMs: number,
  exclusive: boolean,
  now = Date.now(),
): Promise<OutboxRecord[]> {
  const tx = (await getDb()).transaction('outbox', 'readwrite');
  const marked: OutboxRecord[] = [];
  for (const id of ids) {
    const record = await tx.store.get(id);
    if (!record || (!exclusive && record.state === 'sending' && record.nextAttemptAt > now)) continue;
    const sending = {
      ...record,
      state: 'sending' as const,
      attempts: record.attempts + 1,
      nextAttemptAt: now + timeoutMs + LEASE_MARGIN_MS,
    };
    void tx.store.put(sending);
    marked.push(sending);
  }
  await tx.done;
  return marked;
}

/** Deletes records the endpoint has acknowledged (2xx/409) — the only way a record leaves the outbox. */
export async function deleteDelivered(records: readonly OutboxRecord[], now = Date.now()): Promise<void> {
  const tx = (await getDb()).transaction(['outbox', 'meta'], 'readwrite');
  for (const record of records) void tx.objectStore('outbox').delete(record.id);
  void tx.objectStore('meta').put(new Date(now).toISOString(), 'lastDeliveryAt');
  await tx.done;
}

/** Applies a failed send's outcome to its record. Returns the next attempt time when the record stays queued. */
export async function settle(
  record: OutboxRecord,
  outcome: SendOutcome,
  now = Date.now(),
): Promise<number | undefined> {
  const db = await getDb();
  if (outcome.kind === 'undeliverable') {
    const tx = db.transaction(['outbox', 'undeliverable'], 'readwrite', { durability: 'strict' });
    void tx
      .objectStore('undeliverable')
      .put({ ...record, failedAt: now, httpStatus: outcome.httpStatus, message: outcome.reason });
    void tx.objectStore('outbox').delete(record.id);
    await tx.done;
    return undefined;
  }
  const tx = db.transaction('outbox', 'readwrite');
  // Staff may have cleared the outbox while this was in flight: do not bring the record back.
  if (!(await tx.store.getKey(record.id))) return undefined;
  const at = nextAttemptAt(record.attempts, outcome.retryAfterMs, now);
  await tx.store.put({
    ...record,
    state: 'queued',
    nextAttemptAt: at,
    lastError: outcome.reason,
    retryAfterUntil: now + (outcome.retryAfterMs ?? 0),
  });
  await tx.done;
  return at;
}

/**
 * Records to send now, oldest first. `exclusive` (we hold the Web Lock): a `sending` record is left over from a page
 * that closed mid-send, so it is due at once. `wakeAll` (the network came back): waiting out a backoff is pointless,
 * but a Retry-After the endpoint gave is still honoured.
 */
export async function dueRecords(exclusive: boolean, wakeAll: boolean, now = Date.now()): Promise<OutboxRecord[]> {
  return (await (await getDb()).getAll('outbox'))
    .filter(
      (r) =>
        r.nextAttemptAt <= now ||
        (exclusive && r.state === 'sending') ||
        (wakeAll && r.state === 'queued' && !((r.retryAfterUntil ?? 0) > now)),
    )
    .sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The soonest scheduled attempt (or lease end), to wake up for it. */
export async function earliestAttempt(): Promise<number | undefined> {
  return (await (await getDb()).transaction('outbox').store.index('by-next-attempt').openCursor())?.value.nextAttemptAt;
}
