/**
 * Signing in and out (docs/collector.md):
 *
 *   GET  /staff/sign-in        the form (Email, Password, Sign in); ?next= the page to come back to
 *   POST /staff/sign-in        303 → next (or → the code page) · 401 wrong email or password · 429 + Retry-After
 *                              while waiting after wrong tries · 403 not sent from this collector's own page
 *   GET  /staff/sign-in/code   the second-factor form, for a session that passed the password step
 *   POST /staff/sign-in/code   303 → next · 401 wrong code · 429 + Retry-After
 *   POST /staff/sign-out       ends the session (CSRF token needed) · 303 → /staff/sign-in, with
 *                              Clear-Site-Data: "cache" — Chromium keeps even no-store pages for Back (the
 *                              back-forward cache), and this drops the signed-in pages it kept
 *   GET  /staff/pages.css      the staff pages' stylesheet (no patient data: open to all)
 * The pages and their messages are in the language page-language.ts finds for the request.
 */
import formBody from '@fastify/formbody';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { csrfTokenFor, csrfTokenMatches } from '../../accounts/secrets.js';
import { codePage, signInPage } from '../../staff-pages/sign-in-page.js';
import { PAGES_CSS } from '../../staff-pages/page.js';
import { HttpError } from '../errors.js';
import { wordsFor } from '../../staff-pages/page-language.js';
import type { PageWords } from '../../staff-pages/page-words.js';
import type { PlainHttpCheck } from '../plain-http.js';
import { isFromOwnPage, type OriginPolicy } from '../origins.js';
import { staffPageHeaders } from '../security-headers.js';
import { staffHtml } from '../staff-reply.js';
import {
  csrfChecked,
  identify,
  safeNext,
  sessionCookieName,
  sessionCookieOptions,
  staffOnly,
  type StaffAccess,
} from '../staff-session.js';

export interface SignInRouteOptions {
  access: StaffAccess;
  origins: OriginPolicy;
  /** Whether a password may be sent on this connection (plain-http.ts). */
  plainHttp: PlainHttpCheck;
}

/** The idle limit, for its words: minutes (seconds only for the short limits of tests). */
function limitOf(ms: number): { minutes: number } | { seconds: number } {
  return ms >= 60_000 ? { minutes: Math.round(ms / 60_000) } : { seconds: Math.round(ms / 1000) };
}

/** Why the sign-in page was reached (`?ended=`), in the page's words. */
function endedWords(w: PageWords, idleLimitMs: number, ended: string | undefined): string | undefined {
  if (ended === 'idle') return w.signIn.idleEnded(limitOf(idleLimitMs));
  return ended === 'signed-out' ? w.signIn.signedOut : undefined;
}

type Form = Record<string, unknown>;
const text = (value: unknown) => (typeof value === 'string' ? value : '');

export async function signInRoutes(app: FastifyInstance, options: SignInRouteOptions): Promise<void> {
  const { access } = options;
  const helmet = staffPageHeaders(access.https);
  const cookie = sessionCookieName(access.https);
  await app.register(formBody, { bodyLimit: 8 * 1024 });
  const noAccountsYet = async () => (await access.signIn.accounts.countEnabled()) === 0;
  const client = (request: FastifyRequest) => ({ address: request.ip, userAgent: request.headers['user-agent'] });
  const fromOwnPage = (request: FastifyRequest, _reply: FastifyReply, next: (error?: Error) => void) =>
    isFromOwnPage(request, options.origins)
      ? next()
      : next(new HttpError(403, 'foreign-origin', 'Refused: sign in from the sign-in page of this collector.'));

  app.get('/staff/pages.css', { helmet }, (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('Cache-Control', 'no-cache').send(PAGES_CSS),
  );

  app.get<{ Querystring: { next?: string; ended?: string } }>('/staff/sign-in', { helmet }, async (request, reply) => {
    const next = safeNext(request.query.next);
    if (await identify(access, request)) return reply.code(303).header('Location', next).send();
    const words = wordsFor(request);
    if (options.plainHttp(request) === 'refused') {
      const error = words.signIn.plainHttpRefused;
      return staffHtml(reply, 403, signInPage({ words, next, error, noAccountsYet: false }));
    }
    const info = endedWords(words, access.signIn.sessions.idleLimitMs, request.query.ended);
    return staffHtml(
      reply,
      200,
      signInPage({ words, next, noAccountsYet: await noAccountsYet(), ...(info ? { info } : {}) }),
    );
  });

  app.post<{ Body: Form }>('/staff/sign-in', { helmet, onRequest: fromOwnPage }, async (request, reply) => {
    const body = request.body ?? {};
    const next = safeNext(body.next);
    const words = wordsFor(request);
    if (options.plainHttp(request) === 'refused') {
      const error = words.signIn.plainHttpRefused;
      return staffHtml(reply, 403, signInPage({ words, next, error, noAccountsYet: false }));
    }
    const email = text(body.email);
    const result = await access.signIn.withPassword(email, text(body.password), client(request));
    if (result.outcome === 'wait' || result.outcome === 'wrong') {
      const waiting = result.outcome === 'wait';
      const error = waiting ? words.signIn.tooManyTries(result.seconds) : words.signIn.wrong;
      if (waiting) reply.header('Retry-After', String(result.seconds));
      return staffHtml(
        reply,
        waiting ? 429 : 401,
        signInPage({ words, next, email, error, noAccountsYet: await noAccountsYet() }),
      );
    }
    reply.setCookie(cookie, result.secret, sessionCookieOptions(access.https));
    const location =
      result.outcome === 'second-factor' ? `/staff/sign-in/code?${new URLSearchParams({ next }).toString()}` : next;
    return reply.code(303).header('Location', location).header('Cache-Control', 'no-store').send();
  });

  /** The session of the code step: passed the password, not yet the code. */
  const pending = async (request: FastifyRequest) => {
    const secret = request.cookies[cookie];
    const resumed = await access.signIn.sessions.resume(secret, true);
    return resumed.ok && resumed.holder.stage === 'second-factor' && secret
      ? { holder: resumed.holder, secret }
      : undefined;
  };

  app.get<{ Querystring: { next?: string } }>('/staff/sign-in/code', { helmet }, async (request, reply) => {
    const next = safeNext(request.query.next);
    const session = await pending(request);
    if (!session)
      return reply
        .code(303)
        .header('Location', `/staff/sign-in?${new URLSearchParams({ next }).toString()}`)
        .send();
    return staffHtml(reply, 200, codePage({ words: wordsFor(request), next, csrfToken: csrfTokenFor(session.secret) }));
  });

  app.post<{ Body: Form }>('/staff/sign-in/code', { helmet }, async (request, reply) => {
    const body = request.body ?? {};
    const next = safeNext(body.next);
    const session = await pending(request);
    if (!session || !csrfTokenMatches(session.secret, text(body._csrf))) {
      return reply
        .code(303)
        .header('Location', `/staff/sign-in?${new URLSearchParams({ next }).toString()}`)
        .send();
    }
    const result = await access.signIn.withCode(session.holder, text(body.code), client(request));
    if (result.outcome === 'signed-in')
      return reply.code(303).header('Location', next).header('Cache-Control', 'no-store').send();
    const csrfToken = csrfTokenFor(session.secret);
    const words = wordsFor(request);
    if (result.outcome === 'wait') {
      reply.header('Retry-After', String(result.seconds));
      return staffHtml(reply, 429, codePage({ words, next, csrfToken, error: words.code.tooMany(result.seconds) }));
    }
    return staffHtml(reply, 401, codePage({ words, next, csrfToken, error: words.code.wrong }));
  });

  app.post(
    '/staff/sign-out',
    { helmet, onRequest: staffOnly(access, { page: true }), preHandler: csrfChecked },
    async (request, reply) => {
      const staff = request.staff;
      if (staff?.kind === 'session') await access.signIn.signOut(staff.holder, client(request));
      reply.clearCookie(cookie, sessionCookieOptions(access.https));
      return reply
        .code(303)
        .header('Location', '/staff/sign-in?ended=signed-out')
        .header('Clear-Site-Data', '"cache"')
        .header('Cache-Control', 'no-store')
        .send();
    },
  );
}
