/**
 * Sending what the outbox holds. Always under the outbox lock, so one page (or the kiosk's service worker) sends at
 * a time and no id is POSTed twice at once. A pass sends every due record oldest first, a few in parallel; a refused
 * record moves to `undeliverable` and the pass goes on — one bad item never blocks the others.
 */
import { deliveryConfig } from './config.js';
import { withOutboxLock } from './lock.js';
import { beginSend, deleteDelivered, dueRecords, earliestAttempt, getRecord, isUndeliverable, settle } from './outbox.js';
import { StorageUnavailableError, type OutboxRecord } from './outbox-db.js';
import { reportProblem } from './problems.js';
import { sendSubmission, type SendOutcome } from './sender.js';

let nextAttemptListener: ((at: number) => void) | undefined;

/** Triggers listen here to wake up when the soonest retry is due. */
export function onNextAttempt(listener: ((at: number) => void) | undefined): void {
  nextAttemptListener = listener;
}

/** Sends one marked record and applies the outcome; a 2xx is handed to `delivered` (batched deletes in a pass). */
async function sendMarked(
  sending: OutboxRecord,
  timeoutMs: number,
  delivered: (record: OutboxRecord) => Promise<void>,
): Promise<SendOutcome> {
  const outcome = await sendSubmission(sending.endpoint, sending.submission, timeoutMs);
  if (outcome.kind === 'delivered') {
    await delivered(sending);
    return outcome;
  }
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

/**
 * Deletes acknowledged records in as few transactions as possible: records acknowledged while a delete is being
 * written join the next one. A record whose delete is still pending when the page closes is resent later, and the
 * endpoint's idempotency absorbs it.
 */
function deleteInBatches(): (record: OutboxRecord) => Promise<void> {
  let pending: OutboxRecord[] = [];
  let chain: Promise<void> = Promise.resolve();
  let scheduled = false;
  return (record) => {
    pending.push(record);
    if (!scheduled) {
      scheduled = true;
      chain = chain
        .catch(() => undefined)
        .then(() => {
          scheduled = false;
          const batch = pending;
          pending = [];
          return deleteDelivered(batch);
        });
    }
    return chain;
  };
}

async function pass(exclusive: boolean, wakeAll: boolean): Promise<void> {
  const { concurrency, timeoutMs } = deliveryConfig();
  const markAhead = concurrency * 4;
  const attempted = new Set<string>();
  const deleteBatched = deleteInBatches();
  const deletes: Promise<void>[] = [];
  // The worker goes on to its next send while the delete is written; the pass waits for every delete before it ends.
  const delivered = (record: OutboxRecord) => {
    deletes.push(deleteBatched(record));
    return Promise.resolve();
  };
  // A pass belongs to one outbox; if the database is switched (tests do), it stops rather than send from the new one.
  const { dbName } = deliveryConfig();
  // Loop: submissions stored while a pass runs are picked up by the same pass.
  for (let first = true; deliveryConfig().dbName === dbName; first = false) {
    const due = (await dueRecords(exclusive, wakeAll && first)).filter((r) => !attempted.has(r.id));
    if (!due.length) break;
    for (const record of due) attempted.add(record.id);
    let cursor = 0;
    const ready: OutboxRecord[] = [];
    let marking: Promise<void> | null = null;
    // Records are marked `sending` a block at a time, oldest first, just ahead of the workers that send them.
    const take = async (): Promise<OutboxRecord | undefined> => {
      while (!ready.length) {
        if (!marking && cursor >= due.length) return undefined;
        marking ??= (async () => {
          const block = due.slice(cursor, (cursor += markAhead)).map((r) => r.id);
          ready.push(...(await beginSend(block, timeoutMs, exclusive)));
        })().finally(() => {
          marking = null;
        });
        await marking;
      }
      return ready.shift();
    };
    const worker = async () => {
      for (let record = await take(); record; record = await take()) await sendMarked(record, timeoutMs, delivered);
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, due.length) }, worker));
    await Promise.all(deletes.splice(0));
  }
  if (deliveryConfig().dbName !== dbName) return;
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
      .catch((error) => {
        // No storage means nothing stored to send (deliver() already reported it); anything else is worth a warning.
        if (!(error instanceof StorageUnavailableError)) console.warn('patient-feedback: outbox flush stopped:', (error as Error)?.message);
      })
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
    const [sending] = await beginSend([id], timeoutMs, exclusive);
    if (!sending) return 'queued';
    const outcome = await sendMarked(sending, timeoutMs, (r) => deleteDelivered([r]));
    return outcome.kind === 'delivered' ? 'delivered' : 'queued';
  }).catch(() => 'queued' as const);
}
