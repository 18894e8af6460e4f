/**
 * Signing in over real HTTP on both engines, and what admins use: the sign-in form's answers, the second factor
 * from turning it on to signing in with it, admins ending someone's session through the API behind the
 * console's Sessions screen (the audit trail's tests are in
 * staff-api/audit.test.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../collector/accounts/api-tokens.js';
import { totpCode } from '../../collector/accounts/totp.js';
import type { SessionList } from '../../src/core/sessions-api.js';
import { engines, type TestDatabase } from './engines.js';
import {
  post,
  signedIn,
  STAFF_EMAIL,
  STAFF_PASSWORD,
  startCollector,
  whatWentWrong,
  type Running,
  type StaffSession,
} from './helpers.js';

const FRONT_DESK = 'frontdesk@smiledental.example';

/** A form POST as the browser sends it from this collector's own page. */
function form(app: Running, path: string, fields: Record<string, string>, session?: StaffSession) {
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: app.url,
      ...(session ? { Cookie: session.cookie } : {}),
    },
    body: new URLSearchParams({ ...fields, ...(session ? { _csrf: session.csrf } : {}) }).toString(),
  });
}

const endSession = (app: Running, id: string, session: StaffSession) =>
  fetch(`${app.url}/api/staff/sessions/${id}/end`, {
    method: 'POST',
    headers: { Cookie: session.cookie, 'X-CSRF-Token': session.csrf, 'Content-Type': 'application/json' },
    body: '{}',
  });

const page = (app: Running, path: string, session: StaffSession) =>
  fetch(`${app.url}${path}`, { headers: { Cookie: session.cookie, Accept: 'text/html' }, redirect: 'manual' });

/** The session cookie a sign-in answer sets, as the next request sends it back. */
const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

describe.each(engines)('staff sign-in and admin pages on $name', (engine) => {
  let database: TestDatabase | undefined;
  let app: Running;
  let desk: StaffSession;
  const recovery = whatWentWrong({ answers: { categories: ['billing'], details: 'Charged twice, nobody called.' } });

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
    desk = await signedIn(app.collector, FRONT_DESK, 'staff');
    expect((await post(app.url, recovery)).status).toBe(201);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)(
    'signs in with the form: a cookie that is HttpOnly and SameSite=Lax, back to `next`',
    async () => {
      const signIn = await (await fetch(`${app.url}/staff/sign-in?next=%2Fstaff%2F%3Fref%3Drc`)).text();
      expect(signIn).toMatch(/<label for="email">Email<\/label>/);
      expect(signIn).toMatch(/<label for="password">Password<\/label>/);
      expect(signIn).toContain('<button type="submit">Sign in</button>');
      expect(signIn).not.toContain('No account yet');

      const wrong = await form(app, '/staff/sign-in', {
        email: STAFF_EMAIL,
        password: 'wrong password here',
        next: '/',
      });
      expect(wrong.status).toBe(401);
      const unknown = await form(app, '/staff/sign-in', { email: 'nobody@x.example', password: STAFF_PASSWORD });
      expect(unknown.status).toBe(401);
      expect(await unknown.text()).toContain('do not match an account');

      const right = await form(app, '/staff/sign-in', {
        email: STAFF_EMAIL.toUpperCase(),
        password: STAFF_PASSWORD,
        next: '/staff/?ref=rc',
      });
      expect(right.status).toBe(303);
      expect(right.headers.get('location')).toBe('/staff/?ref=rc');
      expect(right.headers.get('set-cookie')).toMatch(/^pf_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);

      const elsewhere = await form(app, '/staff/sign-in', {
        email: STAFF_EMAIL,
        password: STAFF_PASSWORD,
        next: 'https://evil.example/',
      });
      expect(elsewhere.headers.get('location')).toBe('/staff/');
    },
  );

  it.skipIf(engine.skip)('refuses admins’ APIs to staff, and lets an admin end a session', async () => {
    for (const path of ['/api/staff/audit', '/api/staff/sessions']) {
      expect((await page(app, path, desk)).status, path).toBe(403);
    }
    expect((await page(app, '/staff/session', desk)).status).toBe(200);
    const { secret } = await new ApiTokens(app.collector.store.db).create({ name: 'test' }, 'nightly', 'admin');
    const byToken = await fetch(`${app.url}/api/staff/sessions`, { headers: { Authorization: `Bearer ${secret}` } });
    expect(byToken.status, 'about people signed in in a browser: a token is refused').toBe(403);

    const listed = (await (await page(app, '/api/staff/sessions', app.staff)).json()) as SessionList;
    const deskSession = listed.sessions.find((s) => s.email === FRONT_DESK);
    expect(deskSession).toMatchObject({ role: 'staff', stage: 'signed-in', yours: false, address: '127.0.0.1' });
    expect(listed.sessions.filter((s) => s.yours).map((s) => s.email)).toEqual([STAFF_EMAIL]);
    expect(JSON.stringify(listed)).not.toContain(desk.cookie.split('=')[1]);
    const forged = await endSession(app, deskSession!.id, { ...app.staff, csrf: 'forged' });
    expect(forged.status).toBe(403);
    const ended = await endSession(app, deskSession!.id, app.staff);
    expect(await ended.json()).toEqual({ ended: true, signedOut: false });
    expect(await (await endSession(app, deskSession!.id, app.staff)).json()).toEqual({
      ended: false,
      signedOut: false,
    });
    const after = await page(app, '/staff/', desk);
    expect(after.status).toBe(303);
    expect(after.headers.get('location')).toMatch(/^\/staff\/sign-in\?next=/);
    const [audited] = await app.collector.signIn.audit.list({ action: 'session.ended' });
    expect(audited).toMatchObject({ actor: STAFF_EMAIL, target: FRONT_DESK });

    // An admin ending their own session is signed out as Sign out does it: pages kept for Back are cleared too.
    const own = await signedIn(app.collector, 'second-admin@smiledental.example', 'admin');
    const mine = (await (await page(app, '/api/staff/sessions', own)).json()) as SessionList;
    const signedOut = await endSession(app, mine.sessions.find((s) => s.yours)!.id, own);
    expect(await signedOut.json()).toEqual({ ended: true, signedOut: true });
    expect(signedOut.headers.get('clear-site-data')).toBe('"cache"');
    expect((await page(app, '/api/staff/me', own)).status).toBe(401);
  });

  it.skipIf(engine.skip)('turns a second factor on, which the next sign-in then asks for', async () => {
    const person = await signedIn(app.collector, 'manager@smiledental.example', 'staff');
    const setup = await (await form(app, '/staff/account/second-factor', {}, person)).text();
    const secret = /<code>([A-Z2-7 ]+)<\/code>/.exec(setup)?.[1]?.replace(/ /g, '') ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const wrongCode = await form(app, '/staff/account/second-factor/confirm', { code: '000000' }, person);
    expect(wrongCode.status).toBe(400);
    const fresh = /<code>([A-Z2-7 ]+)<\/code>/.exec(await wrongCode.text())?.[1]?.replace(/ /g, '') ?? '';
    const on = await form(app, '/staff/account/second-factor/confirm', { code: totpCode(fresh, Date.now()) }, person);
    expect(on.status).toBe(200);
    expect((await on.text()).match(/<li>[\w-]+<\/li>/g)?.length).toBeGreaterThanOrEqual(8);

    const password = await form(app, '/staff/sign-in', {
      email: 'manager@smiledental.example',
      password: STAFF_PASSWORD,
      next: '/staff/',
    });
    expect(password.status).toBe(303);
    expect(password.headers.get('location')).toMatch(/^\/staff\/sign-in\/code\?next=/);
    const halfway = { cookie: cookieOf(password), csrf: '' };
    // Past the password but not the code: not signed in yet.
    expect((await page(app, '/staff/', halfway)).status).toBe(303);
    const codePage = await (await page(app, '/staff/sign-in/code?next=%2Fstaff%2F', halfway)).text();
    halfway.csrf = /name="_csrf" value="([^"]+)"/.exec(codePage)?.[1] ?? '';
    const wrong = await form(app, '/staff/sign-in/code', { code: '123456', next: '/staff/' }, halfway);
    expect(wrong.status).toBe(401);
    // The step after the one used to turn it on: a code is accepted once.
    const code = totpCode(fresh, Date.now() + 30_000);
    const done = await form(app, '/staff/sign-in/code', { code, next: '/staff/' }, halfway);
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/staff/');
    expect((await page(app, '/staff/session', halfway)).status).toBe(200);
  });
});
