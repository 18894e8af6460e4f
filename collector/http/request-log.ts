/**
 * One log line per request: ISO time, method, path (no query), status and what a route adds (submission id and
 * kind, a case's status). Never an answer, a body, a query string or a header. Whatever came from the client is
 * sanitised first: a line break or escape sequence in a path must not forge a second line or repaint a terminal.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyRequest {
    /** Added to the request's log line by the route (` id=… kind=…`); only values the server checked. */
    logDetail: string;
  }
}

const MAX_LOGGED = 200;

/** Printable ASCII stays; everything else (controls, spaces, non-ASCII) is percent-encoded; long text is cut. */
export function sanitise(text: string): string {
  const clean = text.replace(/[^\x21-\x7e]/gu, (ch) =>
    [...Buffer.from(ch, 'utf8')].map((byte) => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );
  return clean.length > MAX_LOGGED ? `${clean.slice(0, MAX_LOGGED)}…` : clean;
}

/** The path of a request target, without query; an absolute-form target (`GET http://host/path`) gives its path. */
export function pathOf(target: string): string {
  let path = target.split('?')[0] ?? '';
  if (!path.startsWith('/')) {
    try {
      path = new URL(path).pathname;
    } catch {
      return '(malformed)';
    }
  }
  return sanitise(path);
}

export type LogLine = (line: string) => void;

export function logLine(method: string, target: string, status: number | string, detail = ''): string {
  return `${new Date().toISOString()} ${sanitise(method)} ${pathOf(target)} ${status}${detail}`;
}

export const requestLogPlugin = fastifyPlugin(
  (app: FastifyInstance, options: { log: LogLine }, done: (error?: Error) => void) => {
    app.decorateRequest('logDetail', '');
    app.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, next: () => void) => {
      options.log(logLine(request.method, request.url, reply.statusCode, request.logDetail.replace(/\p{Cc}/gu, '?')));
      next();
    });
    app.addHook('onRequestAbort', (request: FastifyRequest, next: () => void) => {
      options.log(logLine(request.method, request.url, 'aborted', `${request.logDetail} client went away`));
      next();
    });
    done();
  },
  { name: 'collector-request-log' },
);
