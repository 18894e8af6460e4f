/**
 * "Who is signed in" through the staff JSON API (src/core/sessions-api.ts), for admins who see every practice,
 * signed in in a browser (a token is refused: this is about people's sessions); a change needs `X-CSRF-Token`.
 * Ending a session is audited (`session.ended`, naming whose). Ending one's own signs out as Sign out does, clearing
 * what the browser kept for Back. The console's screen is served at /staff/sessions (staff-console.ts).
 *
 *   GET  /api/staff/sessions            SessionList
 *   POST /api/staff/sessions/<id>/end   SessionEnded
 */
import type { FastifyInstance } from 'fastify';
import type { SessionEnded, SessionList } from '../../../src/core/sessions-api.js';
import { csrfChecked, staffOnly, type StaffAccess } from '../staff-session.js';
import { signedInSession } from './staff-account.js';

const PARAMS = { type: 'object', properties: { id: { type: 'string', minLength: 1, maxLength: 100 } } } as const;

export function sessionRoutes(
  app: FastifyInstance,
  options: { access: StaffAccess },
  done: (error?: Error) => void,
): void {
  const { access } = options;
  const { sessions, audit } = access.signIn;
  const groupAdmins = staffOnly(access, { page: false, role: 'admin', wholeGroup: true });

  app.get('/api/staff/sessions', { onRequest: groupAdmins }, async (request, reply) => {
    const staff = signedInSession(request);
    const list: SessionList = {
      sessions: (await sessions.listOpen()).map(({ expiresAt: _expires, ...s }) => ({
        ...s,
        yours: s.id === staff.holder.sessionId,
      })),
    };
    return reply.header('Cache-Control', 'no-store').send(list);
  });

  app.post<{ Params: { id: string } }>(
    '/api/staff/sessions/:id/end',
    { onRequest: groupAdmins, preHandler: csrfChecked, schema: { params: PARAMS } },
    async (request, reply) => {
      const staff = signedInSession(request);
      const owner = (await sessions.listOpen()).find((s) => s.id === request.params.id)?.email;
      const ended = await sessions.endById(request.params.id, `ended by ${staff.email}`);
      if (ended) await audit.record({ name: staff.email, address: request.ip }, 'session.ended', owner ?? null, {});
      const signedOut = request.params.id === staff.holder.sessionId;
      // As Sign out does: pages kept for Back would otherwise still show patients' words.
      if (signedOut) reply.header('Clear-Site-Data', '"cache"');
      const answer: SessionEnded = { ended, signedOut };
      return reply.header('Cache-Control', 'no-store').send(answer);
    },
  );
  done();
}
