/**
 * A practice's clocks through the staff JSON API (src/core/staff-api.ts `ClockSettings`): its promise in working
 * days, its complaint rule and public holidays. Anyone who sees the practice may read them (the Cases screen counts
 * by them); an admin who sees it may change them (session with CSRF, or an admin token) — a scoped admin their own
 * practices'. A change is audited and moves the deadlines of the practice's open cases at once.
 *
 *   GET  /api/staff/practices/<id>/clocks
 *   POST /api/staff/practices/<id>/clocks    ClockSettingsChange
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ClockSettingsError, clockSettings } from '../../cases/clock-settings.js';
import type { PracticeDirectory } from '../../practices/practice-directory.js';
import type { Practices } from '../../practices/practices.js';
import { sees } from '../../practices/scope.js';
import { HttpError, refuse } from '../errors.js';
import { parseJsonBody } from '../json-body.js';
import { actorOf, csrfChecked, staffOnly, type StaffAccess } from '../staff-session.js';

export interface ClockSettingsOptions {
  access: StaffAccess;
  practices: Practices;
  directory: PracticeDirectory;
}

const PARAMS = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 100 } },
} as const;

export function clockSettingsRoutes(
  app: FastifyInstance,
  options: ClockSettingsOptions,
  done: (error?: Error) => void,
): void {
  const { access, practices, directory } = options;
  app.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: 16 * 1024 }, parseJsonBody);

  /** The practice asked for, when the caller sees it: another practice is answered as if it did not exist. */
  async function practiceFor(request: FastifyRequest<{ Params: { id: string } }>) {
    const practice = await directory.find(request.params.id);
    if (!practice || !sees(request.staff!.practices, practice.id)) {
      throw refuse.notFound('There is no such practice among yours.');
    }
    return practice;
  }

  app.get<{ Params: { id: string } }>(
    '/api/staff/practices/:id/clocks',
    { onRequest: staffOnly(access, { page: false }), schema: { params: PARAMS } },
    async (request, reply) => reply.header('Cache-Control', 'no-store').send(clockSettings(await practiceFor(request))),
  );

  app.post<{ Params: { id: string }; Body: unknown }>(
    '/api/staff/practices/:id/clocks',
    {
      onRequest: staffOnly(access, { page: false, role: 'admin' }),
      preHandler: csrfChecked,
      schema: { params: PARAMS },
    },
    async (request, reply) => {
      const practice = await practiceFor(request);
      try {
        const changed = await practices.changeClocks(actorOf(request), practice.id, request.body);
        directory.forget();
        return reply.header('Cache-Control', 'no-store').send(clockSettings(changed));
      } catch (error) {
        if (!(error instanceof ClockSettingsError)) throw error;
        throw new HttpError(400, 'clocks-invalid', error.message, error.path ? { path: error.path } : {});
      }
    },
  );
  done();
}
