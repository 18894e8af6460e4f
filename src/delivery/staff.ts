/**
 * What staff see and do with the outbox (the kiosk's staff mode): counts, the refused submissions to export, and
 * "clear local data". Not used by the embedded elements, so a bundler leaves it out of a practice's website.
 */
import type { Submission } from '../core/definition.js';
import { deliveryConfig } from './config.js';
import { withOutboxLock } from './lock.js';
import { getDb } from './outbox-db.js';
import { persistenceState } from './storage.js';

export interface OutboxStatus {
  queued: number;
  sending: number;
  undeliverable: number;
  /** Waiting longer than the retention window (default 7 days): still kept — nothing expires silently — but stuck. */
  old: number;
  lastDeliveryAt?: string;
  persisted?: boolean;
  storageAvailable: boolean;
}

export async function outboxStatus(now = Date.now()): Promise<OutboxStatus> {
  const persisted = await persistenceState();
  const status: OutboxStatus = { queued: 0, sending: 0, undeliverable: 0, old: 0, storageAvailable: false };
  if (persisted !== undefined) status.persisted = persisted;
  try {
    const db = await getDb();
    for (const record of await db.getAll('outbox')) {
      status[record.state]++;
      if (now - record.createdAt > deliveryConfig().retentionMs) status.old++;
    }
    status.undeliverable = await db.count('undeliverable');
    const lastDeliveryAt = (await db.get('meta', 'lastDeliveryAt')) as string | undefined;
    if (lastDeliveryAt) status.lastDeliveryAt = lastDeliveryAt;
    status.storageAvailable = true;
  } catch {
    // Storage unavailable: the counts stay zero and `storageAvailable` says why.
  }
  return status;
}

/** Submissions the endpoint refused for good, oldest first, for staff to export. */
export async function undeliverableSubmissions(): Promise<Submission[]> {
  try {
    const records = await (await getDb()).getAll('undeliverable');
    return records.sort((a, b) => a.createdAt - b.createdAt).map((r) => r.submission);
  } catch {
    return [];
  }
}

/**
 * Staff-confirmed wipe of the outbox and the undeliverable store (kiosk "clear local data"). Under the lock, so an
 * in-flight send cannot bring a record back.
 */
export function clearDeliveryData(): Promise<void> {
  return withOutboxLock(async () => {
    const tx = (await getDb()).transaction(['outbox', 'undeliverable'], 'readwrite', { durability: 'strict' });
    void tx.objectStore('outbox').clear();
    void tx.objectStore('undeliverable').clear();
    await tx.done;
  });
}
