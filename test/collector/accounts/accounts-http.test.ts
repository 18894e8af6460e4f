/**
 * A practice manager adds a person in the console over real HTTP, on SQLite and PostgreSQL: the account is made
 * without a password and a set-up link is shown once; the person opens it, chooses a password (the command line's
 * rules) and is signed in; the link works once and for 72 hours; its token reaches neither the request log nor the
 * audit trail.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountList, StaffAccountSummary } from '../../../src/core/accounts-api.js';
import { engines } from '../engines.js';
import { STAFF_EMAIL, STAFF_PASSWORD, type Running } from '../helpers.js';
import { addPerson, asAdmin, cookieOf, NEW_PASSWORD, setPassword, startWithPractices } from './account-http.js';

const PERSON = 'nurse@smiledental.example';

describe.each(engines)('adding a person on $name', (engine) => {
  let remove: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await remove?.();
    remove = undefined;
  });

  async function start(now?: () => Date): Promise<Running> {
    const started = await startWithPractices(engine, now);
    remove = started.remove;
    return started.running;
  }

  const listed = async (running: Running): Promise<StaffAccountSummary[]> =>
    ((await (await asAdmin(running, running.staff, '/api/staff/accounts')).json()) as AccountList).accounts;

  it.skipIf(engine.skip)('makes an account without a password and a set-up link that signs the person in', async () => {
    const running = await start();
    const setup = await addPerson(running, { email: ' Nurse@SmileDental.example ', practices: ['north'] });
    const link = new URL(setup.link);
    expect(link.pathname).toBe('/staff/set-up');
    expect(link.search).toBe('');
    expect(link.hash).toMatch(/^#pfs_[A-Za-z0-9_-]{43}$/);
    const hours = (Date.parse(setup.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(71.9);
    expect(hours).toBeLessThanOrEqual(72);
    expect(setup.account).toMatchObject({ email: PERSON, role: 'staff', practices: ['north'], status: 'waiting' });

    const list = await asAdmin(running, running.staff, '/api/staff/accounts');
    const text = await list.text();
    expect(text, 'the token is shown once').not.toContain(link.hash.slice(1));
    expect((JSON.parse(text) as AccountList).accounts.find((a) => a.email === PERSON)).toMatchObject({
      status: 'waiting',
      secondFactor: false,
      lastSignInAt: null,
      setupLinkExpiresAt: setup.expiresAt,
    });
    const before = await running.collector.signIn.withPassword(PERSON, NEW_PASSWORD, { address: '127.0.0.1' });
    expect(before.outcome, 'no password works before the link is used').toBe('wrong');

    const page = await fetch(`${running.url}/staff/set-up`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toMatch(/<label for="password">New password<\/label>/);

    expect((await setPassword(running, setup.link, 'short')).status).toBe(400);
    expect((await setPassword(running, setup.link, 'password1234')).status, 'a common password').toBe(400);
    expect((await setPassword(running, setup.link, NEW_PASSWORD, `${NEW_PASSWORD}!`)).status).toBe(400);
    const set = await setPassword(running, setup.link, NEW_PASSWORD);
    expect(set.status).toBe(303);
    expect(set.headers.get('location')).toBe('/staff/');
    const me = await fetch(`${running.url}/api/staff/me`, { headers: { Cookie: cookieOf(set) } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ name: PERSON, role: 'staff', everyPractice: false });

    const again = await setPassword(running, setup.link, 'another long passphrase 9');
    expect(again.status, 'a link works once').toBe(410);
    expect(await again.text()).toMatch(/used already/);
    const signIn = await running.collector.signIn.withPassword(PERSON, NEW_PASSWORD, { address: '127.0.0.1' });
    expect(signIn.outcome).toBe('signed-in');
    expect((await listed(running)).find((a) => a.email === PERSON)).toMatchObject({
      status: 'active',
      setupLinkExpiresAt: null,
      lastSignInAt: expect.any(String) as unknown,
    });

    const token = link.hash.slice(1);
    expect(running.logs.some((line) => line.includes('/staff/set-up'))).toBe(true);
    expect(running.logs.join('\n')).not.toContain(token);
    const audit = JSON.stringify(await running.collector.signIn.audit.list({ limit: 500 }));
    for (const secret of [token, NEW_PASSWORD, 'password1234']) expect(audit).not.toContain(secret);
    const actions = (await running.collector.signIn.audit.list({ target: PERSON })).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['account.added', 'account.setup-link-made', 'account.password-set', 'sign-in.succeeded']),
    );
  });

  it.skipIf(engine.skip)('refuses a link after 72 hours, and one replaced by a newer link', async () => {
    let clock = Date.now();
    const running = await start(() => new Date(clock));
    const first = await addPerson(running, { email: PERSON, practices: ['north'] });
    const id = first.account.id;
    const second = (await (
      await asAdmin(running, running.staff, `/api/staff/accounts/${id}/setup-link`, {})
    ).json()) as {
      link: string;
    };
    expect((await setPassword(running, first.link, NEW_PASSWORD)).status, 'the older link stopped').toBe(410);
    clock += 72 * 3_600_000;
    const late = await setPassword(running, second.link, NEW_PASSWORD);
    expect(late.status).toBe(410);
    expect(await late.text()).toMatch(/expired/);
    expect(running.logs.join('\n')).toContain('setup=expired');
  });

  it.skipIf(engine.skip)(
    'a new set-up link for someone with a password: it stops working, their sessions end',
    async () => {
      const running = await start();
      await running.collector.signIn.accounts.add({ name: 'test' }, PERSON, 'staff', STAFF_PASSWORD, ['north']);
      const theirs = await running.collector.signIn.withPassword(PERSON, STAFF_PASSWORD, { address: '127.0.0.1' });
      if (theirs.outcome !== 'signed-in') throw new Error(theirs.outcome);
      const cookie = `pf_session=${theirs.secret}`;
      const id = (await listed(running)).find((a) => a.email === PERSON)!.id;

      const reset = await asAdmin(running, running.staff, `/api/staff/accounts/${id}/setup-link`, {});
      expect(reset.status).toBe(200);
      const { link, account } = (await reset.json()) as { link: string; account: StaffAccountSummary };
      expect(account.status).toBe('waiting');
      expect((await fetch(`${running.url}/api/staff/me`, { headers: { Cookie: cookie } })).status).toBe(401);
      const old = await running.collector.signIn.withPassword(PERSON, STAFF_PASSWORD, { address: '127.0.0.1' });
      expect(old.outcome).toBe('wrong');
      expect((await setPassword(running, link, NEW_PASSWORD)).status).toBe(303);
      const audit = await running.collector.signIn.audit.list({ action: 'account.password-reset' });
      expect(audit).toMatchObject([{ target: PERSON, actor: STAFF_EMAIL }]);
    },
  );

  it.skipIf(engine.skip)('refuses the set-up form posted from another site', async () => {
    const running = await start();
    const setup = await addPerson(running, { email: PERSON, practices: ['north'] });
    const res = await fetch(`${running.url}/staff/set-up`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://elsewhere.example' },
      body: new URLSearchParams({ token: new URL(setup.link).hash.slice(1), password: NEW_PASSWORD }).toString(),
    });
    expect(res.status).toBe(403);
  });
});
