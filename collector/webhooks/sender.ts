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
  /** Attempts under way at once; default 8. */
  parallel?: number;
  /** Attempts under way at once to one endpoint; default 2. A receiver that hangs holds up only its own messages. */
  perEndpoint?: number;
  /**
   * At stop, how long attempts under way may take to finish before they are cut off; default 2 s. An attempt whose
   * receiver answered in that time is recorded, so it is not sent again (under its id) after the restart.
   */
  stopGraceMs?: number;
  now?: () => Date;
}

/**
 * Work the claimed run does before each look for what is due (the catch-up of what ingest may have missed, which
 * keeps its own pace: at most once a minute), so a run kept long by a receiver that hangs does not hold it back.
 */
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
  const perEndpoint = options.perEndpoint ?? 2;
  const pollMs = options.pollMs ?? 2_000;
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

  /** Resolves the run's wait for something to do (see sendDue): something was queued in this process. */
  let poke: (() => void) | undefined;
  /** An attempt's end, a wake or `pollMs`, whichever comes first. */
  function nextChange(underWay: Iterable<Promise<void>>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const wait = new Promise<void>((resolve) => {
      poke = resolve;
      timer = setTimeout(resolve, pollMs);
    });
    return Promise.race([...underWay, wait]).finally(() => {
      clearTimeout(timer);
      poke = undefined;
    });
  }

  /**
   * Everything due: `parallel` attempts at once, at most `perEndpoint` of them to one endpoint, so a receiver that
   * hangs (or a backlog of one endpoint's) holds up only its own messages. Whenever an attempt ends, something is
   * queued here or `pollMs` passes, it looks again for what is due; it ends once nothing is under way.
   */
  async function sendDue(): Promise<void> {
    const underWay = new Map<string, { endpointId: string; done: Promise<void> }>();
    const gone = new Set<string>();
    try {
      while (!closing) {
        await before();
        if (underWay.size < parallel) {
          const load = new Map<string, number>();
          for (const { endpointId } of underWay.values()) load.set(endpointId, (load.get(endpointId) ?? 0) + 1);
          const full = [...load].filter(([, n]) => n >= perEndpoint).map(([endpointId]) => endpointId);
          const due = await queue.due(BATCH, { messages: [...underWay.keys()], endpoints: [...gone, ...full] });
          for (const message of due) {
            if (underWay.size >= parallel || closing) break;
            const { endpointId } = message;
            // An endpoint turned off by a 410 during this run gets nothing more.
            if (gone.has(endpointId) || (load.get(endpointId) ?? 0) >= perEndpoint) continue;
            load.set(endpointId, (load.get(endpointId) ?? 0) + 1);
            const done = attempt(message, gone).finally(() => underWay.delete(message.id));
            underWay.set(message.id, { endpointId, done });
          }
        }
        if (!underWay.size) return;
        await nextChange([...underWay.values()].map((u) => u.done));
      }
    } finally {
      // However the run ends, it ends after its attempts: the claim is not let go while one is under way.
      await Promise.allSettled([...underWay.values()].map((u) => u.done));
    }
  }

  const job = startClaimedJob(claims, 'webhooks', sendDue, {
    everyMs: pollMs,
    log,
    failure: 'Webhooks could not be sent',
  });
  return {
    /** Something was queued in this process: send it now rather than at the next poll, even during a run. */
    wake() {
      poke?.();
      job.wake();
    },
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
