/**
 * What the browser lets us keep: telling a full disk from storage that is not there at all, and asking the browser
 * not to evict the outbox under storage pressure (`navigator.storage.persist()`).
 */
import { StorageUnavailableError } from './outbox-db.js';

export type StorageFault = 'quota-exceeded' | 'storage-unavailable';

/** Classifies an error thrown by IndexedDB while opening or writing. */
export function storageFault(error: unknown): StorageFault {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'QuotaExceededError') return 'quota-exceeded';
  // Some engines report a full disk as a transaction abort whose `error` is the quota error.
  const inner = (error as { error?: { name?: string } } | null)?.error?.name;
  if (inner === 'QuotaExceededError') return 'quota-exceeded';
  return 'storage-unavailable';
}

export function isStorageUnavailable(error: unknown): boolean {
  return error instanceof StorageUnavailableError;
}

export function storageFaultMessage(fault: StorageFault, endpoint: string): string {
  return fault === 'quota-exceeded'
    ? `This device's storage is full, so the answer could not be kept on it; it was sent straight to ${endpoint}. ` +
        'Free some space (or clear old site data) so answers can be kept when sending fails.'
    : `This browser does not let the page keep data (private browsing or storage turned off), so an answer that ` +
        `cannot reach ${endpoint} right away cannot be kept on the device.`;
}

let persisted: boolean | undefined;

/** Asks the browser to keep the outbox under storage pressure. The answer is remembered for `outboxStatus`. */
export async function requestPersistence(): Promise<boolean> {
  try {
    persisted = (await navigator.storage?.persist?.()) ?? false;
  } catch {
    persisted = false;
  }
  return persisted;
}

/** The last known persistence: what `requestPersistence` got, else what the browser says now, else unknown. */
export async function persistenceState(): Promise<boolean | undefined> {
  if (persisted !== undefined) return persisted;
  try {
    return await navigator.storage?.persisted?.();
  } catch {
    return undefined;
  }
}
