/**
 * The deployment's settings through the staff JSON API (src/core/settings-api.ts), for admins who see every practice
 * (session with `X-CSRF-Token` on a change, or an admin token): how long patients' words and the audit trail are
 * kept. Each change is audited (`setting.changed`, patient-data/retention.ts).
 *
 *   GET  /api/staff/settings   RetentionSettings
 *   POST /api/staff/settings   RetentionSettings → RetentionSettings · 400 { error, path } naming the field; nothing
 *                              is saved when either is wrong
 *
 * The console's Settings screen is served at /staff/settings (staff-console.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { RetentionSettings } from '../../../src/core/settings-api.js';
import { RetentionError, type Retention } from '../../patient-data/retention.js';
import { HttpError } from '../errors.js';
import { parseJsonBody } from '../json-body.js';
import { actorOf, csrfChecked, staffOnly, type StaffAccess } from '../staff-session.js';

function refused(path: keyof RetentionSettings, message: string): HttpError {
  return new HttpError(400, 'setting-invalid', `${path} ${message}`, { path });
}

/** The body as settings: a number of days each (submissionDays may be null: kept until erased on request). */
function wantedOf(body: unknown): RetentionSettings {
  const given = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const { submissionDays, auditDays } = given;
  if (submissionDays !== null && typeof submissionDays !== 'number') {
    throw refused('submissionDays', 'must be a number of days, or null to keep words until erased on request');
  }
  if (typeof auditDays !== 'number') throw refused('auditDays', 'must be a number of days');
  return { submissionDays, auditDays };
}

export function settingsRoutes(
  app: FastifyInstance,
  options: { access: StaffAccess; retention: Retention },
  done: (error?: Error) => void,
): void {
  const { access, retention } = options;
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 4 * 1024 }, parseJsonBody);
  const groupAdmins = staffOnly(access, { page: false, role: 'admin', wholeGroup: true });

  app.get('/api/staff/settings', { onRequest: groupAdmins }, async (_request, reply) =>
    reply.header('Cache-Control', 'no-store').send(await retention.settings()),
  );

  app.post<{ Body: unknown }>(
    '/api/staff/settings',
    { onRequest: groupAdmins, preHandler: csrfChecked },
    async (request, reply) => {
      try {
        await retention.change(actorOf(request), wantedOf(request.body));
      } catch (error) {
        if (!(error instanceof RetentionError)) throw error;
        throw refused(error.field, error.message);
      }
      return reply.header('Cache-Control', 'no-store').send(await retention.settings());
    },
  );
  done();
}
