/**
 * Alerts through the staff JSON API (src/core/alerts-api.ts). Anyone who sees a practice sees its alerts and may
 * acknowledge, close, reopen and comment on them (front-office staff act on them); admins set the rules and the
 * digests of the practices they see — a rule for every practice only an admin who sees every practice. Session with
 * `X-CSRF-Token`, or a token. Every change is audited.
 *
 *   GET    /api/staff/alerts (?status=open|acknowledged|closed|active&practice=&before=)   AlertPage
 *   GET    /api/staff/alerts/<id>                                                         AlertDetail
 *   POST   /api/staff/alerts/<id>                      AlertChange                        AlertDetail
 *   GET    /api/staff/alert-rules                                                         AlertSettings
 *   POST   /api/staff/alert-rules                      AlertRuleInput               → 201 AlertRule
 *   POST   /api/staff/alert-rules/<id>                 AlertRuleInput                     AlertRule
 *   DELETE /api/staff/alert-rules/<id>                                                    { outcome }
 *   POST   /api/staff/practices/<id>/digest            DigestSettings (partial)           DigestSettings
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AlertRule, AlertSettings } from '../../../src/core/alerts-api.js';
import type { Alerts } from '../../alerts/alerts.js';
import type { AlertStatusFilter } from '../../alerts/alert-store.js';
import { AlertInputError } from '../../alerts/rule-input.js';
import type { PracticeDirectory } from '../../practices/practice-directory.js';
import { sees } from '../../practices/scope.js';
import { HttpError, refuse } from '../errors.js';
import { parseJsonBody } from '../json-body.js';
import { actorOf, csrfChecked, practicesOf, staffOnly, type StaffAccess } from '../staff-session.js';

export interface AlertRouteOptions {
  access: StaffAccess;
  alerts: Alerts;
  directory: PracticeDirectory;
}

const ID = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 100 } } } as const;
type IdParams = { Params: { id: string } };
const NO_ALERT = 'There is no such alert among your practices’.';
const NO_RULE = 'There is no such alert rule among your practices’.';

const answer = (reply: FastifyReply, body: unknown, status = 200) =>
  reply.code(status).header('Cache-Control', 'no-store').send(body);

async function checked<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof AlertInputError) {
      throw new HttpError(400, 'alert-invalid', error.message, error.path ? { path: error.path } : {});
    }
    throw error;
  }
}

export function alertRoutes(app: FastifyInstance, options: AlertRouteOptions, done: (error?: Error) => void): void {
  const { access, alerts, directory } = options;
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 16 * 1024 }, parseJsonBody);
  const staff = staffOnly(access, { page: false });
  const admins = staffOnly(access, { page: false, role: 'admin' });

  /** Whether the caller may see (and, as an admin, set) a rule for this practice (null: every practice). */
  const mayWatch = (request: FastifyRequest, practiceId: string | null) => {
    const scope = request.staff!.practices;
    return practiceId === null ? scope === 'every' : sees(scope, practiceId);
  };

  app.get<{ Querystring: { status?: AlertStatusFilter; practice?: string; before?: string } }>(
    '/api/staff/alerts',
    {
      onRequest: staff,
      schema: {
        querystring: {
          type: 'object',
          properties: {
            status: { enum: ['open', 'acknowledged', 'closed', 'active'] },
            practice: { type: 'string', maxLength: 100 },
            before: { type: 'string', maxLength: 200 },
          },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => answer(reply, await alerts.store.list(practicesOf(request), request.query)),
  );

  app.get<IdParams>('/api/staff/alerts/:id', { onRequest: staff, schema: { params: ID } }, async (request, reply) => {
    const detail = await alerts.store.detail(request.params.id, practicesOf(request));
    if (!detail) throw refuse.notFound(NO_ALERT);
    return answer(reply, detail);
  });

  app.post<IdParams & { Body: unknown }>(
    '/api/staff/alerts/:id',
    { onRequest: staff, preHandler: csrfChecked, schema: { params: ID } },
    async (request, reply) => {
      const detail = await checked(() =>
        alerts.store.change(actorOf(request), request.params.id, request.body, practicesOf(request)),
      );
      if (!detail) throw refuse.notFound(NO_ALERT);
      return answer(reply, detail);
    },
  );

  app.get('/api/staff/alert-rules', { onRequest: admins }, async (request, reply) => {
    const settings: AlertSettings = {
      rules: (await alerts.rules.list()).filter((r) => mayWatch(request, r.practiceId)),
      digests: (await alerts.rules.digests()).filter((d) => mayWatch(request, d.practiceId)),
      email: { configured: alerts.emailConfigured, ...(await alerts.outbox.health()) },
    };
    return answer(reply, settings);
  });

  /** The rule's practice (as sent, or as it was) must be one the admin sees and one that exists. */
  async function practiceAllowed(request: FastifyRequest, practiceId: unknown): Promise<void> {
    if (practiceId === undefined) return;
    if (practiceId !== null && (typeof practiceId !== 'string' || !(await directory.find(practiceId)))) {
      throw new HttpError(400, 'alert-invalid', 'practiceId: no such practice among yours.', { path: 'practiceId' });
    }
    if (!mayWatch(request, practiceId)) {
      throw new HttpError(
        400,
        'alert-invalid',
        practiceId === null
          ? 'practiceId: only an admin who sees every practice sets a rule for every practice.'
          : 'practiceId: no such practice among yours.',
        { path: 'practiceId' },
      );
    }
  }

  const bodyPractice = (body: unknown) =>
    typeof body === 'object' && body !== null ? (body as { practiceId?: unknown }).practiceId : undefined;

  app.post<{ Body: unknown }>(
    '/api/staff/alert-rules',
    { onRequest: admins, preHandler: csrfChecked },
    async (request, reply) => {
      await practiceAllowed(request, bodyPractice(request.body) ?? null);
      const rule = await checked(() => alerts.rules.add(actorOf(request), request.body));
      return answer(reply.header('Location', `/api/staff/alert-rules/${rule.id}`), rule, 201);
    },
  );

  async function ruleFor(request: FastifyRequest<IdParams>): Promise<AlertRule> {
    const rule = await alerts.rules.find(request.params.id);
    if (!rule || !mayWatch(request, rule.practiceId)) throw refuse.notFound(NO_RULE);
    return rule;
  }

  app.post<IdParams & { Body: unknown }>(
    '/api/staff/alert-rules/:id',
    { onRequest: admins, preHandler: csrfChecked, schema: { params: ID } },
    async (request, reply) => {
      await ruleFor(request);
      await practiceAllowed(request, bodyPractice(request.body));
      const rule = await checked(() => alerts.rules.change(actorOf(request), request.params.id, request.body));
      return answer(reply, rule);
    },
  );

  app.delete<IdParams>(
    '/api/staff/alert-rules/:id',
    { onRequest: admins, preHandler: csrfChecked, schema: { params: ID } },
    async (request, reply) => {
      await ruleFor(request);
      return answer(reply, { outcome: await alerts.rules.remove(actorOf(request), request.params.id) });
    },
  );

  app.post<IdParams & { Body: unknown }>(
    '/api/staff/practices/:id/digest',
    { onRequest: admins, preHandler: csrfChecked, schema: { params: ID } },
    async (request, reply) => {
      const practice = await directory.find(request.params.id);
      if (!practice || !sees(request.staff!.practices, practice.id)) {
        throw refuse.notFound('There is no such practice among yours.');
      }
      return answer(reply, await checked(() => alerts.rules.setDigest(actorOf(request), practice.id, request.body)));
    },
  );
  done();
}
