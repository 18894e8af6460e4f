/**
 * The durable queue (migration 016): a message per event and endpoint that wants it, written when the submission is
 * stored; the messages due for an attempt; the outcome of each attempt and the delivery log. A message's id is
 * written before its first attempt and never changes, so every retry — after a restart too — carries the same
 * `webhook-id`. Knows nothing of HTTP.
 */
import type { Kysely, Selectable } from 'kysely';
import type { Database, WebhookMessagesTable } from '../store/schema.js';
import type {
  WebhookEndpointKind,
  WebhookAttempt,
  WebhookBody,
  WebhookMessage,
  WebhookMessageDetail,
  WebhookMessagePage,
} from '../../src/core/webhooks-api.js';
import type { AttemptResult } from './delivery.js';
import { signingSecrets, type SendingEndpoint } from './endpoint-rows.js';
import { wants, type WebhookEvent } from './events.js';
import { nextDelay, retryAfterMs } from './schedule.js';
import { newMessageId } from './secrets.js';

type Row = Selectable<WebhookMessagesTable>;

/** What `due` leaves out: messages under way, and endpoints taking no more for now. */
export interface DueBesides {
  messages?: readonly string[];
  endpoints?: readonly string[];
}

/**
 * A message due now, with what the sender needs: the body as signed, where, and the secrets that sign now — or, for
 * a FHIR destination, its credentials (the body is then the event the resource is made from).
 */
export interface DueMessage {
  id: string;
  endpointId: string;
  kind: WebhookEndpointKind;
  url: string;
  payload: string;
  attempts: number;
  secrets: string[];
  credentials: string | null;
  lastStatusCode: number | null;
  sendAgain: boolean;
}

/** What became of a message after an attempt. */
export type Outcome = 'delivered' | 'retry' | 'failed' | 'gone';

/**
 * What an attempt's answer means: delivered; the receiver wants nothing more (`gone`); it refused this message for
 * good (`refused`: failed at once); try again on the schedule (`retry`), or at once (`retry-now`) — either failed
 * once the schedule is over.
 */
export type Verdict = 'delivered' | 'gone' | 'refused' | 'retry' | 'retry-now';

/** A webhook receiver's answer (Standard Webhooks): 2xx delivered, 410 gone, anything else tried again. */
export function webhookVerdict(code: number | null): Verdict {
  if (code !== null && code >= 200 && code < 300) return 'delivered';
  return code === 410 ? 'gone' : 'retry';
}

export function toMessage(row: Row): WebhookMessage {
  return {
    id: row.id,
    endpointId: row.endpoint_id,
    type: row.event_type,
    createdAt: row.created_at,
    status: row.status,
    attempts: Number(row.attempts),
    nextAttemptAt: row.status === 'pending' ? row.next_attempt_at : null,
    lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
    lastError: row.last_error,
  };
}

const PAGE = 50;

export class WebhookQueue {
  constructor(
    private readonly db: Kysely<Database>,
    /** The endpoints switched on, as this process holds them (cached: enqueueing costs no read). */
    private readonly endpoints: () => Promise<readonly SendingEndpoint[]>,
    private readonly now: () => Date = () => new Date(),
    private readonly schedule?: readonly number[],
    private readonly random: () => number = Math.random,
  ) {}

  /**
   * One message per event and endpoint that wants it (and that `only` lets through); an event already queued for an
   * endpoint is left as it is.
   */
  async enqueue(
    events: readonly WebhookEvent[],
    only: (endpoint: SendingEndpoint, event: WebhookEvent) => boolean = () => true,
  ): Promise<number> {
    const endpoints = await this.endpoints();
    const at = this.now().toISOString();
    const rows = events.flatMap((event) =>
      endpoints
        .filter((endpoint) => wants(endpoint, event) && only(endpoint, event))
        .map((endpoint) => ({
          id: newMessageId(),
          endpoint_id: endpoint.id,
          event_type: event.type,
          event_key: event.key,
          payload: event.body,
          created_at: at,
          next_attempt_at: at,
        })),
    );
    if (!rows.length) return 0;
    const result = await this.db
      .insertInto('webhook_messages')
      .values(rows)
      .onConflict((oc) => oc.columns(['endpoint_id', 'event_key']).doNothing())
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0);
  }

  /**
   * Pending messages whose time has come, of endpoints switched on, soonest first; `besides` leaves out the messages
   * already under way and the endpoints that may not take another one now (the sender's lanes).
   */
  async due(limit: number, besides: DueBesides = {}): Promise<DueMessage[]> {
    const now = this.now();
    const { messages = [], endpoints = [] } = besides;
    const rows = await this.db
      .selectFrom('webhook_messages as m')
      .innerJoin('webhook_endpoints as e', 'e.id', 'm.endpoint_id')
      .select([
        'm.id',
        'm.endpoint_id',
        'm.payload',
        'm.attempts',
        'm.send_again',
        'm.last_status_code',
        'e.kind',
        'e.credentials',
        'e.url',
        'e.secret',
        'e.previous_secret',
        'e.previous_secret_until',
      ])
      .where('m.status', '=', 'pending')
      .where('m.next_attempt_at', '<=', now.toISOString())
      .where('e.enabled', '=', 1)
      .$if(messages.length > 0, (q) => q.where('m.id', 'not in', messages))
      .$if(endpoints.length > 0, (q) => q.where('m.endpoint_id', 'not in', endpoints))
      .orderBy('m.next_attempt_at')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      endpointId: r.endpoint_id,
      kind: r.kind,
      url: r.url,
      payload: r.payload,
      attempts: Number(r.attempts),
      secrets: r.kind === 'fhir' ? [] : signingSecrets(r, now),
      credentials: r.credentials,
      lastStatusCode: r.last_status_code === null ? null : Number(r.last_status_code),
      sendAgain: Number(r.send_again) === 1,
    }));
  }

  /**
   * Logs the attempt and moves the message on, as `verdict` says (by default a webhook receiver's: 2xx delivered, 410
   * stopped, else due again later): delivered, due again, failed (refused, or after the last), or stopped.
   */
  async record(
    message: DueMessage,
    result: AttemptResult,
    at: Date,
    verdict: Verdict = webhookVerdict(result.statusCode),
  ): Promise<Outcome> {
    const attempts = message.attempts + 1;
    const code = result.statusCode;
    const again = verdict === 'retry' || verdict === 'retry-now';
    const outcome: Outcome =
      verdict === 'refused' || (again && nextDelay(attempts, this.schedule, this.random) === undefined)
        ? 'failed'
        : again
          ? 'retry'
          : verdict;
    const delay =
      outcome !== 'retry' || verdict === 'retry-now'
        ? undefined
        : nextDelay(attempts, this.schedule, this.random, retryAfterMs(result.retryAfter, at));
    await this.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('webhook_attempts')
        .values({
          message_id: message.id,
          at: at.toISOString(),
          status_code: code,
          error: result.error,
          duration_ms: result.durationMs,
          trigger: message.sendAgain ? 'send-again' : 'schedule',
        })
        .execute();
      await trx
        .updateTable('webhook_messages')
        .set({
          attempts,
          status: outcome === 'retry' ? 'pending' : outcome === 'gone' ? 'stopped' : outcome,
          next_attempt_at: new Date(at.getTime() + (delay ?? 0)).toISOString(),
          last_status_code: code,
          last_error: result.error,
          send_again: 0,
        })
        .where('id', '=', message.id)
        .execute();
    });
    return outcome;
  }

  /** An endpoint's messages, newest first, a page at a time (`before`: the `next` of the page before). */
  async messages(endpointId: string, before?: string): Promise<WebhookMessagePage> {
    let query = this.db
      .selectFrom('webhook_messages')
      .selectAll()
      .where('endpoint_id', '=', endpointId)
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(PAGE + 1);
    const cursor = before ? parseCursor(before) : undefined;
    if (cursor) {
      query = query.where((eb) =>
        eb.or([eb('created_at', '<', cursor.at), eb.and([eb('created_at', '=', cursor.at), eb('id', '<', cursor.id)])]),
      );
    }
    const rows = await query.execute();
    const page = rows.slice(0, PAGE).map(toMessage);
    const last = page[page.length - 1];
    return rows.length > PAGE && last ? { messages: page, next: `${last.createdAt}|${last.id}` } : { messages: page };
  }

  async message(endpointId: string, id: string): Promise<WebhookMessageDetail | undefined> {
    const row = await this.db
      .selectFrom('webhook_messages')
      .selectAll()
      .where('endpoint_id', '=', endpointId)
      .where('id', '=', id)
      .executeTakeFirst();
    if (!row) return undefined;
    const attempts = await this.db
      .selectFrom('webhook_attempts')
      .selectAll()
      .where('message_id', '=', id)
      .orderBy('id')
      .execute();
    return {
      message: toMessage(row),
      body: JSON.parse(row.payload) as WebhookBody,
      attempts: attempts.map((a): WebhookAttempt => ({
        at: a.at,
        statusCode: a.status_code === null ? null : Number(a.status_code),
        error: a.error,
        durationMs: Number(a.duration_ms),
        trigger: a.trigger,
      })),
    };
  }

  /** "Send again": due now, under the same id, whatever became of it; one more attempt even after the last. */
  async sendAgain(endpointId: string, id: string): Promise<WebhookMessage | undefined> {
    await this.db
      .updateTable('webhook_messages')
      .set({ status: 'pending', next_attempt_at: this.now().toISOString(), send_again: 1 })
      .where('endpoint_id', '=', endpointId)
      .where('id', '=', id)
      .execute();
    const row = await this.db
      .selectFrom('webhook_messages')
      .selectAll()
      .where('endpoint_id', '=', endpointId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toMessage(row);
  }
}

function parseCursor(raw: string): { at: string; id: string } | undefined {
  const [at, id] = raw.split('|');
  return at && id ? { at, id } : undefined;
}
