/**
 * Staff accounts through the staff JSON API (src/core/accounts-api.ts), for admins (issue 13). A scoped admin sees
 * and manages only accounts within their practices; another practice's account is answered as if it did not exist.
 * Listing works with a session or an admin's API token; every change needs a person's session and its CSRF token
 * (`X-CSRF-Token`) — a script may read who has access, never give it. Each change is audited
 * (collector/accounts/account-admin.ts). A set-up link's token is in the answer that makes it, and never again.
 *
 *   GET  /api/staff/accounts                          AccountList
 *   POST /api/staff/accounts                          NewAccount → 201 AccountSetup · 400 { error, path } · 403 · 409
 *   POST /api/staff/accounts/<id>                     AccountChange → StaffAccountSummary · 400 · 403 · 404 · 409
 *   POST /api/staff/accounts/<id>/disable             → StaffAccountSummary · 404 · 409 (last admin, yourself)
 *   POST /api/staff/accounts/<id>/enable              → StaffAccountSummary · 404
 *   POST /api/staff/accounts/<id>/setup-link          → AccountSetup · 404 · 409 (disabled)
 *   POST /api/staff/accounts/<id>/second-factor/off   → StaffAccountSummary · 404 · 409 (not on)
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AccountList, AccountSetup } from '../../../src/core/accounts-api.js';
import type { AccountAdmin, AccountAdminCaller, MadeLink } from '../../accounts/account-admin.js';
import { AccountError, type AccountErrorCode } from '../../accounts/errors.js';
import { HttpError, refuse } from '../errors.js';
import { parseJsonBody } from '../json-body.js';
import { actorOf, csrfChecked, staffOnly, type StaffAccess } from '../staff-session.js';

export interface AccountRouteOptions {
  access: StaffAccess;
  admin: AccountAdmin;
  /** PUBLIC_URL's origin: the set-up link's address (else the address the console was reached at). */
  publicOrigin?: string | undefined;
}

const PARAMS = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 100 } } } as const;
type Params = { Params: { id: string } };

function answer(reply: FastifyReply, body: unknown, status = 200) {
  return reply.code(status).header('Cache-Control', 'no-store').send(body);
}

const FIELDS: Partial<Record<AccountErrorCode, string>> = {
  'bad-email': 'email',
  'bad-role': 'role',
  'bad-practices': 'practices',
};

/** The accounts room's refusals as HTTP: what can never work 400 (naming the field), conflicts 409. */
function asHttp(error: unknown): unknown {
  if (!(error instanceof AccountError)) return error;
  if (error.kind === 'invalid') {
    return new HttpError(400, error.code, error.message, { path: error.field ?? FIELDS[error.code] ?? '' });
  }
  if (error.code === 'unknown-account') return refuse.notFound(error.message);
  if (error.code === 'out-of-scope') return new HttpError(403, error.code, error.message, { path: error.field ?? '' });
  const details = error.code === 'duplicate-account' ? { path: 'email' } : {};
  return new HttpError(409, error.code, error.message, details);
}

async function answering<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw asHttp(error);
  }
}

export function accountRoutes(app: FastifyInstance, options: AccountRouteOptions, done: (error?: Error) => void): void {
  const { access, admin } = options;
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 16 * 1024 }, parseJsonBody);
  const admins = { onRequest: staffOnly(access, { page: false, role: 'admin' }) };
  const changes = { ...admins, preHandler: csrfChecked };

  /** The admin making a change: only a person, never a token. */
  function caller(request: FastifyRequest): AccountAdminCaller {
    const staff = request.staff!;
    return {
      actor: actorOf(request),
      accountId: staff.kind === 'session' ? staff.holder.accountId : undefined,
      practices: staff.practices,
    };
  }
  function person(request: FastifyRequest): AccountAdminCaller {
    if (request.staff?.kind !== 'session') {
      throw refuse.forbidden('session-only', 'Accounts are changed by a signed-in admin, not by an API token.');
    }
    return caller(request);
  }

  const setupOf = (request: FastifyRequest, made: MadeLink): AccountSetup => ({
    account: made.account,
    link: `${options.publicOrigin ?? `${request.protocol}://${request.host}`}/staff/set-up#${made.token}`,
    expiresAt: made.expiresAt,
  });

  app.get('/api/staff/accounts', admins, async (request, reply) => {
    const list: AccountList = { accounts: await admin.list(caller(request)), now: new Date().toISOString() };
    return answer(reply, list);
  });

  app.post<{ Body: unknown }>('/api/staff/accounts', changes, async (request, reply) => {
    const made = await answering(() => admin.add(person(request), request.body));
    return answer(reply.header('Location', `/api/staff/accounts/${made.account.id}`), setupOf(request, made), 201);
  });

  app.post<Params & { Body: unknown }>(
    '/api/staff/accounts/:id',
    { ...changes, schema: { params: PARAMS } },
    async (request, reply) =>
      answer(reply, await answering(() => admin.change(person(request), request.params.id, request.body))),
  );

  app.post<Params>(
    '/api/staff/accounts/:id/disable',
    { ...changes, schema: { params: PARAMS } },
    async (request, reply) => answer(reply, await answering(() => admin.disable(person(request), request.params.id))),
  );

  app.post<Params>(
    '/api/staff/accounts/:id/enable',
    { ...changes, schema: { params: PARAMS } },
    async (request, reply) => answer(reply, await answering(() => admin.enable(person(request), request.params.id))),
  );

  app.post<Params>(
    '/api/staff/accounts/:id/setup-link',
    { ...changes, schema: { params: PARAMS } },
    async (request, reply) =>
      answer(reply, setupOf(request, await answering(() => admin.newSetupLink(person(request), request.params.id)))),
  );

  app.post<Params>(
    '/api/staff/accounts/:id/second-factor/off',
    { ...changes, schema: { params: PARAMS } },
    async (request, reply) =>
      answer(reply, await answering(() => admin.secondFactorOff(person(request), request.params.id))),
  );
  done();
}
