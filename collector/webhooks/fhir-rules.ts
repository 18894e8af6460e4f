/**
 * A FHIR destination as an admin sends it to the API, checked: its base URL, description, practices, on/off and
 * credentials (fhir-credentials.ts). It takes `submission.created` only, so `types` is not a field of it. An error
 * names the field, for `400 { error, path }`.
 */
import type { WebhookEndpointChange } from '../../src/core/webhooks-api.js';
import { descriptionInput, practicesInput, WebhookInputError, webhookUrl } from './endpoint-rules.js';
import { credentialsInput, type StoredCredentials } from './fhir-credentials.js';

/** What a FHIR destination's change sets: the credentials already checked and in the form they are kept. */
export type FhirDestinationChange = Omit<WebhookEndpointChange, 'types' | 'credentials'> & {
  credentials?: StoredCredentials;
};

const FIELDS = ['url', 'description', 'practices', 'enabled', 'credentials'];

/** The server's base, as FHIR writes it: no query, no fragment, no slash at the end (`[base]/QuestionnaireResponse`). */
export function fhirBase(raw: unknown): string {
  const url = new URL(webhookUrl(raw));
  if (url.search || url.hash) throw new WebhookInputError('url: the FHIR base, without ?… or #….', 'url');
  return url.toString().replace(/\/+$/, '');
}

/** A change (or, with `adding`, a new destination: `url` and `credentials` required); fields not given are left out. */
export function fhirDestinationInput(raw: unknown, adding: boolean): FhirDestinationChange {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new WebhookInputError('Send a JSON object.', '');
  }
  const body = raw as Record<string, unknown>;
  const unknown = Object.keys(body).find(
    (key) => !(FIELDS.includes(key) || key === 'kind') || (adding && key === 'enabled'),
  );
  if (unknown !== undefined) throw new WebhookInputError(`${unknown}: not a field of a FHIR destination.`, unknown);
  if (body.kind !== undefined && body.kind !== 'fhir') throw new WebhookInputError('kind: "fhir" here.', 'kind');
  const change: FhirDestinationChange = {};
  if (adding || body.url !== undefined) change.url = fhirBase(body.url);
  if (body.description !== undefined) change.description = descriptionInput(body.description);
  if (body.practices !== undefined) change.practices = practicesInput(body.practices);
  if (body.enabled !== undefined) {
    if (typeof body.enabled !== 'boolean') throw new WebhookInputError('enabled: true or false.', 'enabled');
    change.enabled = body.enabled;
  }
  if (adding || body.credentials !== undefined) change.credentials = credentialsInput(body.credentials);
  return change;
}
