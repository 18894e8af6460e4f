/**
 * Who is asking, on every staff route: a signed-in person (the session cookie) or a script (`Authorization: Bearer
 * pft_…`). An onRequest hook that a staff route adds, so no route can forget it; a state-changing request with a
 * session must also carry that session's CSRF token (form field `_csrf` or header `X-CSRF-Token`), checked once the
 * body is read. A page asked for without a session leads to the sign-in page, which comes back to it afterwards.
 *
 * The cookie is HttpOnly and SameSite=Lax (a link from an e-mail still arrives signed in), Secure — and named with
 * the `__Host-` prefix, which pins it to this host — when the collector is reached over https. A request marked
 * `X-Background-Refresh: 1` (a page refreshing itself) does not count as a person's activity, so it cannot keep a
 * session open at a desk that was left.
 */
// The cookie plugin's types: request.cookies, reply.setCookie (registered in server.ts).
import type {} from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ApiTokens } from '../accounts/api-tokens.js';
import type { Actor } from '../accounts/audit.js';
import { csrfTokenFor, csrfTokenMatches } from '../accounts/secrets.js';
import type { SessionHolder } from '../accounts/sessions.js';
import type { SignIn } from '../accounts/sign-in.js';
import type { Role } from '../accounts/tables.js';
import type { PracticeScope } from '../practices/scope.js';
import { HttpError } from './errors.js';

export const BACKGROUND_HEADER = 'x-background-refresh';

export type StaffIdentity =
  | {
      kind: 'session';
      holder: SessionHolder;
      secret: string;
      csrfToken: string;
      email: string;
      role: Role;
      /** Seconds until the session ends without a person's action: the page's idle timer (idle.js). */
      idleSeconds: number;
      /** The practices whose patients this person may see. */
      practices: PracticeScope;
    }
  | { kind: 'token'; name: string; email: string; role: Role; practices: PracticeScope };

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffIdentity;
  }
}

export interface StaffAccess {
  signIn: SignIn;
  tokens: ApiTokens;
  /** Reached over https: Secure cookie with the __Host- prefix. */
  https: boolean;
}

export function sessionCookieName(https: boolean): string {
  return https ? '__Host-pf_session' : 'pf_session';
}

export function sessionCookieOptions(https: boolean) {
  return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: https };
}

/** Only a path on this site, so a crafted link cannot send a person elsewhere after signing in. */
export function safeNext(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length > 2000) return '/staff/';
  if (!/^\/(staff|api)(\/|$|\?)/.test(raw) || /[\\\p{Cc}]/u.test(raw) || raw.startsWith('//')) return '/staff/';
  return raw;
}

/** A request from the staff bar or a page: not a script's and not the JSON API's. */
function wantsPage(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export interface StaffOnlyOptions {
  role?: Role;
  /**
   * Only for someone who sees every practice (a group admin): what holds for the whole deployment — the audit
   * trail, sessions, security and retention settings, practices.
   */
  wholeGroup?: boolean;
  /** A page (redirect to sign-in) rather than data (401). Default: decided by the Accept header. */
  page?: boolean;
}

/** Reads the session or token of a request, if any, without refusing it (for the sign-in page itself). */
export async function identify(access: StaffAccess, request: FastifyRequest): Promise<StaffIdentity | undefined> {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '')?.[1];
  if (bearer) {
    const token = await access.tokens.verify(bearer);
    return token
      ? {
          kind: 'token',
          name: token.name,
          email: `token "${token.name}"`,
          role: token.role,
          practices: token.practices,
        }
      : undefined;
  }
  const secret = request.cookies[sessionCookieName(access.https)];
  const activity = request.headers[BACKGROUND_HEADER] !== '1';
  const resumed = await access.signIn.sessions.resume(secret, activity);
  if (!resumed.ok || resumed.holder.stage !== 'signed-in' || !secret) {
    if (!resumed.ok && resumed.reason === 'idle') request.sessionEnded = 'idle';
    return undefined;
  }
  const { holder } = resumed;
  return {
    kind: 'session',
    holder,
    secret,
    csrfToken: csrfTokenFor(secret),
    email: holder.email,
    role: holder.role,
    idleSeconds: access.signIn.sessions.idleSecondsLeft(holder),
    practices: await access.signIn.accounts.practicesOf(holder.accountId),
  };
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the cookie named a session that just ended for being idle: the sign-in page says so. */
    sessionEnded?: 'idle';
  }
}

export function staffOnly(access: StaffAccess, options: StaffOnlyOptions = {}) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const staff = await identify(access, request);
    if (!staff) {
      if (options.page ?? wantsPage(request)) {
        const query = new URLSearchParams({ next: safeNext(request.url) });
        if (request.sessionEnded) query.set('ended', request.sessionEnded);
        return reply
          .code(303)
          .header('Location', `/staff/sign-in?${query.toString()}`)
          .header('Cache-Control', 'no-store')
          .send();
      }
      throw new HttpError(401, 'sign-in-needed', 'Sign in at /staff/sign-in, or send Authorization: Bearer <token>.', {
        headers: { 'WWW-Authenticate': 'Bearer realm="patient-feedback staff"' },
      });
    }
    if (staff.kind === 'session' && staff.role === 'admin' && !/^\/staff\/(account|sign-out)(\/|$)/.test(request.url)) {
      // An admin who must use a second factor and has none yet may only turn it on (or sign out).
      const { secondFactor } = access.signIn;
      if ((await secondFactor.adminsNeedIt()) && !(await secondFactor.isOn(staff.holder.accountId))) {
        if (options.page ?? wantsPage(request)) {
          return reply.code(303).header('Location', '/staff/account').header('Cache-Control', 'no-store').send();
        }
        throw new HttpError(
          403,
          'second-factor-required',
          'Every admin must use a second factor: turn it on at /staff/account.',
        );
      }
    }
    if (options.role === 'admin' && staff.role !== 'admin') {
      throw new HttpError(403, 'admins-only', 'Only an admin can do this.');
    }
    if (options.wholeGroup && staff.practices !== 'every') {
      throw new HttpError(403, 'group-only', 'Only someone who sees every practice of the group can do this.');
    }
    request.staff = staff;
  };
}

/** The practices a staff request may read (undefined: every practice): for every store query made for it. */
export function practicesOf(request: FastifyRequest): readonly string[] | undefined {
  const scope = request.staff?.practices ?? [];
  return scope === 'every' ? undefined : scope;
}

/** Who did it, for the audit trail: the person's email or the token's name, and the client's address. */
export function actorOf(request: FastifyRequest): Actor {
  return { name: request.staff?.email ?? 'unknown', address: request.ip };
}

/** preHandler of state-changing staff routes: a session's request must carry its CSRF token. */
export function csrfChecked(request: FastifyRequest, _reply: FastifyReply, next: (error?: Error) => void): void {
  const staff = request.staff;
  if (!STATE_CHANGING.has(request.method) || staff?.kind !== 'session') return next();
  const body = request.body as Record<string, unknown> | undefined;
  const given = typeof body?._csrf === 'string' ? body._csrf : request.headers['x-csrf-token'];
  if (csrfTokenMatches(staff.secret, typeof given === 'string' ? given : undefined)) return next();
  next(
    new HttpError(
      403,
      'csrf',
      'Refused: this form is out of date or came from another site. Reload the page and try again.',
    ),
  );
}
