/**
 * GET /api/feedback/export.csv | .json | .fhir.json: what is stored, for staff only, as a dated attachment never
 * kept by a cache, streamed with backpressure (a slow download holds one chunk, not the file). Filters as query
 * parameters: `kind`, `from`, `to` (export-filter.ts). The older /staff/export.* addresses redirect here.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { DATE_PATTERN, type ExportFilter } from '../../export-filter.js';
import { EXPORT_FORMATS, exportFile } from '../../export.js';
import { actorOf, staffOnly, type StaffAccess } from '../staff-session.js';

const querystring = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['first-impression', 'what-went-wrong'] },
    from: { type: 'string', pattern: DATE_PATTERN },
    to: { type: 'string', pattern: DATE_PATTERN },
  },
} as const;

export function exportRoutes(
  app: FastifyInstance,
  options: { access: StaffAccess },
  done: (error?: Error) => void,
): void {
  for (const format of EXPORT_FORMATS) {
    app.get<{ Querystring: ExportFilter }>(
      `/api/feedback/export.${format}`,
      { onRequest: staffOnly(options.access), schema: { querystring } },
      async (request, reply) => {
        const { kind, from, to } = request.query;
        const file = await exportFile(app.store, format, { kind, from, to });
        const actor = actorOf(request);
        const filters = Object.fromEntries(Object.entries({ kind, from, to }).filter(([, v]) => v !== undefined));
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
