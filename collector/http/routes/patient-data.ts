/**
 * A patient's data on request (admins only; docs/collector.md):
 *
 *   GET  /staff/patient-data?q=…               find one patient's submissions (audited: which ones were shown)
 *   POST /staff/patient-data/copy              a copy of the ticked ones for the patient (JSON, audited)
 *   POST /staff/patient-data/erase             the last step before erasing: what goes, what stays
 *   POST /staff/patient-data/erase/confirm     erase their words and contact details (each audited)
 *
 * Pages for a signed-in admin; every POST needs the session's CSRF token. An admin's API token may ask for a copy.
 * The pages and their messages are in the language page-language.ts finds for the request.
 */
import formBody from '@fastify/formbody';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PatientData } from '../../patient-data/patient-data.js';
import type { SignedInBar } from '../../staff-pages/page.js';
import { wordsFor } from '../../staff-pages/page-language.js';
import { confirmErasurePage, patientDataPage } from '../../staff-pages/patient-data-page.js';
import type { StoredSubmission } from '../../store/index.js';
import { refuse } from '../errors.js';
import { staffPageHeaders } from '../security-headers.js';
import { staffHtml } from '../staff-reply.js';
import { actorOf, csrfChecked, practicesOf, staffOnly, type StaffAccess } from '../staff-session.js';
import { barOf as sessionBar, signedInSession } from './staff-account.js';
import type { KnownSurveys } from '../../surveys/known-surveys.js';

/** The most submissions one request may name: one patient's, with room to spare. */
const MAX_IDS = 200;
const ID = /^[0-9a-f-]{36}$/i;

export interface PatientDataRoutesOptions {
  access: StaffAccess;
  patientData: PatientData;
  /** The survey registry: answers are shown in their survey version's words. */
  surveys: KnownSurveys;
}

/** The page after a form: no search shown. */
const noSearch = { typed: '', search: undefined };

function barOf(request: FastifyRequest): SignedInBar {
  return sessionBar(signedInSession(request));
}

/** The ticked submissions of a form: one `ids` field or several. */
function idsOf(body: unknown): string[] {
  const raw = (body as Record<string, unknown> | undefined)?.ids;
  const ids = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
    (v): v is string => typeof v === 'string',
  );
  if (ids.length > MAX_IDS) throw refuse.badRequest('too-many', `Tick at most ${MAX_IDS} submissions at a time.`);
  if (ids.some((id) => !ID.test(id))) throw refuse.badRequest('bad-id', 'A ticked submission is not one of ours.');
  return [...new Set(ids)];
}

export async function patientDataRoutes(app: FastifyInstance, options: PatientDataRoutesOptions): Promise<void> {
  const { access, patientData, surveys } = options;
  const helmet = staffPageHeaders(access.https);
  await app.register(formBody, { bodyLimit: 16 * 1024 });
  const adminPage = { helmet, onRequest: staffOnly(access, { page: true, role: 'admin' }), preHandler: csrfChecked };
  app.get<{ Querystring: { q?: string } }>(
    '/staff/patient-data',
    {
      ...adminPage,
      schema: { querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 200 } } } },
    },
    async (request, reply) => {
      const bar = barOf(request);
      const typed = (request.query.q ?? '').trim();
      const search = typed ? await patientData.find(actorOf(request), typed, practicesOf(request)) : undefined;
      await surveys.refresh();
      return staffHtml(reply, 200, patientDataPage({ words: wordsFor(request), surveys, bar, typed, search }));
    },
  );

  app.post('/staff/patient-data/copy', adminPage, async (request, reply) => {
    const ids = idsOf(request.body);
    if (ids.length === 0) {
      const words = wordsFor(request);
      const error = words.patientData.tickFirst;
      return staffHtml(reply, 400, patientDataPage({ words, surveys, bar: barOf(request), ...noSearch, error }));
    }
    const copy = await patientData.copyFor(actorOf(request), ids, practicesOf(request));
    return reply
      .type('application/json; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="${copy.fileName}"`)
      .header('Cache-Control', 'no-store')
      .send(copy.json);
  });

  app.post('/staff/patient-data/erase', adminPage, async (request, reply) => {
    const bar = barOf(request);
    const words = wordsFor(request);
    const found: StoredSubmission[] = [];
    for (const id of idsOf(request.body)) {
      const s = await app.store.get(id, practicesOf(request));
      if (s) found.push(s);
    }
    if (found.length === 0) {
      const error = words.patientData.tickFirst;
      return staffHtml(reply, 400, patientDataPage({ words, surveys, bar, ...noSearch, error }));
    }
    return staffHtml(reply, 200, confirmErasurePage({ words, bar, submissions: found }));
  });

  app.post('/staff/patient-data/erase/confirm', adminPage, async (request, reply) => {
    const bar = barOf(request);
    const words = wordsFor(request);
    const ids = idsOf(request.body);
    if (ids.length === 0) {
      const error = words.patientData.nothingErased;
      return staffHtml(reply, 400, patientDataPage({ words, surveys, bar, ...noSearch, error }));
    }
    const erased = await patientData.erase(actorOf(request), ids, 'patient-request', practicesOf(request));
    const info = words.patientData.erasedCount(erased.length, ids.length - erased.length);
    return staffHtml(reply, 200, patientDataPage({ words, surveys, bar, ...noSearch, info }));
  });
}
