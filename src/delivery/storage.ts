/**
 * What the browser lets us keep: telling a full disk from storage that is not there at all, and asking the browser
 * not to evict the outbox under storage pressure (`navigator.storage.persist()`).
 */
import { reportProblem } from './problems.js';

/** Reports why an IndexedDB write failed. Some engines report a full disk as an abort whose `error` is the quota error. */
export function reportStorageFault(error: unknown, submissionId: string, endpoint: string): void {
  const e = error as { name?: string; error?: { name?: string } } | null;
  const full = [e?.name, e?.error?.name].includes('QuotaExceededError');
  reportProblem({
    code: full ? 'quota-exceeded' : 'storage-unavailable',
    message: full
      ? `This device's storage is full: the answer was sent to ${endpoint} without a copy kept. Free some space.`
      : `This browser keeps no data for the page (private browsing?): an answer that cannot reach ${endpoint} at once is not kept.`,
    submissionId,
    endpoint,
  });
}

let persisted: boolean | undefined;

/** Asks the browser to keep the outbox under storage pressure. The answer is remembered for `outboxStatus`. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (persisted = (await navigator.storage?.persist?.()) ?? false);
  } catch {
    return (persisted = false);
  }
}

/** The last known persistence: what `requestPersistence` got, else what the browser says now, else unknown. */
export async function persistenceState(): Promise<boolean | undefined> {
  try {
    return persisted ?? (await navigator.storage?.persisted?.());
  } catch {
    return undefined;
  }
}
