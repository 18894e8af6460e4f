/**
 * GET /api/feedback/export.csv | .xlsx | .json | .fhir.json: what is stored, for staff only, as a dated attachment
 * never kept by a cache, streamed with backpressure (a slow download holds one chunk, not the file). Filters as query
 * parameters: `kind`, `from`, `to`, `practice`, `location` (export-filter.ts); `lang` for the spreadsheets' words.
 * Only the practices the account or token sees are read; asking for another is refused (403). The older
 * /staff/export.* addresses redirect here.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { DATE_PATTERN, type ExportFilter } from '../../export-filter.js';
import { EXPORT_FORMATS, exportFile } from '../../export.js';
import type { PracticeDirectory } from '../../practices/practice-directory.js';
import { narrowed } from '../../practices/scope.js';
import type { SurveyDirectory } from '../../surveys/survey-directory.js';
import { STAFF_LANGUAGES, type StaffLanguage } from '../../surveys/staff-words.js';
import { CASE_STATUSES } from '../../../src/core/staff-api.js';
import { MIN_WORDS } from '../../patient-data/patient-search.js';
import { refuse } from '../errors.js';
import { actorOf, staffOnly, type StaffAccess } from '../staff-session.js';

const querystring = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['first-impression', 'what-went-wrong'] },
    from: { type: 'string', pattern: DATE_PATTERN },
    to: { type: 'string', pattern: DATE_PATTERN },
    practice: { type: 'string', maxLength: 100 },
    location: { type: 'string', maxLength: 200 },
    rating: { type: 'string', maxLength: 100 },
    category: { type: 'string', maxLength: 100 },
    status: { type: 'string', enum: [...CASE_STATUSES] },
    q: { type: 'string', minLength: MIN_WORDS, maxLength: 200 },
    lang: { type: 'string', enum: [...STAFF_LANGUAGES] },
  },
} as const;

export function exportRoutes(
  app: FastifyInstance,
  options: { access: StaffAccess; practices: PracticeDirectory; surveys: SurveyDirectory },
  done: (error?: Error) => void,
): void {
  for (const format of EXPORT_FORMATS) {
    app.get<{ Querystring: ExportFilter & { lang?: StaffLanguage } }>(
      `/api/feedback/export.${format}`,
      { onRequest: staffOnly(options.access), schema: { querystring } },
      async (request, reply) => {
        const { kind, from, to, practice, location, rating, category, status, q, lang } = request.query;
        const practices = narrowed(request.staff?.practices ?? [], practice);
        if (practices === 'refused') throw refuse.forbidden('not-your-practice', 'You cannot see that practice.');
        const timeZones = new Map((await options.practices.all()).map((p) => [p.id, p.timeZone]));
        // Read afresh: a version added a moment ago in another process still has its words and its Questionnaire.
        const surveys = (await options.surveys.all({ fresh: true })).map((s) => s.definition);
        const file = await exportFile(
          app.store,
          format,
          { kind, from, to, location, rating, category, status, q },
          { practices, timeZones, surveys, lang },
        );
        const actor = actorOf(request);
        const filters = Object.fromEntries(
          // What was typed to search is never written down (it may be a patient's phone number): only that it was.
          Object.entries({ kind, from, to, practice, location, rating, category, status, q: q && 'given' }).filter(
            ([, v]) => v !== undefined,
          ),
        );
        // Written down once the file has gone (or the download was cut off): who, which format and filters, how many.
        async function* audited() {
          let complete = false;
          try {
            yield* file.chunks;
            complete = true;
          } finally {
            await options.access.signIn.audit.record(actor, 'exported', null, {
              format,
              ...filters,
              rows: file.written(),
              complete,
            });
          }
        }
        return reply
          .type(file.contentType)
          .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
          .header('Cache-Control', 'no-store')
          .send(Readable.from(audited(), { objectMode: false, highWaterMark: 64 * 1024 }));
      },
    );
    app.get(`/staff/export.${format}`, (request, reply) => {
      const query = request.url.indexOf('?');
      return reply.redirect(`/api/feedback/export.${format}${query < 0 ? '' : request.url.slice(query)}`, 308);
    });
  }
  done();
}
