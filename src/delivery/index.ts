/**
 * Delivery: getting a patient's submission to the practice's endpoint and never losing or duplicating it.
 * Elements and the kiosk use only this file; the rest of the folder is its parts (Workbox's layout: one job per file).
 *
 *   deliver()  stores the submission in the IndexedDB outbox first, then sends it (POST, Idempotency-Key).
 *   startDelivery()  keeps flushing the outbox: now, when online again, when visible again, on a timer.
 *
 * Contract: docs/submission-and-delivery.md. Deleted only after a 2xx (or 409); refused ones are kept as undeliverable.
 */
import type { Submission } from '../core/definition.js';
import { deliveryConfig } from './config.js';
import { onSendOutcome } from './events.js';
import { flush } from './flush.js';
import { enqueue, isSettled } from './outbox-store.js';
import { reportRefused } from './problems.js';
import { sendSubmission } from './sender.js';
import { reportStorageFault } from './storage.js';

export { configureDelivery, type DeliveryConfig } from './config.js';
export { deviceHeaders, useDeviceToken } from './device-token.js';
export { onDeliveryProblem } from './events.js';
export type { DeliveryProblem } from './problems.js';
export { requestPersistence } from './storage.js';
export { startDelivery } from './triggers.js';
export { clearDeliveryData, outboxStatus, undeliverableSubmissions, type OutboxStatus } from './staff.js';

export interface DeliveryResult {
  status: 'delivered' | 'queued' | 'not-saved';
  /** True when the submission is kept on this device until the endpoint has it. */
  stored: boolean;
}

/**
 * Stores the submission, then sends it. 'delivered' when the endpoint took it within `waitMs` (default 2 s), else
 * 'queued' (sending goes on). Without storage it sends directly and says `stored: false` — 'not-saved' when that send
 * failed too. Throws a TypeError when `endpoint` is not a URL.
 */
export async function deliver(
  submission: Submission,
  endpoint: string,
  { waitMs = 2_000 } = {},
): Promise<DeliveryResult> {
  const { id } = submission;
  // Absolute, so a service worker or another page sends to the same place.
  const url = new URL(endpoint, globalThis.location?.href).href;
  try {
    await enqueue(submission, url);
  } catch (error) {
    reportStorageFault(error, id, url);
    // Nothing is kept, so the patient's answer waits for the real outcome (up to the timeout), not for `waitMs`.
    const { kind, httpStatus } = await sendSubmission(url, submission, deliveryConfig().timeoutMs);
    if (kind === 'undeliverable') reportRefused(id, url, httpStatus, false);
    return { status: kind === 'delivered' ? 'delivered' : 'not-saved', stored: false };
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopListening: (() => void) | undefined;
  const status = await new Promise<'delivered' | 'queued'>((resolve) => {
    const outcome = (delivered: boolean) => resolve(delivered ? 'delivered' : 'queued');
    stopListening = onSendOutcome((e) => {
      if (e.submissionId === id) outcome(e.delivered);
    });
    timer = setTimeout(outcome, waitMs, false);
    // When this page did not send it: gone from the outbox and not refused means another page delivered it first.
    flush()
      .then(() => isSettled(id))
      .then(outcome, () => outcome(false));
  });
  clearTimeout(timer);
  stopListening?.();
  return { status, stored: true };
}

/** Staff pressed "Send now": don't wait out backoff delays (a Retry-After the endpoint gave is still honoured). */
export const sendNow = (): Promise<void> => flush(true);
