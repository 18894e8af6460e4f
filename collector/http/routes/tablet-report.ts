/**
 * A tablet's health report (src/core/tablets-api.ts `TabletReport`), sent by the kiosk every minute while online,
 * with its device token. Recorded as the tablet's last report; the console's Tablets screen judges it. A tablet
 * may report `REPORTS_PER_MINUTE` times a minute (it needs one): more is `429`, counted per tablet, or per address
 * for a request without a valid token, so nobody can make the collector write without end.
 *
 *   POST /api/tablets/report   TabletReport + Authorization: Bearer pfd_…  → 204 · 400 { error, path } · 401 · 429
 */
import type { FastifyInstance } from 'fastify';
import type { Tablets } from '../../tablets/tablets.js';
import { reportInput, TabletInputError } from '../../tablets/tablet-rules.js';
import { deviceOf, registerDeviceRateLimit } from '../device-token.js';
import { HttpError } from '../errors.js';
import { parseJsonBody } from '../json-body.js';

export interface TabletReportOptions {
  tablets: Tablets;
}

export const REPORTS_PER_MINUTE = 12;

export async function tabletReportRoutes(app: FastifyInstance, options: TabletReportOptions): Promise<void> {
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 4 * 1024 }, parseJsonBody);
  await registerDeviceRateLimit(
    app,
    options.tablets,
    (_request, seconds) => `Too many reports: send again in ${seconds} seconds.`,
  );
  app.post<{ Body: unknown }>(
    '/api/tablets/report',
    { config: { rateLimit: { max: REPORTS_PER_MINUTE, timeWindow: 60_000 } } },
    async (request, reply) => {
      const tablet = await deviceOf(options.tablets, request);
      if (!tablet) {
        throw new HttpError(401, 'device-needed', "Send the tablet's device token: Authorization: Bearer pfd_….", {
          headers: { 'WWW-Authenticate': 'Bearer realm="patient-feedback tablets"' },
        });
      }
      try {
        await options.tablets.recordReport(tablet.id, reportInput(request.body));
      } catch (error) {
        if (error instanceof TabletInputError) {
          throw new HttpError(400, 'report-invalid', error.message, { path: error.path });
        }
        throw error;
      }
      request.logDetail = ` tablet=${tablet.id}`;
      return reply.code(204).header('Cache-Control', 'no-store').send();
    },
  );
}
