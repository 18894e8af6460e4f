/**
 * GET /staff/ (`?ref=` finds one case by what a patient reads out) and its stylesheet: staff only, never cached,
 * never framed. The page itself is written by staff-inbox.ts from what the store holds.
 */
import type { FastifyInstance } from 'fastify';
import { loadInbox } from '../../inbox-data.js';
import { INBOX_CSS, renderInbox } from '../../staff-inbox.js';
import type { StaffGate } from '../../staff-auth.js';
import { staffPageHeaders } from '../security-headers.js';
import { staffOnly } from '../staff-access.js';

export interface StaffInboxOptions {
  gate: StaffGate;
  https: boolean;
}

export function staffInboxRoutes(
  app: FastifyInstance,
  options: StaffInboxOptions,
  done: (error?: Error) => void,
): void {
  const helmet = staffPageHeaders(options.https);
  app.get('/staff', { helmet }, (_request, reply) => reply.redirect('/staff/', 302));
  app.get<{ Querystring: { ref?: string } }>(
    '/staff/',
    {
      helmet,
      onRequest: staffOnly(options.gate),
      schema: { querystring: { type: 'object', properties: { ref: { type: 'string', maxLength: 200 } } } },
    },
    async (request, reply) => {
      const inbox = await loadInbox(app.store, request.query.ref === undefined ? {} : { ref: request.query.ref });
      return reply.type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(renderInbox(inbox));
    },
  );
  app.get('/staff/inbox.css', { helmet, onRequest: staffOnly(options.gate) }, (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'no-store').send(INBOX_CSS),
  );
  done();
}
