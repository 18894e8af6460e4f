/**
 * An endpoint's row (migrations 016 and 019) as the API shows it and the sender uses it: its lists read from JSON,
 * a FHIR destination's credentials shown as set / not set, and the secrets that sign at a given moment. Pure.
 */
import type { Selectable } from 'kysely';
import type { WebhookEndpoint, WebhookEventType } from '../../src/core/webhooks-api.js';
import type { WebhookEndpointsTable } from '../store/schema.js';
import { shownCredentials } from './fhir-credentials.js';

export type EndpointRow = Selectable<WebhookEndpointsTable>;

/** An endpoint as the sender needs it: where, which secrets sign now, what it wants. */
export interface SendingEndpoint extends WebhookEndpoint {
  secrets: string[];
}

const list = (json: string | null): 'every' | string[] => (json === null ? 'every' : (JSON.parse(json) as string[]));

/** A list as it is kept: NULL for `every`. */
export function listJson(value: 'every' | readonly string[] | undefined): string | null {
  return value === undefined || value === 'every' ? null : JSON.stringify(value);
}

export function toEndpoint(row: EndpointRow): WebhookEndpoint {
  return {
    id: row.id,
    kind: row.kind,
    url: row.url,
    description: row.description,
    practices: list(row.practices),
    types: list(row.event_types) as 'every' | WebhookEventType[],
    enabled: Number(row.enabled) === 1,
    disabledReason: row.disabled_reason,
    setBy: row.set_by,
    previousSecretUntil: row.previous_secret_until,
    createdAt: row.created_at,
    createdBy: row.created_by,
    credentials: row.kind === 'fhir' ? shownCredentials(row.credentials) : null,
  };
}

/** The secrets that sign at `now`: the current one, and the previous one until its overlap ends. */
export function signingSecrets(
  row: Pick<EndpointRow, 'secret' | 'previous_secret' | 'previous_secret_until'>,
  now: Date,
): string[] {
  const previous =
    row.previous_secret && row.previous_secret_until && row.previous_secret_until > now.toISOString()
      ? [row.previous_secret]
      : [];
  return [row.secret, ...previous];
}
