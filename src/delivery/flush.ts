/**
 * Sending what the outbox holds. Always under the outbox lock, so one page (or the kiosk's service worker) sends at
 * a time and no id is POSTed twice at once. A pass sends every due record oldest first, a few in parallel; a refused
 * record moves to `undeliverable` and the pass goes on — one bad item never blocks the others.
 */
import { deliveryConfig } from './config.js';
import { withOutboxLock } from './lock.js';
import { announce, SendOutcomeEvent } from './events.js';
import {
  beginSend,
  deleteDelivered,
  dueRecords,
  earliestAttempt,
  settle,
  StorageUnavailableError,
  type OutboxRecord,
} from './outbox-store.js';
import { reportRefused } from './problems.js';
import { sendSubmission } from './sender.js';

let onNextAttempt: ((at: number) => void) | undefined;

/** The triggers listen here to wake up when the soonest retry is due. */
export function setNextAttemptListener(listener?: (at: number) => void): void {
  onNextAttempt = listener;
}

/** Sends one marked record; a 2xx is handed to `delivered` (a pass batches the deletes). */
async function sendMarked(
  record: OutboxRecord,
  timeoutMs: number,
  delivered: (record: OutboxRecord) => void,
): Promise<void> {
  const outcome = await sendSubmission(record.endpoint, record.submission, timeoutMs);
  announce(new SendOutcomeEvent(record.id, outcome.kind === 'delivered'));
  if (outcome.kind === 'delivered') return delivered(record);
  const at = await settle(record, outcome);
  if (at) onNextAttempt?.(at);
  if (outcome.kind === 'undeliverable') reportRefused(record.id, record.endpoint, outcome.httpStatus, true);
}

async function pass(exclusive: boolean, wakeAll: boolean): Promise<void> {
  const { concurrency, timeoutMs, dbName } = deliveryConfig();
  const attempted = new Set<string>();
  // Acknowledged records are deleted in as few transactions as possible while the workers go on sending: those
  // acknowledged while a delete is written join the next one. A delete still pending when the page closes means a
  // resend later, which the endpoint's idempotency absorbs.
  const acknowledged: OutboxRecord[] = [];
  let deleting = Promise.resolve();
  const delivered = (record: OutboxRecord) => {
    if (acknowledged.push(record) === 1) deleting = deleting.then(() => deleteDelivered(acknowledged.splice(0)));
  };
  // Loop: submissions stored while a pass runs are picked up by the same pass. A pass belongs to one outbox; if the
  // database is switched (tests do), it stops rather than send from the new one.
  for (let first = true; deliveryConfig().dbName === dbName; first = false) {
    const due = (await dueRecords(exclusive, wakeAll && first)).filter((r) => !attempted.has(r.id));
    if (!due.length) break;
    for (const record of due) attempted.add(record.id);
    // Records are marked `sending` a block at a time, oldest first, just ahead of the workers that send them.
    let cursor = 0;
    const ready: OutboxRecord[] = [];
    let marking: Promise<void> | undefined;
    const mark = async () => {
      const block = due.slice(cursor, (cursor += concurrency * 4)).map((r) => r.id);
      ready.push(...(await beginSend(block, timeoutMs, exclusive)));
      marking = undefined;
    };
    const take = async () => {
      while (!ready.length && (marking || cursor < due.length)) await (marking ??= mark());
      return ready.shift();
    };
    const worker = async () => {
      for (let record; (record = await take());) await sendMarked(record, timeoutMs, delivered);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
    await deleting;
  }
  if (deliveryConfig().dbName !== dbName) return;
  const at = await earliestAttempt();
  if (at) onNextAttempt?.(at);
}

let pending: Promise<void> | undefined;
let pendingWakeAll = false;
let chain = Promise.resolve();

/**
 * Sends everything due. Calls made before a pass starts share it; calls made while it runs share one follow-up pass,
 * so each caller's items are seen. Resolves quietly when storage is unavailable (there is nothing stored to send).
 */
export function flush(wakeAll = false): Promise<void> {
  pendingWakeAll ||= wakeAll;
  return (pending ??= chain =
    chain.then(() => {
      const wake = pendingWakeAll;
      pending = undefined;
      pendingWakeAll = false;
      return withOutboxLock((exclusive) => pass(exclusive, wake)).catch((error) => {
        // No storage means nothing stored to send (deliver() already reported it); anything else is worth a warning.
        if (!(error instanceof StorageUnavailableError))
          console.warn('patient-feedback: outbox flush stopped:', (error as Error | undefined)?.message);
      });
    }));
}
