/**
 * The staff JSON API the staff console uses (src/core/staff-api.ts is the contract): who is asking, the inbox, one
 * submission, a case's changes. A session or a token (`Authorization: Bearer …`); every answer narrowed to the
 * practices the caller sees (another practice's submission is 404, asking for another practice 403); every read of
 * patients' answers written to the audit trail (ids, never words); a session's change carries its CSRF token.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  CASE_STATUSES,
  STAFF_LANGUAGES,
  type InboxQuery,
  type Me,
  type StaffLanguage,
} from '../../../src/core/staff-api.js';
import { CaseChangeError, readCaseChange } from '../../cases/case-rules.js';
import { DATE_PATTERN } from '../../export-filter.js';
import type { PracticeDirectory } from '../../practices/practice-directory.js';
import { narrowed, sees } from '../../practices/scope.js';
import { enabledAccountScopes } from '../../practices/scopes.js';
import type { SurveyDirectory } from '../../surveys/survey-directory.js';
import { inboxPage } from '../../staff-api/inbox-page.js';
import { submissionDetail } from '../../staff-api/submission-detail.js';
import type { Webhooks } from '../../webhooks/webhooks.js';
import { HttpError, refuse } from '../errors.js';
import { parseJsonBody } from '../json-body.js';
import { actorOf, csrfChecked, staffOnly, type StaffAccess } from '../staff-session.js';

export interface StaffApiOptions {
  access: StaffAccess;
  /** Told of each change to a case (`case.updated`); absent: no webhooks. */
  webhooks?: Webhooks;
  practices: PracticeDirectory;
  surveys: SurveyDirectory;
}

const text = (max: number) => ({ type: 'string', maxLength: max }) as const;
const INBOX_QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    from: { type: 'string', pattern: DATE_PATTERN },
    to: { type: 'string', pattern: DATE_PATTERN },
    kind: { type: 'string', enum: ['first-impression', 'what-went-wrong'] },
    practice: text(100),
    location: text(200),
    rating: text(100),
    category: text(100),
    status: { type: 'string', enum: [...CASE_STATUSES] },
    q: text(200),
    after: { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z_)?\\d{1,18}$' },
    due: { type: 'string', enum: ['now'] },
    order: { type: 'string', enum: ['newest', 'due'] },
    lang: { type: 'string', enum: [...STAFF_LANGUAGES] },
  },
} as const;
const ID_PARAM = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 100 } } } as const;
const LANG_QUERY = { type: 'object', properties: { lang: { type: 'string', enum: [...STAFF_LANGUAGES] } } } as const;

export function staffApiRoutes(app: FastifyInstance, options: StaffApiOptions, done: (error?: Error) => void): void {
  const { access, surveys } = options;
  const anyStaff = staffOnly(access, { page: false });
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 16 * 1024 }, parseJsonBody);

  /** The practices the caller sees, narrowed to `asked` (403 for one they do not see). */
  async function seen(request: FastifyRequest, asked?: string) {
    const scope = request.staff?.practices ?? [];
    const limit = narrowed(scope, asked);
    if (limit === 'refused') throw refuse.forbidden('not-your-practice', 'You cannot see that practice.');
    const practices = (await options.practices.all()).filter((p) => (limit ? limit.includes(p.id) : true));
    return { limit, practices };
  }

  /** Enabled accounts and the practices each sees: who a case may be assigned to (two queries, however many). */
  function colleagues(): Promise<Me['colleagues']> {
    return enabledAccountScopes(app.store.db);
  }

  app.get('/api/staff/me', { onRequest: anyStaff }, async (request, reply) => {
    const staff = request.staff!;
    const { practices } = await seen(request);
    const visible = (await colleagues()).filter(
      (c) => c.practices === 'every' || practices.some((p) => c.practices.includes(p.id)),
    );
    const me: Me = {
      name: staff.email,
      role: staff.role,
      everyPractice: staff.practices === 'every',
      practices: practices.map((p) => ({ id: p.id, name: p.name, timeZone: p.timeZone, locations: p.locations })),
      colleagues: visible,
    };
    if (staff.kind === 'session') {
      me.csrfToken = staff.csrfToken;
      me.idleSeconds = staff.idleSeconds;
    }
    return reply.header('Cache-Control', 'no-store').send(me);
  });

  app.get<{ Querystring: InboxQuery }>(
    '/api/staff/inbox',
    { onRequest: anyStaff, schema: { querystring: INBOX_QUERY } },
    async (request, reply) => {
      const query = request.query;
      const { limit, practices } = await seen(request, query.practice);
      await surveys.known.refresh();
      const page = await inboxPage(query, {
        store: app.store,
        practices,
        limit,
        known: surveys.known,
        lang: query.lang ?? 'en',
      });
      // What was typed to search is never written down (it may be a patient's phone number): only that it was.
      const { lang: _lang, after: _after, q: _q, ...filters } = query;
      await access.signIn.audit.record(actorOf(request), query.q ? 'searched inbox' : 'viewed inbox', null, {
        ...filters,
        submissions: page.items.map((i) => i.id),
      });
      return reply.header('Cache-Control', 'no-store').send(page);
    },
  );

  app.get<{ Params: { id: string }; Querystring: { lang?: StaffLanguage } }>(
    '/api/staff/submissions/:id',
    { onRequest: anyStaff, schema: { params: ID_PARAM, querystring: LANG_QUERY } },
    async (request, reply) => {
      const { limit, practices } = await seen(request);
      await surveys.known.refresh();
      const detail = await submissionDetail(request.params.id, {
        store: app.store,
        practices,
        limit,
        known: surveys.known,
        lang: request.query.lang ?? 'en',
      });
      if (!detail) throw refuse.notFound('There is no such submission among your practices.');
      await access.signIn.audit.record(actorOf(request), 'viewed submission', detail.id);
      return reply.header('Cache-Control', 'no-store').send(detail);
    },
  );

  app.post<{ Params: { id: string }; Body: unknown }>(
    '/api/staff/cases/:id',
    { onRequest: anyStaff, preHandler: csrfChecked, schema: { params: ID_PARAM } },
    async (request, reply) => {
      const { id } = request.params;
      const { limit } = await seen(request);
      try {
        const change = readCaseChange(request.body);
        if (change.assignee) {
          const owner = (await app.store.get(id, limit))?.practiceId;
          const who = (await colleagues()).find((c) => c.email === change.assignee);
          if (owner !== undefined && (!who || !sees(who.practices, owner))) {
            throw new CaseChangeError(
              'invalid',
              'assignee',
              "assignee: must be a colleague who sees this case's practice",
            );
          }
        }
        const actor = actorOf(request);
        const detail = await app.store.caseFiles.change(id, actor.name, change, new Date().toISOString(), limit);
        if (!detail) throw refuse.notFound('There is no such case among your practices.');
        await options.webhooks?.caseUpdated(id, {
          status: detail.status,
          changed: Object.keys(change),
          at: detail.updatedAt ?? new Date().toISOString(),
        });
        await access.signIn.audit.record(actor, 'case changed', id, {
          fields: Object.keys(change),
          ...(change.status ? { status: change.status } : {}),
          ...(change.note ? { noteLength: change.note.length } : {}),
        });
        return reply.header('Cache-Control', 'no-store').send(detail);
      } catch (error) {
        if (!(error instanceof CaseChangeError)) throw error;
        const status = error.kind === 'conflict' ? 409 : 400;
        throw new HttpError(status, `case-${error.kind}`, error.message, error.field ? { path: error.field } : {});
      }
    },
  );
  done();
}
