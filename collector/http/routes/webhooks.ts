/**
 * Webhook endpoints through the staff JSON API (src/core/webhooks-api.ts): for admins who see every practice (an
 * endpoint may take any practice's events), by session with `X-CSRF-Token` or an admin token. Each change is audited
 * (collector/webhooks/endpoints.ts). A secret is in the answer that makes it, and never again. A FHIR destination
 * (`kind: 'fhir'`) is an endpoint too: its credentials go in and are never shown again (only whether they are set).
 *
 *   GET  /api/staff/webhooks                                        WebhookEndpointList
 *   POST /api/staff/webhooks                                        NewWebhookEndpoint → 201 WebhookEndpointWithSecret
 *                                                                   NewFhirDestination → 201 FhirDestinationAdded
 *   POST /api/staff/webhooks/<id>                                   WebhookEndpointChange → WebhookEndpoint
 *                                                                   (a FHIR destination: no `types`; `credentials`)
 *   POST /api/staff/webhooks/<id>/rotate-secret                     → WebhookEndpointWithSecret (webhooks only)
 *   POST /api/staff/webhooks/<id>/delete                            → { deleted: <id> } (with its log)
 *   GET  /api/staff/webhooks/<id>/messages (?before=)               WebhookMessagePage
 *   GET  /api/staff/webhooks/<id>/messages/<message-id>             WebhookMessageDetail
 *   POST /api/staff/webhooks/<id>/messages/<message-id>/send-again  → 202 WebhookMessage
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import { EndpointRefusal } from '../../webhooks/endpoints.js';
import { endpointInput, WebhookInputError } from '../../webhooks/endpoint-rules.js';
import { fhirDestinationInput } from '../../webhooks/fhir-rules.js';
import type { Webhooks } from '../../webhooks/webhooks.js';
import { HttpError, refuse } from '../errors.js';
import { parseJsonBody } from '../json-body.js';
import { actorOf, csrfChecked, staffOnly, type StaffAccess } from '../staff-session.js';

export interface WebhookRouteOptions {
  access: StaffAccess;
  webhooks: Webhooks;
}

const ID = { type: 'string', minLength: 1, maxLength: 100 } as const;
const ENDPOINT = { type: 'object', properties: { id: ID } } as const;
const MESSAGE = { type: 'object', properties: { id: ID, message: ID } } as const;

type EndpointParams = { Params: { id: string } };
type MessageParams = { Params: { id: string; message: string } };

function answer(reply: FastifyReply, body: unknown, status = 200) {
  return reply.code(status).header('Cache-Control', 'no-store').send(body);
}

/** A wrong field as `400 { error, path }`; a change the endpoint cannot take as 409. */
function refusal(error: unknown): never {
  if (error instanceof WebhookInputError) {
    throw new HttpError(400, 'webhook-invalid', error.message, error.path ? { path: error.path } : {});
  }
  if (error instanceof EndpointRefusal) throw new HttpError(409, error.code, error.message);
  throw error;
}

const NO_ENDPOINT = 'There is no such webhook endpoint.';

export function webhookRoutes(app: FastifyInstance, options: WebhookRouteOptions, done: (error?: Error) => void): void {
  const { access, webhooks } = options;
  const { endpoints, queue } = webhooks;
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 16 * 1024 }, parseJsonBody);
  const admins = staffOnly(access, { page: false, role: 'admin', wholeGroup: true });
  const changing = { onRequest: admins, preHandler: csrfChecked };

  app.get('/api/staff/webhooks', { onRequest: admins }, async (_request, reply) =>
    answer(reply, { endpoints: await endpoints.list() }),
  );

  app.post<{ Body: unknown }>('/api/staff/webhooks', changing, async (request, reply) => {
    const fhir = (request.body as { kind?: unknown } | null)?.kind === 'fhir';
    let added;
    try {
      if (fhir) {
        const input = fhirDestinationInput(request.body, true);
        added = await endpoints.add(actorOf(request), { ...input, url: input.url!, kind: 'fhir' });
      } else {
        const input = endpointInput(request.body, true);
        added = await endpoints.add(actorOf(request), { ...input, url: input.url! });
      }
    } catch (error) {
      refusal(error);
    }
    return answer(reply.header('Location', `/api/staff/webhooks/${added.endpoint.id}`), added, 201);
  });

  app.post<EndpointParams & { Body: unknown }>(
    '/api/staff/webhooks/:id',
    { ...changing, schema: { params: ENDPOINT } },
    async (request, reply) => {
      try {
        const endpoint = await endpoints.find(request.params.id);
        if (!endpoint) throw refuse.notFound(NO_ENDPOINT);
        const change =
          endpoint.kind === 'fhir' ? fhirDestinationInput(request.body, false) : endpointInput(request.body, false);
        const changed = await endpoints.change(actorOf(request), request.params.id, change);
        if (!changed) throw refuse.notFound(NO_ENDPOINT);
        webhooks.wake();
        return answer(reply, changed);
      } catch (error) {
        refusal(error);
      }
    },
  );

  app.post<EndpointParams>(
    '/api/staff/webhooks/:id/rotate-secret',
    { ...changing, schema: { params: ENDPOINT } },
    async (request, reply) => {
      try {
        const rotated = await endpoints.rotate(actorOf(request), request.params.id);
        if (!rotated) throw refuse.notFound(NO_ENDPOINT);
        return answer(reply, rotated);
      } catch (error) {
        refusal(error);
      }
    },
  );

  app.post<EndpointParams>(
    '/api/staff/webhooks/:id/delete',
    { ...changing, schema: { params: ENDPOINT } },
    async (request, reply) => {
      try {
        if (!(await endpoints.remove(actorOf(request), request.params.id))) throw refuse.notFound(NO_ENDPOINT);
        return answer(reply, { deleted: request.params.id });
      } catch (error) {
        refusal(error);
      }
    },
  );

  app.get<EndpointParams & { Querystring: { before?: string } }>(
    '/api/staff/webhooks/:id/messages',
    {
      onRequest: admins,
      schema: {
        params: ENDPOINT,
        querystring: {
          type: 'object',
          properties: { before: { type: 'string', maxLength: 200 } },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      if (!(await endpoints.find(request.params.id))) throw refuse.notFound(NO_ENDPOINT);
      return answer(reply, await queue.messages(request.params.id, request.query.before));
    },
  );

  app.get<MessageParams>(
    '/api/staff/webhooks/:id/messages/:message',
    { onRequest: admins, schema: { params: MESSAGE } },
    async (request, reply) => {
      const detail = await queue.message(request.params.id, request.params.message);
      if (!detail) throw refuse.notFound('There is no such message for this webhook endpoint.');
      return answer(reply, detail);
    },
  );

  app.post<MessageParams>(
    '/api/staff/webhooks/:id/messages/:message/send-again',
    { ...changing, schema: { params: MESSAGE } },
    async (request, reply) => {
      const endpoint = await endpoints.find(request.params.id);
      if (!endpoint) throw refuse.notFound(NO_ENDPOINT);
      if (!endpoint.enabled) {
        throw new HttpError(409, 'endpoint-off', 'This endpoint is turned off: turn it on first.');
      }
      const message = await queue.sendAgain(request.params.id, request.params.message);
      if (!message) throw refuse.notFound('There is no such message for this webhook endpoint.');
      await access.signIn.audit.record(actorOf(request), 'webhook.sent-again', message.id, {
        endpoint: endpoint.id,
      });
      webhooks.wake();
      return answer(reply, message, 202);
    },
  );
  done();
}
