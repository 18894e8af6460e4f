/**
 * An admin's endpoint as sent to the API, checked (pure): an error names the field (`url`, `types[1]`) and what
 * would be right, for `400 { error, path }`.
 */
import { WEBHOOK_EVENT_TYPES, type WebhookEndpointChange, type WebhookEventType } from '../../src/core/webhooks-api.js';

export class WebhookInputError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'WebhookInputError';
  }
}

const URL_LENGTH = 2000;
const DESCRIPTION_LENGTH = 200;

/** An http(s) address without credentials in it (they would show in every log of the endpoint's list). */
export function webhookUrl(raw: unknown, path = 'url'): string {
  if (typeof raw !== 'string' || raw.length === 0) throw new WebhookInputError(`${path}: give the address.`, path);
  if (raw.length > URL_LENGTH) throw new WebhookInputError(`${path}: at most ${URL_LENGTH} characters.`, path);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookInputError(`${path}: not an address (e.g. https://pms.smiledental.example/hooks/feedback).`, path);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new WebhookInputError(`${path}: must start with https:// or http://.`, path);
  }
  if (url.username || url.password) {
    throw new WebhookInputError(
      `${path}: must not hold a user name or password (they would show wherever the address is listed).`,
      path,
    );
  }
  return url.toString();
}

export function practicesInput(raw: unknown): 'every' | string[] {
  if (raw === 'every') return 'every';
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new WebhookInputError('practices: "every", or a list of practice ids.', 'practices');
  }
  return raw.map((id, i) => {
    if (typeof id !== 'string' || !/^[a-z0-9-]{1,100}$/.test(id)) {
      throw new WebhookInputError(
        `practices[${i}]: a practice id (lower-case letters, digits, hyphens).`,
        `practices[${i}]`,
      );
    }
    return id;
  });
}

function types(raw: unknown): 'every' | WebhookEventType[] {
  if (raw === 'every') return 'every';
  if (!Array.isArray(raw) || raw.length === 0) {
    throw new WebhookInputError(`types: "every", or a list of ${WEBHOOK_EVENT_TYPES.join(', ')}.`, 'types');
  }
  return raw.map((type, i) => {
    if (!(WEBHOOK_EVENT_TYPES as readonly unknown[]).includes(type)) {
      throw new WebhookInputError(`types[${i}]: one of ${WEBHOOK_EVENT_TYPES.join(', ')}.`, `types[${i}]`);
    }
    return type as WebhookEventType;
  });
}

export function descriptionInput(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > DESCRIPTION_LENGTH) {
    throw new WebhookInputError(`description: text of at most ${DESCRIPTION_LENGTH} characters.`, 'description');
  }
  return raw;
}

const FIELDS = ['url', 'description', 'practices', 'types', 'enabled'];

/** A change (or, with `adding`, a new endpoint: `url` required); fields not given are left out. */
export function endpointInput(raw: unknown, adding: boolean): WebhookEndpointChange {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new WebhookInputError('Send a JSON object.', '');
  }
  const body = raw as Record<string, unknown>;
  const unknown = Object.keys(body).find(
    (key) => !(FIELDS.includes(key) || (adding && key === 'kind')) || (adding && key === 'enabled'),
  );
  if (unknown !== undefined) throw new WebhookInputError(`${unknown}: not a field of a webhook endpoint.`, unknown);
  if (body.kind !== undefined && body.kind !== 'webhook') {
    throw new WebhookInputError('kind: "webhook" or "fhir".', 'kind');
  }
  const change: WebhookEndpointChange = {};
  if (adding || body.url !== undefined) change.url = webhookUrl(body.url);
  if (body.description !== undefined) change.description = descriptionInput(body.description);
  if (body.practices !== undefined) change.practices = practicesInput(body.practices);
  if (body.types !== undefined) change.types = types(body.types);
  if (body.enabled !== undefined) {
    if (typeof body.enabled !== 'boolean') throw new WebhookInputError('enabled: true or false.', 'enabled');
    change.enabled = body.enabled;
  }
  return change;
}
