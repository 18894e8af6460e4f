/**
 * A signed-in person's own sign-in, and what admins manage (docs/collector.md):
 *
 *   GET  /staff/account                          the second factor: on or off, recovery codes left
 *   POST /staff/account/second-factor            a new secret for the app (step one)
 *   POST /staff/account/second-factor/confirm    a first right code turns it on; recovery codes shown once
 *   POST /staff/account/second-factor/off        off (not while every admin must have one, for an admin)
 *   POST /staff/security                         admins: whether every admin must use a second factor
 * Every POST needs the session's CSRF token. Who is signed in is the console's (sessions.ts). The pages and their
 * messages are in the language page-language.ts finds for the request.
 */
import formBody from '@fastify/formbody';
import { csrfTokenFor } from '../../accounts/secrets.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { accountPage, recoveryCodesPage, setupPage } from '../../staff-pages/account-page.js';
import type { SignedInBar } from '../../staff-pages/page.js';
import { wordsFor } from '../../staff-pages/page-language.js';
import type { PageWords } from '../../staff-pages/page-words.js';
import { refuse } from '../errors.js';
import { staffPageHeaders } from '../security-headers.js';
import { staffHtml } from '../staff-reply.js';
import {
  csrfChecked,
  sessionCookieName,
  sessionCookieOptions,
  staffOnly,
  type StaffAccess,
  type StaffIdentity,
} from '../staff-session.js';

type Session = Extract<StaffIdentity, { kind: 'session' }>;

/** The signed-in person of a page request; a script's token is refused (these pages are for people). */
export function signedInSession(request: FastifyRequest): Session {
  const staff = request.staff;
  if (staff?.kind !== 'session') throw refuse.forbidden('session-only', 'Sign in in a browser to do this.');
  return staff;
}

export function barOf(staff: Session): SignedInBar {
  return {
    email: staff.email,
    role: staff.role,
    csrfToken: staff.csrfToken,
    idleSeconds: staff.idleSeconds,
    wholeGroup: staff.practices === 'every',
  };
}

export async function staffAccountRoutes(app: FastifyInstance, options: { access: StaffAccess }): Promise<void> {
  const { access } = options;
  const { secondFactor, sessions } = access.signIn;
  const helmet = staffPageHeaders(access.https);
  await app.register(formBody, { bodyLimit: 8 * 1024 });
  const signedIn = { helmet, onRequest: staffOnly(access, { page: true }), preHandler: csrfChecked };
  const adminOnly = {
    helmet,
    onRequest: staffOnly(access, { page: true, role: 'admin', wholeGroup: true }),
    preHandler: csrfChecked,
  };
  const actor = (staff: Session, request: FastifyRequest) => ({ name: staff.email, address: request.ip });

  async function showAccount(
    request: FastifyRequest,
    reply: FastifyReply,
    status = 200,
    notes: (words: PageWords) => { error?: string; info?: string } = () => ({}),
  ) {
    const staff = signedInSession(request);
    const words = wordsFor(request);
    const on = await secondFactor.isOn(staff.holder.accountId);
    const adminsNeedIt = await secondFactor.adminsNeedIt();
    return staffHtml(
      reply,
      status,
      accountPage({
        words,
        bar: barOf(staff),
        secondFactorOn: on,
        recoveryCodesLeft: on ? await secondFactor.recoveryCodesLeft(staff.holder.accountId) : 0,
        adminsNeedIt,
        required: adminsNeedIt && staff.role === 'admin',
        ...notes(words),
      }),
    );
  }

  app.get('/staff/account', signedIn, (request, reply) => showAccount(request, reply));

  app.post('/staff/account/second-factor', signedIn, async (request, reply) => {
    const staff = signedInSession(request);
    if (await secondFactor.isOn(staff.holder.accountId))
      return showAccount(request, reply, 409, (w) => ({ error: w.account.alreadyOn }));
    const { secret, uri } = await secondFactor.begin(staff.holder.accountId, staff.email);
    return staffHtml(reply, 200, setupPage({ words: wordsFor(request), bar: barOf(staff), secret, uri }));
  });

  app.post<{ Body: Record<string, unknown> }>(
    '/staff/account/second-factor/confirm',
    signedIn,
    async (request, reply) => {
      const staff = signedInSession(request);
      const words = wordsFor(request);
      const code = typeof request.body?.code === 'string' ? request.body.code : '';
      const codes = await secondFactor.confirm(actor(staff, request), staff.holder.accountId, staff.email, code);
      if (!codes) {
        const { secret, uri } = await secondFactor.begin(staff.holder.accountId, staff.email);
        const error = words.factorSetup.wrong;
        return staffHtml(reply, 400, setupPage({ words, bar: barOf(staff), secret, uri, error }));
      }
      // Other sessions of this person were opened without the second factor: they end.
      await sessions.endAllFor(staff.holder.accountId, 'second factor turned on');
      const fresh = await access.signIn.sessions.start(staff.holder.accountId, 'signed-in', {
        address: request.ip,
        userAgent: request.headers['user-agent'],
      });
      reply.setCookie(sessionCookieName(access.https), fresh.secret, sessionCookieOptions(access.https));
      const bar = { ...barOf(staff), csrfToken: csrfTokenFor(fresh.secret) };
      return staffHtml(reply, 200, recoveryCodesPage({ words, bar, codes }));
    },
  );

  app.post('/staff/account/second-factor/off', signedIn, async (request, reply) => {
    const staff = signedInSession(request);
    if (staff.role === 'admin' && (await secondFactor.adminsNeedIt())) {
      return showAccount(request, reply, 409, (w) => ({ error: w.account.staysOn }));
    }
    await secondFactor.turnOff(actor(staff, request), staff.holder.accountId, staff.email);
    return showAccount(request, reply, 200, (w) => ({ info: w.account.turnedOff }));
  });

  app.post<{ Body: Record<string, unknown> }>('/staff/security', adminOnly, async (request, reply) => {
    const staff = signedInSession(request);
    const required = request.body?.adminsNeedSecondFactor === 'yes';
    await secondFactor.setAdminsNeedIt(actor(staff, request), required);
    return showAccount(request, reply, 200, (w) => ({
      info: required ? w.account.adminsNeedIt : w.account.adminsNeedItNot,
    }));
  });
}
