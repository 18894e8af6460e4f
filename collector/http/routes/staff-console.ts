/**
 * The staff console (staff/, built by `npm run build` into STATIC_DIR/staff/): its page at every console address —
 * /staff/ and /staff/cases, /staff/submissions/<id>, /staff/exports, /staff/results, … (staff/app/router.ts) — for a
 * signed-in person only (a browser without a session is led to the sign-in page and back; a script gets 401), never
 * cached, never framed, under the staff pages' CSP. The page holds no patient data: the app reads it from the staff
 * JSON API. Its hashed assets (/staff/assets/…) are served by static.ts like the kiosk's.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { CONSOLE_SCREENS } from '../../../src/core/staff-api.js';
import { HttpError } from '../errors.js';
import { staffPageHeaders } from '../security-headers.js';
import { staffHtml } from '../staff-reply.js';
import { staffOnly, type StaffAccess } from '../staff-session.js';

/**
 * The console's page from its built folder (STATIC_DIR/staff), read at each request (a build while the collector runs
 * is served at once); undefined when there is no folder or nothing built in it.
 */
export async function consolePage(folder: string | undefined): Promise<string | undefined> {
  return folder === undefined ? undefined : readFile(join(folder, 'index.html'), 'utf8').catch(() => undefined);
}

export function sendConsolePage(reply: FastifyReply, page: string) {
  return staffHtml(reply, 200, page);
}

const NOT_BUILT = 'The staff console is not built: run npm run build (npm start builds it when the sources change).';

export function staffConsoleRoutes(
  app: FastifyInstance,
  options: { access: StaffAccess; https: boolean; folder: string | undefined },
  done: (error?: Error) => void,
): void {
  const route = { helmet: staffPageHeaders(options.https), onRequest: staffOnly(options.access) };
  const answer = async (_request: unknown, reply: FastifyReply) => {
    const page = await consolePage(options.folder);
    if (page === undefined) throw new HttpError(503, 'console-not-built', NOT_BUILT);
    return sendConsolePage(reply, page);
  };
  for (const screen of CONSOLE_SCREENS) app.get(`/staff/${screen}`, route, answer);
  app.get(
    '/staff/submissions/:id',
    { ...route, schema: { params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } } } } },
    answer,
  );
  done();
}
