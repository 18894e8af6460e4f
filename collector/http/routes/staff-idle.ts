/**
 * What keeps a staff page's screen in step with its session (docs/collector.md, "Sessions"):
 *
 *   GET /staff/idle.js    the idle timer every signed-in staff page loads (no patient data: open to all)
 *   GET /staff/session    200 { idleSeconds } while the cookie's session is open — a person's activity unless
 *                         marked X-Background-Refresh: 1 (the page only looking); 401 { error, ended? } once it is
 *                         not (`ended: 'idle'` when it ended for want of a person's action); 403 for a token
 */
import type { FastifyInstance } from 'fastify';
import { IDLE_JS } from '../../staff-pages/idle-script.js';
import { IDLE_SCRIPT_PATH } from '../../staff-pages/idle-warning.js';
import { refuse } from '../errors.js';
import { staffPageHeaders } from '../security-headers.js';
import { identify, type StaffAccess } from '../staff-session.js';

const SESSION_STATE = {
  response: {
    200: { type: 'object', properties: { idleSeconds: { type: 'integer' } }, required: ['idleSeconds'] },
    401: { type: 'object', properties: { error: { type: 'string' }, ended: { type: 'string' } }, required: ['error'] },
  },
} as const;

export function staffIdleRoutes(
  app: FastifyInstance,
  options: { access: StaffAccess },
  done: (error?: Error) => void,
): void {
  const { access } = options;

  app.get(IDLE_SCRIPT_PATH, { helmet: staffPageHeaders(access.https) }, (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('Cache-Control', 'no-cache').send(IDLE_JS),
  );

  app.get('/staff/session', { schema: SESSION_STATE }, async (request, reply) => {
    // identify() counts this as the person's activity unless the request says it is a background refresh.
    const staff = await identify(access, request);
    reply.header('Cache-Control', 'no-store');
    if (staff?.kind === 'token') throw refuse.forbidden('session-only', 'A token has no session to keep open.');
    if (!staff) {
      const error = 'Signed out. Sign in again at /staff/sign-in.';
      return reply.code(401).send(request.sessionEnded ? { error, ended: request.sessionEnded } : { error });
    }
    return { idleSeconds: staff.idleSeconds };
  });
  done();
}
