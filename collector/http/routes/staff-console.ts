/**
 * The staff console (staff/, built by `npm run build` into STATIC_DIR/staff/): its page at every console address —
 * /staff/ and /staff/cases, /staff/submissions/<id>, /staff/exports, /staff/results, … (staff/app/router.ts) — for a
 * signed-in person only (a browser without a session is led to the sign-in page and back; a script gets 401), never
 * cached, never framed, under the staff pages' CSP. The page holds no patient data: the app reads it from the staff
 * JSON API. Its hashed assets (/staff/assets/…) are served by static.ts like the kiosk's.
 *
 * The old server-rendered inbox's links still land: /staff/classic/ goes to /staff/ with its query (the console reads
 * `?ref=` as a search, and `#case-<id>`, which the browser keeps across the redirect, as that case). A collector with
 * no console built (run from source; a STATIC_DIR without staff/) answers every console address with a page saying
 * so and the command that builds it.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { CONSOLE_SCREENS } from '../../../src/core/staff-api.js';
import { escapeHtml } from '../../html.js';
import { page } from '../../staff-pages/page.js';
import { wordsFor } from '../../staff-pages/page-language.js';
import { staffPageHeaders } from '../security-headers.js';
import { staffHtml } from '../staff-reply.js';
import { staffOnly, type StaffAccess } from '../staff-session.js';
import { barOf } from './staff-account.js';

/**
 * The console's page from its built folder (STATIC_DIR/staff), read at each request (a build while the collector runs
 * is served at once); undefined when there is no folder or nothing built in it.
 */
export async function consolePage(folder: string | undefined): Promise<string | undefined> {
  return folder === undefined ? undefined : readFile(join(folder, 'index.html'), 'utf8').catch(() => undefined);
}

/** What a signed-in person sees at a console address when there is no console to serve. */
function notBuiltPage(request: FastifyRequest): string {
  const staff = request.staff;
  const words = wordsFor(request);
  const t = words.notBuilt;
  return page(
    words,
    t.title,
    `<h1>${escapeHtml(t.title)}</h1>
<p>${t.whyHtml}</p>
<p>${t.howHtml}</p>`,
    staff?.kind === 'session' ? barOf(staff) : undefined,
  );
}

export function staffConsoleRoutes(
  app: FastifyInstance,
  options: { access: StaffAccess; https: boolean; folder: string | undefined },
  done: (error?: Error) => void,
): void {
  const helmet = staffPageHeaders(options.https);
  const route = { helmet, onRequest: staffOnly(options.access) };
  const answer = async (request: FastifyRequest, reply: FastifyReply) => {
    const built = await consolePage(options.folder);
    return built === undefined ? staffHtml(reply, 503, notBuiltPage(request)) : staffHtml(reply, 200, built);
  };
  app.get('/staff', { helmet }, (_request, reply) => reply.redirect('/staff/', 302));
  app.get('/staff/', route, answer);
  for (const screen of CONSOLE_SCREENS) app.get(`/staff/${screen}`, route, answer);
  app.get(
    '/staff/submissions/:id',
    { ...route, schema: { params: { type: 'object', properties: { id: { type: 'string', maxLength: 100 } } } } },
    answer,
  );
  // The retired server-rendered inbox's address: its query (`?ref=`) kept, its `#case-<id>` kept by the browser.
  const toConsole = (request: FastifyRequest, reply: FastifyReply) => {
    const query = request.url.indexOf('?');
    return reply.redirect(`/staff/${query < 0 ? '' : request.url.slice(query)}`, 301);
  };
  app.get('/staff/classic', { helmet }, toConsole);
  app.get('/staff/classic/', { helmet }, toConsole);
  done();
}
