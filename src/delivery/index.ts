/**
 * Delivery: getting a patient's submission to the practice's endpoint and never losing or duplicating it.
 * Elements and the kiosk use only this file; the rest of the folder is its parts (Workbox's layout: one job per file).
 *
 *   deliver()  stores the submission in the IndexedDB outbox first, then sends it (POST, Idempotency-Key).
 *   startDelivery()  keeps flushing the outbox: now, when online again, when visible again, on a timer.
 *
 * Contract: DESIGN.md "Delivery". Deleted only after a 2xx (or 409); refused ones are kept as undeliverable.
 */
import type { Submission } from '../core/definition.js';
import { configureDelivery, deliveryConfig, type DeliveryConfig } from './config.js';
import { flush, sendStored } from './flush.js';
import { withOutboxLock } from './lock.js';
import { enqueue } from './outbox.js';
import { getDb } from './outbox-db.js';
import { reportProblem } from './problems.js';
import { countOld } from './retention.js';
import { sendSubmission } from './sender.js';
import { persistenceState, requestPersistence, storageFault, storageFaultMessage } from './storage.js';

export { configureDelivery, type DeliveryConfig };
export { onDeliveryProblem, type DeliveryProblem } from './problems.js';
export { startDelivery } from './triggers.js';
export { requestPersistence };

export interface DeliveryResult {
  status: 'delivered' | 'queued' | 'not-saved';
  /** True when the submission is kept on this device until the endpoint has it. */
  stored: boolean;
}

export interface OutboxStatus {
  queued: number;
  sending: number;
  undeliverable: number;
  /** Waiting longer than the retention window (default 7 days): still kept, but something is wrong. */
  old: number;
  lastDeliveryAt?: string;
  persisted?: boolean;
  storageAvailable: boolean;
}

const DEFAULT_WAIT_MS = 2_000;

function resolveEndpoint(endpoint: string): string {
  // Absolute, so a service worker or another page sends to the same place; throws TypeError when not a URL.
  const base = typeof location !== 'undefined' ? location.href : undefined;
  return new URL(endpoint, base).href;
}

/**
 * Stores the submission, then sends it. 'delivered' when the endpoint took it within `waitMs`, else 'queued' (sending
 * goes on). Without storage it sends directly and says `stored: false` — 'not-saved' when that send failed too.
 */
export async function deliver(
  submission: Submission,
  endpoint: string,
  options: { waitMs?: number; timeoutMs?: number } = {},
): Promise<DeliveryResult> {
  const url = resolveEndpoint(endpoint);
  const timeoutMs = options.timeoutMs ?? deliveryConfig().timeoutMs;
  try {
    await enqueue(submission, url);
  } catch (error) {
    return deliverWithoutStorage(submission, url, timeoutMs, storageFault(error));
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const waited = new Promise<'queued'>((resolve) => {
    timer = setTimeout(() => resolve('queued'), options.waitMs ?? DEFAULT_WAIT_MS);
  });
  const status = await Promise.race([sendStored(submission.id, timeoutMs), waited]);
  clearTimeout(timer);
  return { status, stored: true };
}

async function deliverWithoutStorage(
  submission: Submission,
  url: string,
  timeoutMs: number,
  fault: ReturnType<typeof storageFault>,
): Promise<DeliveryResult> {
  reportProblem({ code: fault, message: storageFaultMessage(fault, url), submissionId: submission.id, endpoint: url });
  // Nothing is kept, so the patient's answer waits for the real outcome (up to the timeout), not for `waitMs`.
  const outcome = await sendSubmission(url, submission, timeoutMs);
  if (outcome.kind === 'delivered') return { status: 'delivered', stored: false };
  if (outcome.kind === 'undeliverable') {
    reportProblem({
      code: 'undeliverable',
      message: `Your endpoint ${url} refused submission ${submission.id} with ${outcome.httpStatus}, and this browser cannot keep it.`,
      submissionId: submission.id,
      endpoint: url,
      httpStatus: outcome.httpStatus,
    });
  }
  return { status: 'not-saved', stored: false };
}

/** Sends everything due now (oldest first) and resolves when that pass is done. */
export function flushNow(): Promise<void> {
  return flush();
}

/** Staff pressed "Send now": don't wait out backoff delays (a Retry-After the endpoint gave is still honoured). */
export function sendNow(): Promise<void> {
  return flush(true);
}

export async function outboxStatus(): Promise<OutboxStatus> {
  const persisted = await persistenceState();
  try {
    const db = await getDb();
    const records = await db.getAll('outbox');
    const lastDeliveryAt = (await db.get('meta', 'lastDeliveryAt')) as string | undefined;
    return {
      queued: records.filter((r) => r.state === 'queued').length,
      sending: records.filter((r) => r.state === 'sending').length,
      undeliverable: await db.count('undeliverable'),
      old: countOld(records),
      ...(lastDeliveryAt ? { lastDeliveryAt } : {}),
      ...(persisted === undefined ? {} : { persisted }),
      storageAvailable: true,
    };
  } catch {
    return { queued: 0, sending: 0, undeliverable: 0, old: 0, ...(persisted === undefined ? {} : { persisted }), storageAvailable: false };
  }
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

/** Staff-confirmed wipe of the outbox and the undeliverable store (kiosk "clear local data"). Under the lock, so an
 * in-flight send cannot bring a record back. */
export async function clearDeliveryData(): Promise<void> {
  await withOutboxLock(async () => {
    const tx = (await getDb()).transaction(['outbox', 'undeliverable'], 'readwrite', { durability: 'strict' });
    await Promise.all([tx.objectStore('outbox').clear(), tx.objectStore('undeliverable').clear(), tx.done]);
  });
}
