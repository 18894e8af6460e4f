/**
 * The sender: a background job, like the results roll-up, that sends the messages due — at start, every `pollMs`,
 * and at once when this process queues one (`wake`). With several collector processes on one PostgreSQL database one
 * of them sends at a time (the `webhooks` claim, collector/store/claim.ts), so a message is never in two attempts at
 * once. Each attempt is signed afresh (a new `webhook-timestamp`, the message's own `webhook-id`); an attempt cut off
 * by the collector closing is not counted, and the message goes out under the same id after the restart. A FHIR
 * destination's message is forwarded instead (fhir-forwarding.ts), through the same queue, log and schedule.
 */
import type { Claims } from '../store/claim.js';
import { startClaimedJob } from '../store/claimed-job.js';
import { deliver } from './delivery.js';
import type { WebhookEndpoints } from './endpoints.js';
import type { FhirForwarding } from './fhir-forwarding.js';
import type { DueMessage, WebhookQueue } from './queue.js';
import { webhookHeaders } from './signature.js';

export interface SenderOptions {
  /** How long to wait for a receiver's answer; default 15 s (the spec recommends 15 to 30). */
  timeoutMs?: number;
  /** How often to look for messages due (another process's, or a retry's time come); default 2 s. */
  pollMs?: number;
  /** Attempts under way at once. */
  parallel?: number;
  /**
   * At stop, how long attempts under way may take to finish before they are cut off; default 2 s. An attempt whose
   * receiver answered in that time is recorded, so it is not sent again (under its id) after the restart.
   */
  stopGraceMs?: number;
  now?: () => Date;
}

/** Work the claimed run does before sending (the catch-up of what ingest may have missed). */
export type BeforeSending = () => Promise<unknown>;

const BATCH = 50;

export function startSender(
  queue: WebhookQueue,
  endpoints: WebhookEndpoints,
  claims: Claims,
  log: (line: string) => void,
  options: SenderOptions,
  forwarding: FhirForwarding,
  before: BeforeSending = () => Promise.resolve(),
) {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const parallel = options.parallel ?? 8;
  const now = options.now ?? (() => new Date());
  const stopping = new AbortController();
  /** Set at stop: no attempt starts after it, and the ones under way have `stopGraceMs` to finish. */
  let closing = false;

  async function attempt(message: DueMessage, gone: Set<string>): Promise<void> {
    if (gone.has(message.endpointId)) return;
    const at = now();
    if (message.kind === 'fhir') {
      const { result, verdict } = await forwarding.attempt(message, stopping.signal);
      if (!result.interrupted) await queue.record(message, result, at, verdict);
      return;
    }
    const headers = webhookHeaders(message.id, message.payload, message.secrets, at);
    const result = await deliver(message.url, message.payload, headers, timeoutMs, stopping.signal);
    if (result.interrupted) return;
    const outcome = await queue.record(message, result, at);
    if (outcome === 'gone') {
      gone.add(message.endpointId);
      await endpoints.gone(message.endpointId);
      log(`Webhook endpoint ${message.endpointId} answered 410 Gone: turned off.`);
    }
  }

  /** Everything due now, a batch at a time, `parallel` attempts at once. */
  async function sendDue(): Promise<void> {
    while (!closing) {
      const due = await queue.due(BATCH);
      if (!due.length) return;
      const waiting = [...due];
      const gone = new Set<string>();
      const lanes = Array.from({ length: Math.min(parallel, waiting.length) }, async () => {
        for (let next = waiting.shift(); next && !closing; next = waiting.shift()) {
          // An endpoint turned off by a 410 earlier in this batch gets nothing more.
          await attempt(next, gone);
        }
      });
      await Promise.all(lanes);
      if (due.length < BATCH) return;
    }
  }

  const job = startClaimedJob(
    claims,
    'webhooks',
    async () => {
      await before();
      await sendDue();
    },
    { everyMs: options.pollMs ?? 2_000, log, failure: 'Webhooks could not be sent' },
  );
  return {
    /** Something was queued in this process: send it now rather than at the next poll. */
    wake: job.wake,
    /**
     * Stops polling and starting attempts, gives those under way `stopGraceMs` to finish, cuts off the rest (they stay
     * due, same id) and waits for the run to end.
     */
    async stop() {
      closing = true;
      const running = job.halt();
      if (running) {
        let grace: NodeJS.Timeout | undefined;
        const graceOver = new Promise<void>((resolve) => (grace = setTimeout(resolve, options.stopGraceMs ?? 2_000)));
        await Promise.race([running, graceOver]);
        clearTimeout(grace);
      }
      stopping.abort();
      await running;
    },
  };
}
