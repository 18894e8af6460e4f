/**
 * The Webhooks screen's words for what the API says in codes (pure): an event type, a message's status, an
 * attempt's answer, a FHIR destination's credentials. Never a secret: the API sends none but at its making.
 */
import type {
  FhirCredentialsShown,
  WebhookAttempt,
  WebhookEndpoint,
  WebhookEventType,
  WebhookMessage,
  WebhookMessageStatus,
} from '../../../src/core/webhooks-api.js';
import { fill, type StaffStrings } from '../../i18n/index.js';

export function eventWords(type: WebhookEventType, t: StaffStrings): string {
  const words: Record<WebhookEventType, string> = {
    'submission.created': t.webhookEventSubmission,
    'case.created': t.webhookEventCase,
    'case.updated': t.webhookEventCaseUpdated,
    'alert.triggered': t.webhookEventAlert,
  };
  return words[type];
}

export function statusWords(status: WebhookMessageStatus, t: StaffStrings): string {
  const words: Record<WebhookMessageStatus, string> = {
    pending: t.webhookStatusPending,
    delivered: t.webhookStatusDelivered,
    failed: t.webhookStatusFailed,
    stopped: t.webhookStatusStopped,
  };
  return words[status];
}

/** What the receiver last answered: its status code and, when there is one, why it failed. */
export function answerWords(
  answer: Pick<WebhookMessage, 'lastStatusCode' | 'lastError'> | Pick<WebhookAttempt, 'statusCode' | 'error'>,
  t: StaffStrings,
): string {
  const code = 'lastStatusCode' in answer ? answer.lastStatusCode : answer.statusCode;
  const error = 'lastError' in answer ? answer.lastError : answer.error;
  const parts = [code === null ? '' : String(code), error ?? ''].filter((p) => p !== '');
  return parts.length ? parts.join(' — ') : t.webhookNoAnswer;
}

export function practicesWords(endpoint: WebhookEndpoint, t: StaffStrings, names: Map<string, string>): string {
  return endpoint.practices === 'every'
    ? t.webhookEveryPractice
    : endpoint.practices.map((id) => names.get(id) ?? id).join(', ');
}

export function eventsWords(endpoint: WebhookEndpoint, t: StaffStrings): string {
  return endpoint.types === 'every' ? t.webhookEveryEvent : endpoint.types.map((e) => eventWords(e, t)).join(', ');
}

export function credentialsWords(credentials: FhirCredentialsShown, t: StaffStrings): string {
  if (credentials.type === 'bearer') return credentials.tokenSet ? t.webhookTokenSet : t.webhookTokenNotSet;
  const set = credentials.privateKeySet ? t.webhookSet : t.webhookNotSet;
  return fill(t.webhookSmart, credentials.clientId, credentials.keyId, credentials.algorithm, set);
}
