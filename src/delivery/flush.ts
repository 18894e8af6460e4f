/**
 * Sending what the outbox holds. Always under the outbox lock, so one page (or the kiosk's service worker) sends at
 * a time and no id is POSTed twice at once. A pass sends every due record oldest first, a few in parallel (still one
 * submission per request, each deleted only after its own 2xx); a refused record moves to `undeliverable` and the
 * pass goes on — one bad item never blocks the others — and an endpoint that asks to wait, or does not answer, is
 * waited for without holding up the others' records (pass-queue.ts).
 */
import { deliveryConfig } from './config.js';
import { withOutboxLock } from './lock.js';
import { announce, SendOutcomeEvent } from './events.js';
import {
  beginSend,
  deleteDelivered,
  dueRecords,
  earliestAttempt,
  markedSending,
  postpone,
  settle,
  StorageUnavailableError,
  type OutboxRecord,
} from './outbox-store.js';
import { PassQueue } from './pass-queue.js';
import { reportRefused } from './problems.js';
import { sendSubmission } from './sender.js';

let onNextAttempt: ((at: number) => void) | undefined;

/** An acknowledged record leaves the outbox at most this long after its 2xx. */
const DELETE_WITHIN_MS = 200;

/** The triggers listen here to wake up when the soonest retry is due. */
export function setNextAttemptListener(listener?: (at: number) => void): void {
  onNextAttempt = listener;
}

/** Sends one marked record; a 2xx is handed to `delivered` (a pass batches the deletes). */
async function sendMarked(
  record: OutboxRecord,
  { timeoutMs, keepalive }: { timeoutMs: number; keepalive: boolean },
  queue: PassQueue,
  delivered: (record: OutboxRecord) => void,
): Promise<void> {
  const outcome = await sendSubmission(record.endpoint, record.submission, timeoutMs, keepalive);
  announce(new SendOutcomeEvent(record.id, outcome.kind === 'delivered'));
  if (outcome.kind === 'delivered') {
    queue.sent(record, outcome, undefined);
    return delivered(record);
  }
  const at = await settle(record, outcome);
  queue.sent(record, outcome, at);
  if (at) onNextAttempt?.(at);
  if (outcome.kind === 'undeliverable') reportRefused(record.id, record.endpoint, outcome.httpStatus, true);
}

async function pass(exclusive: boolean, wakeAll: boolean): Promise<void> {
  const { concurrency, timeoutMs, dbName } = deliveryConfig();
  const attempted = new Set<string>();
  // Acknowledged records are deleted a block at a time while the workers go on sending (a transaction per record
  // would cost more than its POST): in the transaction that marks the next block when the marks are written, else on
  // their own DELETE_WITHIN_MS after the first of them — at a backlog's pace, one transaction per fifty or so records,
  // where the browser's database work stays well below the network's. A delete still pending when the page closes
  // means a resend later, which the endpoint's idempotency absorbs.
  const acknowledged: OutboxRecord[] = [];
  let deleting = Promise.resolve();
  let deleteTimer: ReturnType<typeof setTimeout> | undefined;
  const takeAcknowledged = () => {
    clearTimeout(deleteTimer);
    deleteTimer = undefined;
    return acknowledged.splice(0);
  };
  const writeDeletes = () => {
    const block = takeAcknowledged();
    if (block.length) deleting = deleting.then(() => deleteDelivered(block));
  };
  const delivered = (record: OutboxRecord) => {
    acknowledged.push(record);
    deleteTimer ??= setTimeout(writeDeletes, DELETE_WITHIN_MS);
  };
  // Loop: submissions stored while a pass runs are picked up by the same pass. A pass belongs to one outbox; if the
  // database is switched (tests do), it stops rather than send from the new one.
  for (let first = true; deliveryConfig().dbName === dbName; first = false) {
    const due = (await dueRecords(exclusive, wakeAll && first)).filter((r) => !attempted.has(r.id));
    if (!due.length) break;
    for (const record of due) attempted.add(record.id);
    // A few records: most likely what a patient just sent, which should outlive the page; more is a backlog, sent
    // without keepalive and, under the Web Lock, without writing each record's `sending` mark: the lease guards only
    // senders without Web Locks, and with the lock held nothing else sends. A backlog's record in flight stays
    // `queued` on disk, so a page closing mid-send leaves it due as before; marking then takes no IndexedDB
    // transaction at all, so the workers never wait on one between POSTs (the deletes are written on their own).
    // The staff status counts such a record as waiting, not sending, meanwhile.
    const backlog = due.length > concurrency;
    const keepMark = !(backlog && exclusive);
    const sending = { timeoutMs, keepalive: !backlog };
    const queue = new PassQueue(due, concurrency, (block) =>
      keepMark
        ? beginSend(block, timeoutMs, exclusive, takeAcknowledged())
        : Promise.resolve(block.map((record) => markedSending(record, timeoutMs))),
    );
    const worker = async () => {
      for (let record; (record = await queue.take());) await sendMarked(record, sending, queue, delivered);
    };
    try {
      await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
    } finally {
      writeDeletes();
      // Records of an endpoint that asked to wait go back in line for the time it gave.
      // A mark that was never written has no attempt to take back.
      const postponed = keepMark ? queue.postponed : queue.postponed.map((p) => ({ ...p, marked: false }));
      if (postponed.length) await postpone(postponed, exclusive);
    }
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
