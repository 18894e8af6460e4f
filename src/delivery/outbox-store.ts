/**
 * The outbox on this device, and the only code that touches its IndexedDB database: the typed schema, its
 * versioned upgrade, and every read and write of a record's life — stored before "Thank you", marked `sending`
 * while in flight, deleted only after the endpoint said 2xx/409, rescheduled on a retryable failure, moved to
 * `undeliverable` when refused for good — plus the counts and the wipe staff use. Every function may reject with a
 * StorageUnavailableError (src/storage/indexed-db.ts); callers decide what that means.
 */
import type { DBSchema } from 'idb';
import type { Submission } from '../core/definition.js';
import { databaseConnection } from '../storage/indexed-db.js';
import { nextAttemptAt } from './backoff.js';
import { deliveryConfig } from './config.js';
import type { Postponed } from './pass-queue.js';
import type { SendOutcome } from './sender.js';

export { StorageUnavailableError } from '../storage/indexed-db.js';

export type OutboxState = 'queued' | 'sending';

export interface OutboxRecord {
  id: string;
  /** Absolute URL, resolved when stored, so a service worker or another page sends to the same place. */
  endpoint: string;
  submission: Submission;
  /** Epoch ms. */
  createdAt: number;
  attempts: number;
  /** Epoch ms; while `sending`, a lease after which a sender without Web Locks may take the record over. */
  nextAttemptAt: number;
  state: OutboxState;
  lastError?: string;
  /**
   * Epoch ms the endpoint asked us to wait until (Retry-After; the failure time when it did not ask); honoured even
   * when the network comes back.
   */
  retryAfterUntil?: number;
}

/** A refused submission: its outbox record as it was, and why. */
export interface UndeliverableRecord extends OutboxRecord {
  failedAt: number;
  httpStatus?: number;
  message: string;
}

export interface DeliveryDB extends DBSchema {
  outbox: {
    key: string;
    value: OutboxRecord;
    indexes: { 'by-next-attempt': number };
  };
  undeliverable: { key: string; value: UndeliverableRecord };
  /** `lastDeliveryAt` (ISO string). */
  meta: { key: string; value: unknown };
}

const database = databaseConnection<DeliveryDB>({
  name: () => deliveryConfig().dbName,
  version: 1,
  upgrade(db, oldVersion) {
    // Add `if (oldVersion < 2)` below for the next version.
    if (oldVersion < 1) {
      // (Databases made by earlier builds also have an unused `by-state` index; it does no harm.)
      db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-next-attempt', 'nextAttemptAt');
      db.createObjectStore('undeliverable', { keyPath: 'id' });
      db.createObjectStore('meta');
    }
  },
});

/** While a record is `sending`, other pages without Web Locks keep off it for the timeout plus this margin. */
const LEASE_MARGIN_MS = 5_000;

/**
 * Stores the submission for sending. `strict` durability: the record must be on disk before the patient is thanked.
 * A record already there under this id (a double submit) is kept as it is.
 */
export async function enqueue(submission: Submission, endpoint: string, now = Date.now()): Promise<void> {
  const tx = (await database.get()).transaction('outbox', 'readwrite', { durability: 'strict' });
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
 * A record as it is while in flight: one more attempt, and a lease (the timeout plus a margin) after which a sender
 * without Web Locks may take it over.
 */
export function markedSending(record: OutboxRecord, timeoutMs: number, now = Date.now()): OutboxRecord {
  return {
    ...record,
    state: 'sending',
    attempts: record.attempts + 1,
    nextAttemptAt: now + timeoutMs + LEASE_MARGIN_MS,
  };
}

/**
 * Marks records in flight and writes the marks, in one transaction (so the check and the mark are atomic, and a flush
 * of a thousand records does not pay a transaction each), and deletes the ones acknowledged since the last block in
 * the same transaction. With the Web Lock (`exclusive`) the records are as the pass read them — nothing else writes
 * the outbox meanwhile — so they are marked as given; without it each is read again, and records that are gone
 * (delivered by another page, cleared by staff) or that another page holds a live lease on are skipped.
 */
export async function beginSend(
  records: readonly OutboxRecord[],
  timeoutMs: number,
  exclusive: boolean,
  acknowledged: readonly OutboxRecord[] = [],
  now = Date.now(),
): Promise<OutboxRecord[]> {
  const tx = (await database.get()).transaction(['outbox', 'meta'], 'readwrite');
  const store = tx.objectStore('outbox');
  if (acknowledged.length) {
    for (const record of acknowledged) void store.delete(record.id);
    void tx.objectStore('meta').put(new Date(now).toISOString(), 'lastDeliveryAt');
  }
  const marked: OutboxRecord[] = [];
  // All reads at once: a transaction's requests are pipelined, so a block is read in one round trip.
  const current = exclusive ? records : await Promise.all(records.map((r) => store.get(r.id)));
  for (const record of current) {
    if (!record || (!exclusive && record.state === 'sending' && record.nextAttemptAt > now)) continue;
    const sending = markedSending(record, timeoutMs, now);
    void store.put(sending);
    marked.push(sending);
  }
  await tx.done;
  return marked;
}

/** Deletes records the endpoint has acknowledged (2xx/409) — the only way a record leaves the outbox. */
export async function deleteDelivered(records: readonly OutboxRecord[], now = Date.now()): Promise<void> {
  const tx = (await database.get()).transaction(['outbox', 'meta'], 'readwrite');
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
  const db = await database.get();
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
 * Puts records a pass did not send back in line (their endpoint asked to wait): due at the time it gave, with the
 * attempt this pass counted when marking them taken back. Skips records that are gone and, without the Web Lock,
 * records another page holds a lease on.
 */
export async function postpone(items: readonly Postponed[], exclusive: boolean, now = Date.now()): Promise<void> {
  const tx = (await database.get()).transaction('outbox', 'readwrite');
  const records = await Promise.all(items.map((item) => tx.store.get(item.record.id)));
  for (const [i, { marked, at, retryAfterUntil }] of items.entries()) {
    const record = records[i];
    if (!record || (!marked && !exclusive && record.state === 'sending' && record.nextAttemptAt > now)) continue;
    void tx.store.put({
      ...record,
      state: 'queued',
      attempts: marked ? Math.max(0, record.attempts - 1) : record.attempts,
      nextAttemptAt: at,
      retryAfterUntil: Math.max(record.retryAfterUntil ?? 0, retryAfterUntil),
    });
  }
  await tx.done;
}

/**
 * Records to send now, oldest first. `exclusive` (we hold the Web Lock): a `sending` record is left over from a page
 * that closed mid-send, so it is due at once. `wakeAll` (the network came back): waiting out a backoff is pointless,
 * but a Retry-After the endpoint gave is still honoured.
 */
export async function dueRecords(exclusive: boolean, wakeAll: boolean, now = Date.now()): Promise<OutboxRecord[]> {
  return (await (await database.get()).getAll('outbox'))
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
  return (await (await database.get()).transaction('outbox').store.index('by-next-attempt').openCursor())?.value
    .nextAttemptAt;
}

/**
 * Whether a submission has left the outbox without being refused: delivered, by this page or another (or cleared by
 * staff). deliver() asks when its own page did not send it.
 */
export async function isSettled(id: string): Promise<boolean> {
  const db = await database.get();
  return !(await db.getKey('outbox', id)) && !(await db.count('undeliverable', id));
}

export interface OutboxCounts {
  queued: number;
  sending: number;
  undeliverable: number;
  /** Waiting longer than `retentionMs`. */
  old: number;
  lastDeliveryAt?: string;
}

/** What the outbox holds, for the staff status. */
export async function outboxCounts(retentionMs: number, now = Date.now()): Promise<OutboxCounts> {
  const db = await database.get();
  const counts: OutboxCounts = { queued: 0, sending: 0, undeliverable: 0, old: 0 };
  for (const record of await db.getAll('outbox')) {
    counts[record.state]++;
    if (now - record.createdAt > retentionMs) counts.old++;
  }
  counts.undeliverable = await db.count('undeliverable');
  const lastDeliveryAt = (await db.get('meta', 'lastDeliveryAt')) as string | undefined;
  if (lastDeliveryAt) counts.lastDeliveryAt = lastDeliveryAt;
  return counts;
}

/** Refused submissions, oldest first. */
export async function undeliverableRecords(): Promise<UndeliverableRecord[]> {
  const records = await (await database.get()).getAll('undeliverable');
  return records.sort((a, b) => a.createdAt - b.createdAt);
}

/** Empties the outbox and the undeliverable store (staff's confirmed "clear local data"; callers hold the lock). */
export async function clearOutbox(): Promise<void> {
  const tx = (await database.get()).transaction(['outbox', 'undeliverable'], 'readwrite', { durability: 'strict' });
  void tx.objectStore('outbox').clear();
  void tx.objectStore('undeliverable').clear();
  await tx.done;
}
