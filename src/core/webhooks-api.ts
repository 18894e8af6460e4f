/**
 * The webhooks' contract: what an endpoint receives (Standard Webhooks, https://www.standardwebhooks.com) and what
 * the admin API under `/api/staff/webhooks` answers (docs/collector.md, "Webhooks"). Types only, shared by the
 * collector, its tests and the console: no second copy of the shapes.
 */

/** Every event an endpoint may ask for. */
export const WEBHOOK_EVENT_TYPES = ['submission.created', 'case.created', 'case.updated', 'alert.triggered'] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/**
 * What a submission's events carry by default: ids and choices, never the patient's words or contact details.
 * `link` is the case in the staff console (`PUBLIC_URL` + `/staff/submissions/<id>`), null without `PUBLIC_URL`.
 */
export interface SubmissionEventData {
  submissionId: string;
  kind: string;
  survey: { id: string; version: string } | null;
  /** The overall answer's value (`good`, `poor`…), null when there is none. */
  rating: string | null;
  /** The reference the patient was given (`RC-7KQ2-9F`), for a what-went-wrong case. */
  reference: string | null;
  /** The practice's id (whose endpoint it came in on). */
  practice: string;
  location: string | null;
  receivedAt: string;
  /** Why it looks sent by a program (`hidden-field`, `too-fast`), null for a patient: receivers may leave it out. */
  looksAutomated: string | null;
  link: string | null;
}

/** `case.created`: a what-went-wrong submission opened a case (its id is the submission's). */
export interface CaseEventData extends SubmissionEventData {
  caseId: string;
  status: string;
}

/** The body of every delivery, signed as sent. */
export interface WebhookBody<T = SubmissionEventData | CaseEventData> {
  type: WebhookEventType;
  /** When the event happened (ISO 8601), the same on every attempt. */
  timestamp: string;
  data: T;
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  description: string;
  /** `every` or the practice ids it wants. */
  practices: 'every' | string[];
  /** `every` or the event types it wants. */
  types: 'every' | WebhookEventType[];
  enabled: boolean;
  /** Why it is off (`answered 410 Gone`, `turned off by admin@…`), null while on. */
  disabledReason: string | null;
  /** `environment`: provisioned from WEBHOOK_URL + WEBHOOK_SECRET ("set by the environment"); `api`: by an admin. */
  setBy: 'environment' | 'api';
  /** While a rotation runs, until when the previous secret still signs too; null otherwise. */
  previousSecretUntil: string | null;
  createdAt: string;
  createdBy: string;
}

export interface WebhookEndpointList {
  endpoints: WebhookEndpoint[];
}

/** `POST /api/staff/webhooks`. */
export interface NewWebhookEndpoint {
  url: string;
  description?: string;
  practices?: 'every' | string[];
  types?: 'every' | WebhookEventType[];
}

/** `POST /api/staff/webhooks/<id>`: only what is given changes. */
export interface WebhookEndpointChange {
  url?: string;
  description?: string;
  practices?: 'every' | string[];
  types?: 'every' | WebhookEventType[];
  enabled?: boolean;
}

/** The answer that holds a secret: shown this once, never again. */
export interface WebhookEndpointWithSecret {
  endpoint: WebhookEndpoint;
  /** `whsec_<base64>`: give it to the receiver's verifier. */
  secret: string;
}

export type WebhookMessageStatus = 'pending' | 'delivered' | 'failed' | 'stopped';

export interface WebhookMessage {
  /** `msg_…`: the `webhook-id` of every attempt. */
  id: string;
  endpointId: string;
  type: WebhookEventType;
  createdAt: string;
  status: WebhookMessageStatus;
  attempts: number;
  /** When the next attempt is due (pending only). */
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
}

export interface WebhookMessagePage {
  messages: WebhookMessage[];
  /** Pass as `before` for older messages; absent on the last page. */
  next?: string;
}

export interface WebhookAttempt {
  at: string;
  /** The receiver's status code, null when none came (timeout, refused connection). */
  statusCode: number | null;
  error: string | null;
  durationMs: number;
  /** `schedule`, or `send-again` when an admin asked. */
  trigger: 'schedule' | 'send-again';
}

export interface WebhookMessageDetail {
  message: WebhookMessage;
  /** The body as sent (signed bytes, parsed). */
  body: WebhookBody;
  attempts: WebhookAttempt[];
}
