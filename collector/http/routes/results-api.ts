/**
 * Results through the staff JSON API (src/core/results-api.ts is the contract): the Friends and Family Test's return
 * per practice, month and collection method, the weekly chart, themes, categories, first contact and locations, for
 * the practices the caller sees; counts entered by hand (staff), a month handed in and a practice's organisation code
 * (admins who see the practice). Aggregates only — no patient's answers — yet every look and change is audited.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FftMonth, HandCounts, HandIn, OrganisationCode, ResultsQuery } from '../../../src/core/results-api.js';
import { FFT_ANSWERS, HAND_ENTERED_METHODS, fftCounts } from '../../../src/core/results/fft-figures.js';
import { STAFF_LANGUAGES } from '../../../src/core/staff-api.js';
import { localDay } from '../../cases/working-days.js';
import type { PracticeDirectory } from '../../practices/practice-directory.js';
import { PracticeError } from '../../practices/practice-rules.js';
import type { Practice, Practices } from '../../practices/practices.js';
import { narrowed, sees } from '../../practices/scope.js';
import type { MonthlyResults } from '../../results/monthly-results.js';
import { countsToHandIn, resultsPage, type ResultsContext } from '../../results/results-page.js';
import { FftHand, HandedInError } from '../../store/fft-hand.js';
import type { SurveyDirectory } from '../../surveys/survey-directory.js';
import { HttpError, refuse } from '../errors.js';
import { parseJsonBody } from '../json-body.js';
import { actorOf, csrfChecked, staffOnly, type StaffAccess } from '../staff-session.js';

export interface ResultsApiOptions {
  access: StaffAccess;
  practices: Practices;
  directory: PracticeDirectory;
  results: MonthlyResults;
  surveys: SurveyDirectory;
}

const MONTH = '^\\d{4}-(0[1-9]|1[0-2])$';
const QUERY = {
  type: 'object',
  additionalProperties: false,
  properties: {
    practice: { type: 'string', maxLength: 100 },
    from: { type: 'string', pattern: MONTH },
    to: { type: 'string', pattern: MONTH },
    location: { type: 'string', maxLength: 200 },
    lang: { type: 'string', enum: [...STAFF_LANGUAGES] },
  },
} as const;
const count = { type: 'integer', minimum: 0, maximum: 1_000_000 } as const;
const HAND_COUNTS = {
  type: 'object',
  additionalProperties: false,
  required: ['practice', 'month', 'method', 'counts'],
  properties: {
    practice: { type: 'string', maxLength: 100 },
    month: { type: 'string', pattern: MONTH },
    method: { type: 'string', enum: [...HAND_ENTERED_METHODS] },
    counts: {
      type: 'object',
      additionalProperties: false,
      required: [...FFT_ANSWERS],
      properties: Object.fromEntries(FFT_ANSWERS.map((a) => [a, count])),
    },
  },
} as const;
const HAND_IN = {
  type: 'object',
  additionalProperties: false,
  required: ['practice', 'month'],
  properties: { practice: { type: 'string', maxLength: 100 }, month: { type: 'string', pattern: MONTH } },
} as const;
const ORGANISATION = {
  type: 'object',
  additionalProperties: false,
  required: ['practice', 'odsCode'],
  properties: { practice: { type: 'string', maxLength: 100 }, odsCode: { type: 'string', maxLength: 20 } },
} as const;

export function resultsApiRoutes(
  app: FastifyInstance,
  options: ResultsApiOptions,
  done: (error?: Error) => void,
): void {
  const { access, directory, surveys } = options;
  const hand = new FftHand(app.store.db);
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 16 * 1024 }, parseJsonBody);
  const anyStaff = staffOnly(access, { page: false });
  const admins = staffOnly(access, { page: false, role: 'admin' });

  /** The practices asked for among those the caller sees (403 for one they do not see). */
  async function seen(request: FastifyRequest, asked?: string): Promise<Practice[]> {
    const limit = narrowed(request.staff?.practices ?? [], asked);
    if (limit === 'refused') throw refuse.forbidden('not-your-practice', 'You cannot see that practice.');
    return (await directory.all()).filter((p) => (limit ? limit.includes(p.id) : true));
  }

  async function context(request: FastifyRequest, asked?: string, lang?: ResultsQuery['lang']) {
    await surveys.known.refresh();
    const practices = await seen(request, asked);
    if (asked !== undefined && practices.length === 0) throw refuse.notFound('There is no such practice.');
    const ids = new Set(practices.map((p) => p.id));
    const context: ResultsContext = {
      results: options.results,
      surveys: (await surveys.all()).filter((s) => s.practiceId === null || ids.has(s.practiceId)),
      hand,
      cases: app.store.caseClocks,
      practices,
      known: surveys.known,
      lang: lang ?? 'en',
      now: Date.now(),
    };
    return context;
  }

  /** One practice's month as the FFT table shows it now. */
  async function monthOf(ctx: ResultsContext, practiceId: string, month: string): Promise<FftMonth | undefined> {
    const page = await resultsPage({ from: month, to: month }, ctx);
    return page.fft.find((m) => m.practiceId === practiceId && m.month === month);
  }

  app.get<{ Querystring: ResultsQuery }>(
    '/api/staff/results',
    { onRequest: anyStaff, schema: { querystring: QUERY } },
    async (request, reply) => {
      const { practice, lang, ...window } = request.query;
      if (window.from && window.to && window.from > window.to) {
        throw refuse.badRequest('bad-window', 'from: a month no later than to', 'from');
      }
      const page = await resultsPage(window, await context(request, practice, lang));
      await access.signIn.audit.record(actorOf(request), 'viewed results', null, { ...request.query });
      return reply.header('Cache-Control', 'no-store').send(page);
    },
  );

  app.post<{ Body: HandCounts }>(
    '/api/staff/results/hand-counts',
    { onRequest: anyStaff, preHandler: csrfChecked, schema: { body: HAND_COUNTS } },
    async (request, reply) => {
      const { practice: id, month, method, counts } = request.body;
      const ctx = await context(request, id);
      const practice = ctx.practices[0]!;
      if (month > localDay(ctx.now, practice.timeZone).slice(0, 7)) {
        throw refuse.badRequest('month-to-come', 'month: a month that has begun', 'month');
      }
      const actor = actorOf(request);
      await hand.setCounts(
        { practiceId: id, month, method, counts: fftCounts(counts) },
        actor.name,
        new Date().toISOString(),
      );
      await access.signIn.audit.record(actor, 'results.hand-counts', id, { month, method });
      return reply.header('Cache-Control', 'no-store').send(await monthOf(ctx, id, month));
    },
  );

  app.post<{ Body: HandIn }>(
    '/api/staff/results/hand-in',
    { onRequest: admins, preHandler: csrfChecked, schema: { body: HAND_IN } },
    async (request, reply) => {
      const { practice: id, month } = request.body;
      const ctx = await context(request, id);
      const practice = ctx.practices[0]!;
      if (month >= localDay(ctx.now, practice.timeZone).slice(0, 7)) {
        throw new HttpError(409, 'month-not-over', `${month} has not ended yet: hand it in once it has.`);
      }
      const actor = actorOf(request);
      const figures = await countsToHandIn(ctx, practice, month);
      try {
        await hand.handIn({ practiceId: id, month, at: new Date().toISOString(), by: actor.name, figures });
      } catch (error) {
        if (error instanceof HandedInError) throw new HttpError(409, 'handed-in', error.message);
        throw error;
      }
      await access.signIn.audit.record(actor, 'results.handed-in', id, { month });
      return reply.header('Cache-Control', 'no-store').send(await monthOf(ctx, id, month));
    },
  );

  app.post<{ Body: OrganisationCode }>(
    '/api/staff/results/organisation-code',
    { onRequest: admins, preHandler: csrfChecked, schema: { body: ORGANISATION } },
    async (request, reply) => {
      const { practice: id, odsCode } = request.body;
      if (!sees(request.staff!.practices, id))
        throw refuse.forbidden('not-your-practice', 'You cannot see that practice.');
      try {
        const changed = await options.practices.setOdsCode(actorOf(request), id, odsCode);
        directory.forget();
        return reply.header('Cache-Control', 'no-store').send({ odsCode: changed.odsCode });
      } catch (error) {
        if (error instanceof PracticeError && error.code === 'invalid') {
          throw refuse.badRequest('bad-ods-code', error.message, 'odsCode');
        }
        if (error instanceof PracticeError) throw refuse.notFound(error.message);
        throw error;
      }
    },
  );
  done();
}
