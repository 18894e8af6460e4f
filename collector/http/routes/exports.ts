/**
 * GET /api/feedback/export.csv | .json | .fhir.json (also under /staff/): everything stored, for staff only, as a
 * dated attachment never kept by a cache. The files are written by src/export, as on the kiosk.
 */
import type { FastifyInstance } from 'fastify';
import { EXPORT_FORMATS, exportFile } from '../../export.js';
import { actorOf, staffOnly, type StaffAccess } from '../staff-session.js';

export function exportRoutes(
  app: FastifyInstance,
  options: { access: StaffAccess },
  done: (error?: Error) => void,
): void {
  for (const base of ['/api/feedback', '/staff']) {
    for (const format of EXPORT_FORMATS) {
      app.get(`${base}/export.${format}`, { onRequest: staffOnly(options.access) }, async (request, reply) => {
        const rows = await app.store.list();
        const file = exportFile(rows, format, new Date());
        await options.access.signIn.audit.record(actorOf(request), 'exported', null, { format, rows: rows.length });
        return reply
          .type(file.contentType)
          .header('Content-Disposition', `attachment; filename="${file.fileName}"`)
          .header('Cache-Control', 'no-store')
          .send(file.text);
      });
    }
  }
  done();
}
