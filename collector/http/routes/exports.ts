/**
 * GET /api/feedback/export.csv | .json | .fhir.json (also under /staff/): everything stored, for staff only, as a
 * dated attachment never kept by a cache. The files are written by src/export, as on the kiosk.
 */
import type { FastifyInstance } from 'fastify';
import { EXPORT_FORMATS, exportFile } from '../../export.js';
import type { StaffGate } from '../../staff-auth.js';
import { staffOnly } from '../staff-access.js';

export function exportRoutes(app: FastifyInstance, options: { gate: StaffGate }, done: (error?: Error) => void): void {
  for (const base of ['/api/feedback', '/staff']) {
    for (const format of EXPORT_FORMATS) {
      app.get(`${base}/export.${format}`, { onRequest: staffOnly(options.gate) }, async (_request, reply) => {
        const file = exportFile(await app.store.list(), format, new Date());
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
