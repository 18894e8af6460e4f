/**
 * Sending what the outbox holds. Always under the outbox lock, so one page (or the kiosk's service worker) sends at
 * a time and no id is POSTed twice at once. A pass sends every due record oldest first, a few in parallel; a refused
 * record moves to `undeliverable` and the pass goes on — one bad item never blocks the others.
 */
import { deliveryConfig } from './config.js';
import { withOutboxLock } from './lock.js';
import { beginSend, dueRecords, earliestAttempt, getRecord, isUndeliverable, settle } from './outbox.js';
import type { OutboxRecord } from './outbox-db.js';
import { reportProblem } from './problems.js';
import { sendSubmission, type SendOutcome } from './sender.js';

let nextAttemptListener: ((at: number) => void) | undefined;

/** Triggers listen here to wake up when the soonest retry is due. */
export function onNextAttempt(listener: ((at: number) => void) | undefined): void {
  nextAttemptListener = listener;
}

async function attempt(record: OutboxRecord, timeoutMs: number, exclusive: boolean): Promise<SendOutcome | undefined> {
  const sending = await beginSend(record.id, timeoutMs, exclusive);
  if (!sending) return undefined;
  const outcome = await sendSubmission(sending.endpoint, sending.submission, timeoutMs);
  const at = await settle(sending, outcome);
  if (at !== undefined) nextAttemptListener?.(at);
  if (outcome.kind === 'undeliverable') {
    reportProblem({
      code: 'undeliverable',
      message:
        `Your endpoint ${sending.endpoint} refused submission ${sending.id} with ${outcome.httpStatus}; ` +
        'it is kept on this device as undeliverable (staff can export it). Check the endpoint accepts this submission.',
      submissionId: sending.id,
      endpoint: sending.endpoint,
      httpStatus: outcome.httpStatus,
    });
  }
  return outcome;
}

async function pass(exclusive: boolean, wakeAll: boolean): Promise<void> {
  const { concurrency, timeoutMs } = deliveryConfig();
  const attempted = new Set<string>();
  // Loop: submissions stored while a pass runs are picked up by the same pass.
  for (let first = true; ; first = false) {
    const due = (await dueRecords(exclusive, wakeAll && first)).filter((r) => !attempted.has(r.id));
    if (!due.length) break;
    let next = 0;
    const worker = async () => {
      while (next < due.length) {
        const record = due[next++]!;
        attempted.add(record.id);
        await attempt(record, timeoutMs, exclusive);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
  }
  const at = await earliestAttempt();
  if (at !== undefined) nextAttemptListener?.(at);
}

let running: Promise<void> | null = null;
let queuedPass: Promise<void> | null = null;
let queuedWakeAll = false;

/**
 * Sends everything due. Calls made while a pass runs share one follow-up pass, so each caller's items are seen.
 * Resolves quietly when storage is unavailable (there is nothing stored to send).
 */
export function flush(wakeAll = false): Promise<void> {
  if (!running) {
    running = withOutboxLock((exclusive) => pass(exclusive, wakeAll))
      .catch((error) => console.warn('patient-feedback: outbox flush stopped:', (error as Error)?.message))
      .finally(() => {
        running = null;
      });
    return running;
  }
  queuedWakeAll ||= wakeAll;
  queuedPass ??= running.then(() => {
    const wake = queuedWakeAll;
    queuedPass = null;
    queuedWakeAll = false;
    return flush(wake);
  });
  return queuedPass;
}

/**
 * The first send of a freshly stored submission, under the lock. 'delivered' when the endpoint took it (here or in
 * another page that got to it first), 'queued' otherwise — including when it was refused and kept as undeliverable.
 */
export function sendStored(id: string, timeoutMs: number): Promise<'delivered' | 'queued'> {
  return withOutboxLock(async (exclusive) => {
    const record = await getRecord(id);
    if (!record) return (await isUndeliverable(id)) ? 'queued' : 'delivered';
    // Another sender already tried it and scheduled a retry: leave it to the schedule.
    if (record.attempts > 0 && record.state === 'queued') return 'queued';
    const outcome = await attempt(record, timeoutMs, exclusive);
    return outcome?.kind === 'delivered' ? 'delivered' : 'queued';
  }).catch(() => 'queued' as const);
}
