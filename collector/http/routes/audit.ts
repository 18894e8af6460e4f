/**
 * The audit trail for admins (docs/collector.md):
 *
 *   GET /staff/audit       (`?before=<entry>` for older ones) a page of 100 entries, newest first
 *   GET /staff/audit.csv   every entry, newest first, as a spreadsheet
 *
 * Looking at the trail is itself written to it.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { csvCell } from '../../../src/export/index.js';
import { auditDetail, auditPage } from '../../staff-pages/audit-page.js';
import { staffPageHeaders } from '../security-headers.js';
import { actorOf, staffOnly, type StaffAccess } from '../staff-session.js';
import { barOf } from './staff-account.js';

const PAGE = 100;
const CSV_CHUNK = 1000;

export function auditRoutes(
  app: FastifyInstance,
  options: { access: StaffAccess },
  done: (error?: Error) => void,
): void {
  const { audit } = options.access.signIn;
  const helmet = staffPageHeaders(options.access.https);
  const adminOnly = staffOnly(options.access, { role: 'admin', wholeGroup: true });

  app.get<{ Querystring: { before?: number } }>(
    '/staff/audit',
    {
      helmet,
      onRequest: staffOnly(options.access, { page: true, role: 'admin', wholeGroup: true }),
      schema: { querystring: { type: 'object', properties: { before: { type: 'integer', minimum: 1 } } } },
    },
    async (request, reply) => {
      const staff = request.staff;
      if (staff?.kind !== 'session') return reply.code(303).header('Location', '/staff/audit.csv').send();
      const { before } = request.query;
      const events = await audit.list({ limit: PAGE + 1, ...(before ? { before } : {}) });
      const shown = events.slice(0, PAGE);
      const older = events.length > PAGE ? shown[shown.length - 1]?.seq : undefined;
      await audit.record(actorOf(request), 'viewed audit trail', null, { entries: shown.length });
      return reply
        .type('text/html; charset=utf-8')
        .header('Cache-Control', 'no-store')
        .send(auditPage({ bar: barOf(staff), events: shown, older }));
    },
  );

  app.get('/staff/audit.csv', { onRequest: adminOnly }, async (request, reply) => {
    await audit.record(actorOf(request), 'exported audit trail', null, {});
    async function* lines() {
      yield `\uFEFF${['when', 'who', 'action', 'target', 'details', 'address'].join(',')}\r\n`;
      let before: number | undefined;
      for (;;) {
        const events = await audit.list({ limit: CSV_CHUNK, ...(before ? { before } : {}) });
        for (const e of events) {
          yield (
            [e.at, e.actor, e.action, e.target ?? '', auditDetail(e), e.address ?? ''].map(csvCell).join(',') + '\r\n'
          );
        }
        if (events.length < CSV_CHUNK) return;
        before = events[events.length - 1]?.seq;
      }
    }
    return reply
      .type('text/csv; charset=utf-8')
      .header('Content-Disposition', `attachment; filename="audit-trail-${new Date().toISOString().slice(0, 10)}.csv"`)
      .header('Cache-Control', 'no-store')
      .send(Readable.from(lines()));
  });
  done();
}
