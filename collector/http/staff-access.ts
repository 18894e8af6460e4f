/**
 * The staff-only guard for the inbox, the case forms and the exports: an onRequest hook a route adds, so no route
 * can forget it. It asks the staff gate (staff-auth.ts) and turns a refusal into a thrown HttpError.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { STAFF_REALM, type StaffGate } from '../staff-auth.js';
import { HttpError } from './errors.js';

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

export function staffOnly(gate: StaffGate) {
  return (request: FastifyRequest, _reply: FastifyReply, next: (error?: Error) => void) => {
    const decision = gate({
      address: request.ip,
      thisComputer:
        LOOPBACK.has(request.raw.socket.remoteAddress ?? '') &&
        request.headers['x-forwarded-for'] === undefined &&
        request.headers.forwarded === undefined,
      authorization: request.headers.authorization,
    });
    if (decision.allowed) return next();
    const headers: Record<string, string> = {};
    if (decision.status === 401) headers['WWW-Authenticate'] = `Basic realm="${STAFF_REALM}", charset="UTF-8"`;
    if (decision.retryAfterSeconds) headers['Retry-After'] = String(decision.retryAfterSeconds);
    next(new HttpError(decision.status, `staff-${decision.status}`, decision.message, { headers }));
  };
}
