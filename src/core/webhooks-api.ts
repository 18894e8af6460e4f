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

/**
 * `webhook`: signed Standard Webhooks to a practice's receiver. `fhir`: each submission forwarded as a FHIR R4
 * `QuestionnaireResponse` to a FHIR server (`url` is its base; docs/fhir.md, "Forwarding to a FHIR server").
 */
export type WebhookEndpointKind = 'webhook' | 'fhir';

/** The signing algorithms SMART Backend Services asks servers to support; the key's type decides which. */
export type SmartAlgorithm = 'RS384' | 'ES384';

/**
 * How the collector proves itself to a FHIR server, as an admin gives it: a fixed bearer token, or SMART Backend
 * Services (a client assertion JWT signed with the private key, exchanged at `tokenUrl` for an access token).
 */
export type FhirCredentials =
  | { type: 'bearer'; token: string }
  | {
      type: 'smart';
      clientId: string;
      tokenUrl: string;
      /** PEM (PKCS #8 or PKCS #1 / SEC 1), or a private JWK: RSA (2048 bits or more) or EC P-384. */
      privateKey: string | Record<string, unknown>;
      /** The `kid` the FHIR server knows the public key by; default the JWK's own `kid`, else its thumbprint. */
      keyId?: string;
      /** Default `system/QuestionnaireResponse.write`. */
      scope?: string;
    };

/** The credentials as the API shows them: never the token or the private key, only whether they are set. */
export type FhirCredentialsShown =
  | { type: 'bearer'; tokenSet: boolean }
  | {
      type: 'smart';
      clientId: string;
      tokenUrl: string;
      scope: string;
      keyId: string;
      algorithm: SmartAlgorithm;
      privateKeySet: boolean;
      /** The public half of the key (a JWK carrying `kid` and `alg`), to register with the FHIR server. */
      publicKey: Record<string, unknown>;
    };

export interface WebhookEndpoint {
  id: string;
  kind: WebhookEndpointKind;
  /** A webhook's receiver; a FHIR destination's base URL (the resources go to `<url>/QuestionnaireResponse`). */
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
  /** A FHIR destination's credentials (as set / not set); null for a webhook. */
  credentials: FhirCredentialsShown | null;
}

export interface WebhookEndpointList {
  endpoints: WebhookEndpoint[];
}

/** `POST /api/staff/webhooks`. */
export interface NewWebhookEndpoint {
  kind?: 'webhook';
  url: string;
  description?: string;
  practices?: 'every' | string[];
  types?: 'every' | WebhookEventType[];
}

/**
 * `POST /api/staff/webhooks` with `kind: 'fhir'`: a FHIR destination. It takes `submission.created` only (its
 * `types` are that, always); the answer is `201 FhirDestinationAdded` (no secret: the credentials are the admin's).
 */
export interface NewFhirDestination {
  kind: 'fhir';
  url: string;
  description?: string;
  practices?: 'every' | string[];
  credentials: FhirCredentials;
}

export interface FhirDestinationAdded {
  endpoint: WebhookEndpoint;
}

/** `POST /api/staff/webhooks/<id>`: only what is given changes. */
export interface WebhookEndpointChange {
  url?: string;
  description?: string;
  practices?: 'every' | string[];
  types?: 'every' | WebhookEventType[];
  enabled?: boolean;
  /** A FHIR destination's new credentials (all of them: they replace the old). */
  credentials?: FhirCredentials;
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
  /** The body as sent (signed bytes, parsed); for a FHIR destination, the event the resource is made from. */
  body: WebhookBody;
  attempts: WebhookAttempt[];
}
