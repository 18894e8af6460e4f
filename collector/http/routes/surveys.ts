/**
 * The survey registry over HTTP (collector/surveys/):
 *
 *   GET  /surveys/<id>/<version>.json        a published definition, for the `survey` attribute and the kiosk;
 *   GET  /surveys/<id>/latest.json           the version added last. Anyone may read them (they hold no patient's
 *                                            words); CORS for ALLOWED_ORIGINS and the practices' own websites.
 *   GET  /api/staff/surveys                  (session or token) the versions the caller's practices use
 *   GET  /api/staff/surveys/<id>/<version>   one of them, with its definition
 *   POST /api/staff/surveys[?practice=<id>]  (admins) add a version: the body is the definition's JSON. 201 added,
 *                                            200 replaced or unchanged; 400 with the `path` of what is wrong; 409 when
 *                                            the version has been answered already (it can no longer change) or the
 *                                            survey belongs to another practice; 403 another practice's.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { PracticeDirectory } from '../../practices/practice-directory.js';
import { sees } from '../../practices/scope.js';
import type { SurveyDirectory } from '../../surveys/survey-directory.js';
import type { RegisteredSurvey } from '../../surveys/survey-registry.js';
import { MAX_DEFINITION_BYTES, SurveyError } from '../../surveys/survey-rules.js';
import { HttpError, refuse } from '../errors.js';
import { parseJsonBody } from '../json-body.js';
import { dataHeaders } from '../security-headers.js';
import { actorOf, csrfChecked, staffOnly, type StaffAccess } from '../staff-session.js';

export interface SurveyRoutesOptions {
  access: StaffAccess;
  surveys: SurveyDirectory;
  practices: PracticeDirectory;
  /** ALLOWED_ORIGINS: websites that may read the published definitions (besides each practice's own). */
  allowedOrigins: readonly string[];
}

/** What the staff API tells about a version (the definition itself only when one is asked for). */
function described({ definition: _definition, ...survey }: RegisteredSurvey) {
  return survey;
}

const STATUS: Record<SurveyError['code'], number> = {
  'bad-definition': 400,
  'built-in': 400,
  'not-allowed': 400,
  'unknown-practice': 404,
  'unknown-survey': 404,
  used: 409,
  'other-practice': 409,
};

export function surveyRoutes(app: FastifyInstance, options: SurveyRoutesOptions, done: (error?: Error) => void): void {
  const { access, surveys } = options;
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: MAX_DEFINITION_BYTES }, parseJsonBody);
  const readable = { ...dataHeaders(access.https), crossOriginResourcePolicy: { policy: 'cross-origin' as const } };

  /** A website that may read the definitions: one the deployment or any practice allows. */
  async function allowedOrigin(origin: string | undefined): Promise<string | undefined> {
    if (!origin) return undefined;
    if (options.allowedOrigins.includes(origin)) return origin;
    return (await options.practices.all()).some((p) => p.origins.includes(origin)) ? origin : undefined;
  }

  app.get<{ Params: { id: string; file: string } }>(
    '/surveys/:id/:file',
    { helmet: readable },
    async (request: FastifyRequest<{ Params: { id: string; file: string } }>, reply: FastifyReply) => {
      const { id, file } = request.params;
      // Before the lookup: a practice's page pointed at a wrong address can then read why (404), not "blocked by CORS".
      const origin = await allowedOrigin(request.headers.origin);
      if (origin) reply.header('Access-Control-Allow-Origin', origin);
      reply.header('Vary', 'Origin');
      const version = /^(.+)\.json$/.exec(file)?.[1];
      const versions = (await surveys.all()).filter((s) => s.id === id);
      const survey = version === 'latest' ? versions.at(-1) : versions.find((s) => s.version === version);
      if (!survey) {
        throw refuse.notFound(
          `There is no survey "${id}" version "${version ?? file}" here: check the survey address the practice was given.`,
        );
      }
      // An answered version never changes; one not yet answered, or "latest", may.
      const settled = version !== 'latest' && (survey.builtIn || survey.usedAt !== null);
      return reply
        .header('Cache-Control', settled ? 'public, max-age=86400' : 'no-cache')
        .type('application/json; charset=utf-8')
        .send(survey.definition);
    },
  );

  const seenBy = (request: FastifyRequest) => (s: RegisteredSurvey) =>
    s.practiceId === null || sees(request.staff?.practices ?? [], s.practiceId);

  app.get('/api/staff/surveys', { onRequest: staffOnly(access, { page: false }) }, async (request, reply) => {
    const list = (await surveys.all()).filter(seenBy(request));
    return reply.header('Cache-Control', 'no-store').send({ surveys: list.map(described) });
  });

  app.get<{ Params: { id: string; version: string } }>(
    '/api/staff/surveys/:id/:version',
    { onRequest: staffOnly(access, { page: false }) },
    async (request, reply) => {
      const { id, version } = request.params;
      const survey = (await surveys.all()).find((s) => s.id === id && s.version === version);
      if (!survey || !seenBy(request)(survey))
        throw refuse.notFound(`There is no survey "${id}" version "${version}".`);
      return reply.header('Cache-Control', 'no-store').send({ ...described(survey), definition: survey.definition });
    },
  );

  app.post<{ Querystring: { practice?: string }; Body: unknown }>(
    '/api/staff/surveys',
    {
      onRequest: staffOnly(access, { page: false, role: 'admin' }),
      preHandler: csrfChecked,
      schema: { querystring: { type: 'object', properties: { practice: { type: 'string', maxLength: 100 } } } },
    },
    async (request, reply) => {
      const scope = request.staff?.practices ?? [];
      const practice = request.query.practice || null;
      if (practice === null && scope !== 'every') {
        throw refuse.badRequest(
          'practice-needed',
          `Name the practice the survey is for (?practice=${scope[0] ?? '…'}): you manage ${scope.join(', ') || 'no practice'}.`,
        );
      }
      if (practice !== null && !sees(scope, practice)) {
        throw refuse.forbidden('not-your-practice', 'You cannot add a survey for that practice.');
      }
      try {
        const { survey, outcome } = await surveys.registry.add(actorOf(request), request.body, practice);
        surveys.forget();
        return reply
          .code(outcome === 'added' ? 201 : 200)
          .header('Cache-Control', 'no-store')
          .header('Location', survey.url)
          .send({ outcome, survey: described(survey) });
      } catch (error) {
        if (!(error instanceof SurveyError)) throw error;
        throw new HttpError(STATUS[error.code], error.code, error.message, error.path ? { path: error.path } : {});
      }
    },
  );
  done();
}
