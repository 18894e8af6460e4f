/**
 * The webhook endpoints in the database (migration 016): added, changed, their secrets rotated, turned off by a 410;
 * and FHIR destinations (migration 019), endpoints with credentials instead of a secret. Knows nothing of HTTP; every
 * change an admin makes is audited here (never a secret or a credential). Secrets leave this file only in the answers
 * that create them (`WebhookEndpointWithSecret`) and to the sender; credentials only to the sender.
 */
import type { Kysely } from 'kysely';
import type { Actor, AuditTrail } from '../accounts/audit.js';
import type { Database } from '../store/schema.js';
import type { WebhookEndpoint, WebhookEndpointChange, WebhookEndpointWithSecret } from '../../src/core/webhooks-api.js';
import {
  listJson as json,
  signingSecrets,
  toEndpoint,
  type EndpointRow as Row,
  type SendingEndpoint,
} from './endpoint-rows.js';
import { removeEndpoint } from './endpoint-removal.js';
import type { FhirDestinationChange } from './fhir-rules.js';
import { newEndpointId, newWebhookSecret } from './secrets.js';

/** How long the previous secret still signs after a rotation: a day to give the receiver the new one. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;
/** The endpoint WEBHOOK_URL + WEBHOOK_SECRET provision. */
export const ENVIRONMENT_ENDPOINT = 'ep_environment';
export const ENVIRONMENT_ACTOR: Actor = { name: 'environment (WEBHOOK_URL)' };

/** A change this endpoint cannot take (`code` for the API's 409). */
export class EndpointRefusal extends Error {
  constructor(
    message: string,
    readonly code: 'set-by-environment' | 'not-a-webhook' = 'set-by-environment',
  ) {
    super(message);
    this.name = 'EndpointRefusal';
  }
}

export class WebhookEndpoints {
  constructor(
    private readonly db: Kysely<Database>,
    private readonly audit: AuditTrail,
    private readonly now: () => Date = () => new Date(),
    /** Told after every change, so whoever caches the endpoints reads them again. */
    private readonly changed: () => void = () => undefined,
  ) {}

  async list(): Promise<WebhookEndpoint[]> {
    const rows = await this.db
      .selectFrom('webhook_endpoints')
      .selectAll()
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map(toEndpoint);
  }

  async find(id: string): Promise<WebhookEndpoint | undefined> {
    const row = await this.row(id);
    return row && toEndpoint(row);
  }

  /** The endpoints switched on, with the secrets that sign now. */
  async sending(): Promise<SendingEndpoint[]> {
    const now = this.now();
    const rows = await this.db.selectFrom('webhook_endpoints').selectAll().where('enabled', '=', 1).execute();
    return rows.map((row) => ({ ...toEndpoint(row), secrets: signingSecrets(row, now) }));
  }

  /**
   * A webhook endpoint (with its new secret), or a FHIR destination (`kind: 'fhir'`, with its credentials: no secret,
   * and `submission.created` only).
   */
  async add(actor: Actor, input: WebhookEndpointChange & { url: string }): Promise<WebhookEndpointWithSecret>;
  async add(
    actor: Actor,
    input: FhirDestinationChange & { url: string; kind: 'fhir' },
  ): Promise<{ endpoint: WebhookEndpoint }>;
  async add(
    actor: Actor,
    input: (WebhookEndpointChange & { url: string }) | (FhirDestinationChange & { url: string; kind: 'fhir' }),
  ): Promise<WebhookEndpointWithSecret | { endpoint: WebhookEndpoint }> {
    const at = this.now().toISOString();
    const fhir = 'kind' in input && input.kind === 'fhir';
    const secret = fhir ? '' : newWebhookSecret();
    const id = newEndpointId();
    await this.db
      .insertInto('webhook_endpoints')
      .values({
        id,
        url: input.url,
        description: input.description ?? '',
        secret,
        previous_secret: null,
        previous_secret_until: null,
        practices: json(input.practices),
        event_types: fhir ? json(['submission.created']) : json((input as WebhookEndpointChange).types),
        set_by: 'api',
        created_at: at,
        created_by: actor.name,
        updated_at: at,
        kind: fhir ? 'fhir' : 'webhook',
        credentials: fhir ? JSON.stringify((input as FhirDestinationChange).credentials) : null,
      })
      .execute();
    await this.audit.record(actor, 'webhook.added', id, { url: input.url, ...(fhir ? { kind: 'fhir' } : {}) });
    this.changed();
    const endpoint = (await this.find(id))!;
    return fhir ? { endpoint } : { endpoint, secret };
  }

  /** Undefined when there is no such endpoint. Turning one back on resumes the messages its turning off stopped. */
  async change(
    actor: Actor,
    id: string,
    change: Omit<WebhookEndpointChange, 'credentials'> | FhirDestinationChange,
  ): Promise<WebhookEndpoint | undefined> {
    const row = await this.row(id);
    if (!row) return undefined;
    if (row.set_by === 'environment' && change.url !== undefined && change.url !== row.url) {
      throw new EndpointRefusal('This endpoint is set by the environment: change WEBHOOK_URL and restart instead.');
    }
    const at = this.now().toISOString();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('webhook_endpoints')
        .set({
          ...(change.url !== undefined ? { url: change.url } : {}),
          ...(change.description !== undefined ? { description: change.description } : {}),
          ...(change.practices !== undefined ? { practices: json(change.practices) } : {}),
          ...('types' in change && change.types !== undefined ? { event_types: json(change.types) } : {}),
          ...('credentials' in change && change.credentials ? { credentials: JSON.stringify(change.credentials) } : {}),
          ...(change.enabled === true ? { enabled: 1, disabled_reason: null } : {}),
          ...(change.enabled === false ? { enabled: 0, disabled_reason: `turned off by ${actor.name}` } : {}),
          updated_at: at,
        })
        .where('id', '=', id)
        .execute();
      if (change.enabled === false) await stopMessages(trx, id);
      if (change.enabled === true && Number(row.enabled) === 0) {
        await trx
          .updateTable('webhook_messages')
          .set({ status: 'pending', next_attempt_at: at })
          .where('endpoint_id', '=', id)
          .where('status', '=', 'stopped')
          .execute();
      }
    });
    await this.audit.record(actor, 'webhook.changed', id, { fields: Object.keys(change) });
    this.changed();
    return this.find(id);
  }

  /** Deleted with its messages and their log (endpoint-removal.ts); false when there is no such endpoint. */
  async remove(actor: Actor, id: string): Promise<boolean> {
    const outcome = await removeEndpoint(this.db, this.audit, actor, id);
    if (outcome === 'environment') {
      throw new EndpointRefusal('This endpoint is set by the environment: unset WEBHOOK_URL and restart instead.');
    }
    if (outcome === 'deleted') this.changed();
    return outcome === 'deleted';
  }

  /** A new secret; the current one goes on signing beside it for ROTATION_OVERLAP_MS. */
  async rotate(actor: Actor, id: string): Promise<WebhookEndpointWithSecret | undefined> {
    const row = await this.row(id);
    if (!row) return undefined;
    if (row.kind === 'fhir') {
      throw new EndpointRefusal('A FHIR destination signs nothing: change its credentials instead.', 'not-a-webhook');
    }
    if (row.set_by === 'environment') {
      throw new EndpointRefusal('This endpoint is set by the environment: change WEBHOOK_SECRET and restart instead.');
    }
    const secret = newWebhookSecret();
    await this.replaceSecret(id, row.secret, secret);
    await this.audit.record(actor, 'webhook.secret-rotated', id);
    this.changed();
    return { endpoint: (await this.find(id))!, secret };
  }

  /** The receiver answered 410 Gone: it wants nothing more. Its waiting messages are stopped, not failed. */
  async gone(id: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('webhook_endpoints')
        .set({ enabled: 0, disabled_reason: 'answered 410 Gone', updated_at: this.now().toISOString() })
        .where('id', '=', id)
        .execute();
      await stopMessages(trx, id);
    });
    await this.audit.record({ name: 'webhooks (automatic)' }, 'webhook.disabled', id, { reason: 'answered 410 Gone' });
    this.changed();
  }

  /**
   * WEBHOOK_URL + WEBHOOK_SECRET: the endpoint they name exists with that address and secret (idempotent). A new
   * secret there is a rotation: the one it replaces signs too for a day.
   */
  async provision(url: string, secret: string): Promise<void> {
    const row = await this.row(ENVIRONMENT_ENDPOINT);
    const at = this.now().toISOString();
    if (!row) {
      await this.db
        .insertInto('webhook_endpoints')
        .values({
          id: ENVIRONMENT_ENDPOINT,
          url,
          description: 'Set by the environment (WEBHOOK_URL)',
          secret,
          previous_secret: null,
          previous_secret_until: null,
          practices: null,
          event_types: null,
          set_by: 'environment',
          created_at: at,
          created_by: ENVIRONMENT_ACTOR.name,
          updated_at: at,
        })
        .onConflict((oc) => oc.column('id').doNothing())
        .execute();
      await this.audit.record(ENVIRONMENT_ACTOR, 'webhook.added', ENVIRONMENT_ENDPOINT, { url });
    } else if (row.url !== url || row.secret !== secret) {
      if (row.url !== url) {
        await this.db
          .updateTable('webhook_endpoints')
          .set({ url, updated_at: at })
          .where('id', '=', ENVIRONMENT_ENDPOINT)
          .execute();
      }
      if (row.secret !== secret) await this.replaceSecret(ENVIRONMENT_ENDPOINT, row.secret, secret);
      await this.audit.record(ENVIRONMENT_ACTOR, 'webhook.changed', ENVIRONMENT_ENDPOINT, {
        fields: [...(row.url !== url ? ['url'] : []), ...(row.secret !== secret ? ['secret'] : [])],
      });
    }
    this.changed();
  }

  private async replaceSecret(id: string, previous: string, secret: string): Promise<void> {
    const now = this.now();
    await this.db
      .updateTable('webhook_endpoints')
      .set({
        secret,
        previous_secret: previous,
        previous_secret_until: new Date(now.getTime() + ROTATION_OVERLAP_MS).toISOString(),
        updated_at: now.toISOString(),
      })
      .where('id', '=', id)
      .execute();
  }

  private row(id: string): Promise<Row | undefined> {
    return this.db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
  }
}

async function stopMessages(db: Kysely<Database>, endpointId: string): Promise<void> {
  await db
    .updateTable('webhook_messages')
    .set({ status: 'stopped' })
    .where('endpoint_id', '=', endpointId)
    .where('status', '=', 'pending')
    .execute();
}
