/**
 * What staff see and do with the outbox (the kiosk's staff mode): counts, the refused submissions to export, and
 * "clear local data". Not used by the embedded elements, so a bundler leaves it out of a practice's website.
 */
import type { Submission } from '../core/definition.js';
import { deliveryConfig } from './config.js';
import { withOutboxLock } from './lock.js';
import { clearOutbox, outboxCounts, undeliverableRecords } from './outbox-store.js';
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
  const empty = { queued: 0, sending: 0, undeliverable: 0, old: 0 };
  let status: OutboxStatus;
  try {
    status = { ...(await outboxCounts(deliveryConfig().retentionMs, now)), storageAvailable: true };
  } catch {
    // Storage unavailable: the counts stay zero and `storageAvailable` says why.
    status = { ...empty, storageAvailable: false };
  }
  if (persisted !== undefined) status.persisted = persisted;
  return status;
}

/** Submissions the endpoint refused for good, oldest first, for staff to export. */
export async function undeliverableSubmissions(): Promise<Submission[]> {
  try {
    return (await undeliverableRecords()).map((r) => r.submission);
  } catch {
    return [];
  }
}

/**
 * Staff-confirmed wipe of the outbox and the undeliverable store (kiosk "clear local data"). Under the lock, so an
 * in-flight send cannot bring a record back.
 */
export function clearDeliveryData(): Promise<void> {
  return withOutboxLock(() => clearOutbox());
}
