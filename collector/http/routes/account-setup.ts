/**
 * The set-up link's page (docs/collector.md, "Accounts"): a person an admin added in the console chooses their
 * password, then is signed in (or, with a second factor on, asked for its code).
 *
 *   GET  /staff/set-up        the form; the link's token is in its fragment (`#pfs_…`), which never reaches a server
 *   GET  /staff/set-up.js     copies the token into the form (no inline script)
 *   POST /staff/set-up        token, password, passwordAgain → 303 /staff/ (signed in) · 400 the rules or a typo ·
 *                             410 used, replaced, expired or unknown · 403 not from this collector's own page
 *
 * The token travels only in the form's body: the request log writes paths, never bodies or queries. The page and its
 * messages are in the language page-language.ts finds for the request.
 */
import formBody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SetupLinks } from '../../accounts/setup-links.js';
import { SETUP_JS, SETUP_SCRIPT_PATH, setupPage } from '../../staff-pages/setup-page.js';
import { HttpError } from '../errors.js';
import { isFromOwnPage, type OriginPolicy } from '../origins.js';
import { wordsFor } from '../../staff-pages/page-language.js';
import type { PlainHttpCheck } from '../plain-http.js';
import { staffPageHeaders } from '../security-headers.js';
import { staffHtml } from '../staff-reply.js';
import { sessionCookieName, sessionCookieOptions, type StaffAccess } from '../staff-session.js';

export interface AccountSetupRouteOptions {
  access: StaffAccess;
  setupLinks: SetupLinks;
  origins: OriginPolicy;
  plainHttp: PlainHttpCheck;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export async function accountSetupRoutes(app: FastifyInstance, options: AccountSetupRouteOptions): Promise<void> {
  const { access, setupLinks } = options;
  const helmet = staffPageHeaders(access.https);
  await app.register(formBody, { bodyLimit: 8 * 1024 });
  const fromOwnPage = (request: FastifyRequest, _reply: FastifyReply, next: (error?: Error) => void) =>
    isFromOwnPage(request, options.origins)
      ? next()
      : next(new HttpError(403, 'foreign-origin', 'Refused: set your password on this collector’s own page.'));

  app.get(SETUP_SCRIPT_PATH, { helmet }, (_request, reply) =>
    reply.type('text/javascript; charset=utf-8').header('Cache-Control', 'no-cache').send(SETUP_JS),
  );

  app.get('/staff/set-up', { helmet }, (request, reply) => {
    const words = wordsFor(request);
    if (options.plainHttp(request) === 'refused') {
      return staffHtml(reply, 403, setupPage({ words, spent: true, error: words.signIn.plainHttpRefused }));
    }
    return staffHtml(reply, 200, setupPage({ words }));
  });

  app.post<{ Body: Record<string, unknown> }>(
    '/staff/set-up',
    { helmet, onRequest: fromOwnPage },
    async (request, reply) => {
      const words = wordsFor(request);
      if (options.plainHttp(request) === 'refused') {
        return staffHtml(reply, 403, setupPage({ words, spent: true, error: words.signIn.plainHttpRefused }));
      }
      const body = request.body ?? {};
      const token = text(body.token).trim();
      const password = text(body.password);
      if (password !== text(body.passwordAgain)) {
        return staffHtml(reply, 400, setupPage({ words, token, error: words.setup.notSame }));
      }
      const result = await setupLinks.use(token, password, request.ip);
      if (result.outcome === 'weak') {
        const error = words.setup.fault(result.fault);
        return staffHtml(reply, 400, setupPage({ words, token, email: result.email, error }));
      }
      if (result.outcome !== 'set') {
        request.logDetail += ` setup=${result.outcome}`;
        return staffHtml(reply, 410, setupPage({ words, spent: true, error: words.setup.spent[result.outcome] }));
      }
      const twoStep = await access.signIn.secondFactor.isOn(result.accountId);
      const client = { address: request.ip, userAgent: request.headers['user-agent'] };
      const session = await access.signIn.sessions.start(
        result.accountId,
        twoStep ? 'second-factor' : 'signed-in',
        client,
      );
      const actor = { name: result.email, address: request.ip };
      const action = twoStep ? 'sign-in.password-accepted' : 'sign-in.succeeded';
      await access.signIn.audit.record(actor, action, result.email, { with: 'set-up link' });
      reply.setCookie(sessionCookieName(access.https), session.secret, sessionCookieOptions(access.https));
      const location = twoStep ? '/staff/sign-in/code?next=%2Fstaff%2F' : '/staff/';
      return reply.code(303).header('Location', location).header('Cache-Control', 'no-store').send();
    },
  );
}
