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
export async function enqueue(submission: Submission, endpoint: string, now = Date.now()): Promise<OutboxRecord> {
  const db = await getDb();
  const tx = db.transaction('outbox', 'readwrite', { durability: 'strict' });
  const existing = await tx.store.get(submission.id);
  const record: OutboxRecord = existing ?? {
    id: submission.id,
    endpoint,
    submission,
    createdAt: now,
    attempts: 0,
    nextAttemptAt: now,
    state: 'queued',
  };
  if (!existing) await tx.store.add(record);
  await tx.done;
  return record;
}

export async function getRecord(id: string): Promise<OutboxRecord | undefined> {
  return (await getDb()).get('outbox', id);
}

export async function isUndeliverable(id: string): Promise<boolean> {
  return (await (await getDb()).count('undeliverable', id)) > 0;
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
    const sending: OutboxRecord = {
      ...record,
      state: 'sending',
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
  if (!records.length) return;
  const tx = (await getDb()).transaction(['outbox', 'meta'], 'readwrite');
  for (const record of records) void tx.objectStore('outbox').delete(record.id);
  void tx.objectStore('meta').put(new Date(now).toISOString(), 'lastDeliveryAt');
  await tx.done;
}

/** Applies a send's outcome to its record. Returns the next attempt time when the record stays queued. */
export async function settle(record: OutboxRecord, outcome: SendOutcome, now = Date.now()): Promise<number | undefined> {
  const db = await getDb();
  if (outcome.kind === 'delivered') {
    await deleteDelivered([record], now);
    return undefined;
  }
  if (outcome.kind === 'undeliverable') {
    const tx = db.transaction(['outbox', 'undeliverable'], 'readwrite', { durability: 'strict' });
    await tx.objectStore('undeliverable').put({
      id: record.id,
      endpoint: record.endpoint,
      submission: record.submission,
      createdAt: record.createdAt,
      failedAt: now,
      httpStatus: outcome.httpStatus,
      message: outcome.reason,
    });
    await tx.objectStore('outbox').delete(record.id);
    await tx.done;
    return undefined;
  }
  const tx = db.transaction('outbox', 'readwrite');
  // Staff may have cleared the outbox while this was in flight: do not bring the record back.
  if (!(await tx.store.get(record.id))) return undefined;
  const at = nextAttemptAt(record.attempts, outcome.retryAfterMs, now);
  const queued: OutboxRecord = { ...record, state: 'queued', nextAttemptAt: at, lastError: outcome.reason };
  if (outcome.retryAfterMs !== undefined) queued.retryAfterUntil = now + outcome.retryAfterMs;
  else delete queued.retryAfterUntil;
  await tx.store.put(queued);
  await tx.done;
  return at;
}

/**
 * Records to send now, oldest first. `exclusive` (we hold the Web Lock): a `sending` record is left over from a page
 * that closed mid-send, so it is due at once. `wakeAll` (the network came back): waiting out a backoff is pointless,
 * but a Retry-After the endpoint gave is still honoured.
 */
export async function dueRecords(exclusive: boolean, wakeAll: boolean, now = Date.now()): Promise<OutboxRecord[]> {
  const db = await getDb();
  let records: OutboxRecord[];
  if (wakeAll) {
    const waitingForServer = (r: OutboxRecord) => (r.retryAfterUntil ?? 0) > now;
    records = (await db.getAll('outbox')).filter(
      (r) =>
        r.nextAttemptAt <= now ||
        (exclusive && r.state === 'sending') ||
        (r.state === 'queued' && !waitingForServer(r)),
    );
  } else {
    const due = await db.getAllFromIndex('outbox', 'by-next-attempt', IDBKeyRange.upperBound(now));
    const stale = exclusive ? await db.getAllFromIndex('outbox', 'by-state', 'sending') : [];
    const byId = new Map(due.map((r) => [r.id, r]));
    for (const r of stale) byId.set(r.id, r);
    records = [...byId.values()];
  }
  return records.sort((a, b) => a.createdAt - b.createdAt || a.id.localeCompare(b.id));
}

/** The soonest scheduled attempt of a queued record, to wake up for it. */
export async function earliestAttempt(): Promise<number | undefined> {
  const cursor = await (await getDb()).transaction('outbox').store.index('by-next-attempt').openCursor();
  return cursor?.value.nextAttemptAt;
}
