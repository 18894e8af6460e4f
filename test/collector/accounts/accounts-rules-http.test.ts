/**
 * What an admin may do to accounts over real HTTP, on SQLite and PostgreSQL: a scoped admin sees and manages only
 * accounts within their practices (others are "not found") and gives only their own practices; nobody changes their
 * own account here; the last enabled admin stays; a field that is wrong is named; changes need a person's session
 * and its CSRF token (an admin's API token may only list); staff may not look.
 */
import { enabledAccountScopes } from '../../../collector/practices/scopes.js';
import { afterEach, describe, expect, it } from 'vitest';
import type { AccountList, StaffAccountSummary } from '../../../src/core/accounts-api.js';
import { AccountAdmin } from '../../../collector/accounts/account-admin.js';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import { SetupLinks } from '../../../collector/accounts/setup-links.js';
import { totpCode } from '../../../collector/accounts/totp.js';
import { engines } from '../engines.js';
import { signedIn, STAFF_EMAIL, STAFF_PASSWORD, type Running } from '../helpers.js';
import { asAdmin, startWithPractices } from './account-http.js';

const NORTH_ADMIN = 'manager@north.example';
const SOUTH_STAFF = 'desk@south.example';
const NORTH_STAFF = 'desk@north.example';

describe.each(engines)('account rules on $name', (engine) => {
  let remove: (() => Promise<void>) | undefined;

  afterEach(async () => {
    await remove?.();
    remove = undefined;
  });

  async function start(): Promise<Running> {
    const started = await startWithPractices(engine);
    remove = started.remove;
    const { accounts } = started.running.collector.signIn;
    await accounts.add({ name: 'test' }, NORTH_ADMIN, 'admin', STAFF_PASSWORD, ['north']);
    await accounts.add({ name: 'test' }, SOUTH_STAFF, 'staff', STAFF_PASSWORD, ['south']);
    await accounts.add({ name: 'test' }, NORTH_STAFF, 'staff', STAFF_PASSWORD, ['north']);
    return started.running;
  }

  const emails = async (running: Running, session = running.staff) =>
    ((await (await asAdmin(running, session, '/api/staff/accounts')).json()) as AccountList).accounts.map(
      (a) => a.email,
    );
  const idOf = async (running: Running, email: string) =>
    ((await (await asAdmin(running, running.staff, '/api/staff/accounts')).json()) as AccountList).accounts.find(
      (a) => a.email === email,
    )!.id;

  it.skipIf(engine.skip)('a scoped admin sees and manages only their practices’ accounts', async () => {
    const running = await start();
    expect(await emails(running)).toEqual([NORTH_STAFF, SOUTH_STAFF, NORTH_ADMIN, STAFF_EMAIL]);
    const north = await signedIn(running.collector, NORTH_ADMIN, 'admin');
    expect(await emails(running, north), 'not the group admin, not South').toEqual([NORTH_STAFF, NORTH_ADMIN]);

    const south = await idOf(running, SOUTH_STAFF);
    const group = await idOf(running, STAFF_EMAIL);
    for (const path of [`/api/staff/accounts/${south}/disable`, `/api/staff/accounts/${group}/setup-link`]) {
      expect((await asAdmin(running, north, path, {})).status, path).toBe(404);
    }
    expect((await asAdmin(running, north, `/api/staff/accounts/${south}`, { role: 'admin' })).status).toBe(404);

    const tooWide = await asAdmin(running, north, '/api/staff/accounts', {
      email: 'new@north.example',
      role: 'staff',
      practices: ['north', 'south'],
    });
    expect(tooWide.status).toBe(403);
    expect(await tooWide.json()).toMatchObject({ path: 'practices' });
    const every = await asAdmin(running, north, '/api/staff/accounts', {
      email: 'new@north.example',
      role: 'staff',
      practices: 'every',
    });
    expect(every.status).toBe(403);
    const mine = await asAdmin(running, north, '/api/staff/accounts', {
      email: 'new@north.example',
      role: 'staff',
      practices: ['north'],
    });
    expect(mine.status).toBe(201);

    const deskNorth = await idOf(running, NORTH_STAFF);
    const widen = await asAdmin(running, north, `/api/staff/accounts/${deskNorth}`, { practices: ['north', 'south'] });
    expect(widen.status).toBe(403);
    const promote = await asAdmin(running, north, `/api/staff/accounts/${deskNorth}`, { role: 'admin' });
    expect(promote.status).toBe(200);
    expect(await promote.json()).toMatchObject({ role: 'admin', practices: ['north'] });
    const audit = await running.collector.signIn.audit.list({ action: 'account.role-changed' });
    expect(audit).toMatchObject([{ actor: NORTH_ADMIN, target: NORTH_STAFF, detail: { from: 'staff', to: 'admin' } }]);
  });

  it.skipIf(engine.skip)('never changes your own account, nor leaves no enabled admin', async () => {
    const running = await start();
    const me = await idOf(running, STAFF_EMAIL);
    for (const [path, body] of [
      [`/api/staff/accounts/${me}/disable`, {}],
      [`/api/staff/accounts/${me}`, { role: 'staff' }],
    ] as const) {
      const res = await asAdmin(running, running.staff, path, body);
      expect(res.status, path).toBe(409);
      expect(((await res.json()) as { error: string }).error).toMatch(/your own account/);
    }
    // The last admin, as any caller meets it (a second admin demoting the first at the same moment, say).
    const { collector } = running;
    const { accounts, secondFactor } = collector.signIn;
    await accounts.disable({ name: 'test' }, NORTH_ADMIN);
    const admin = new AccountAdmin(collector.store.db, collector.store.engine, {
      accounts,
      secondFactor,
      setupLinks: new SetupLinks(collector.store.db),
    });
    const caller = { actor: { name: 'another admin' }, accountId: undefined, practices: 'every' as const };
    await expect(admin.change(caller, me, { role: 'staff' })).rejects.toMatchObject({ code: 'last-admin' });
    await expect(admin.disable(caller, me)).rejects.toMatchObject({ code: 'last-admin' });
    // An admin still waiting for their set-up link cannot sign in yet, so does not count, nor may they be assigned
    // a case; the command line's list says they are waiting.
    await admin.add(caller, { email: 'new.admin@example.org', role: 'admin', practices: 'every' });
    await expect(admin.disable(caller, me)).rejects.toMatchObject({ code: 'last-admin' });
    await expect(accounts.disable({ name: 'test' }, STAFF_EMAIL)).rejects.toMatchObject({ code: 'last-admin' });
    expect((await accounts.list()).find((a) => a.email === 'new.admin@example.org')).toMatchObject({
      settingUp: true,
      disabledAt: null,
    });
    expect((await enabledAccountScopes(collector.store.db)).map((a) => a.email)).not.toContain('new.admin@example.org');
    await accounts.enable({ name: 'test' }, NORTH_ADMIN);
    await expect(admin.change(caller, me, { role: 'staff' })).resolves.toMatchObject({ role: 'staff' });
  });

  it.skipIf(engine.skip)('names the field that is wrong, and refuses a second account for one email', async () => {
    const running = await start();
    const add = (body: unknown) => asAdmin(running, running.staff, '/api/staff/accounts', body);
    const cases: [unknown, number, string][] = [
      [{ email: 'not an address', role: 'staff', practices: ['north'] }, 400, 'email'],
      [{ email: 'a@b.example', role: 'owner', practices: ['north'] }, 400, 'role'],
      [{ email: 'a@b.example', role: 'staff', practices: [] }, 400, 'practices'],
      [{ email: 'a@b.example', role: 'staff', practices: ['west'] }, 400, 'practices'],
      [{ email: NORTH_STAFF.toUpperCase(), role: 'staff', practices: ['north'] }, 409, 'email'],
    ];
    for (const [body, status, path] of cases) {
      const res = await add(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(await res.json()).toMatchObject({ path });
    }
    const id = await idOf(running, NORTH_STAFF);
    expect((await asAdmin(running, running.staff, `/api/staff/accounts/${id}`, { role: 'boss' })).status).toBe(400);
    expect((await asAdmin(running, running.staff, '/api/staff/accounts/nobody/enable', {})).status).toBe(404);
  });

  it.skipIf(engine.skip)('changes need a person’s session and CSRF token; staff may not look', async () => {
    const running = await start();
    const noCsrf = await fetch(`${running.url}/api/staff/accounts`, {
      method: 'POST',
      headers: { Cookie: running.staff.cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'x@north.example', role: 'staff', practices: ['north'] }),
    });
    expect(noCsrf.status).toBe(403);
    const tokens = new ApiTokens(running.collector.store.db);
    const { secret } = await tokens.create({ name: 'test' }, 'directory sync', 'admin');
    const bearer = { Authorization: `Bearer ${secret}` };
    expect((await fetch(`${running.url}/api/staff/accounts`, { headers: bearer })).status).toBe(200);
    const byToken = await fetch(`${running.url}/api/staff/accounts`, {
      method: 'POST',
      headers: { ...bearer, 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'x@north.example', role: 'staff', practices: ['north'] }),
    });
    expect(byToken.status).toBe(403);
    const desk = await signedIn(running.collector, NORTH_STAFF, 'staff');
    expect((await asAdmin(running, desk, '/api/staff/accounts')).status).toBe(403);
    expect((await fetch(`${running.url}/api/staff/accounts`)).status).toBe(401);
  });

  it.skipIf(engine.skip)('disables and enables, and turns a lost phone’s second factor off', async () => {
    const running = await start();
    const { secondFactor } = running.collector.signIn;
    const id = await idOf(running, NORTH_STAFF);
    const { secret } = await secondFactor.begin(id, NORTH_STAFF);
    expect(
      await secondFactor.confirm({ name: NORTH_STAFF }, id, NORTH_STAFF, totpCode(secret, Date.now())),
    ).toBeTruthy();
    const off = await asAdmin(running, running.staff, `/api/staff/accounts/${id}/second-factor/off`, {});
    expect(off.status).toBe(200);
    expect(((await off.json()) as StaffAccountSummary).secondFactor).toBe(false);
    expect((await asAdmin(running, running.staff, `/api/staff/accounts/${id}/second-factor/off`, {})).status).toBe(409);
    const signIn = await running.collector.signIn.withPassword(NORTH_STAFF, STAFF_PASSWORD, { address: '127.0.0.1' });
    expect(signIn.outcome, 'the password alone, until they turn it on again').toBe('signed-in');

    const disabled = await asAdmin(running, running.staff, `/api/staff/accounts/${id}/disable`, {});
    expect(await disabled.json()).toMatchObject({ status: 'disabled' });
    expect((await asAdmin(running, running.staff, `/api/staff/accounts/${id}/setup-link`, {})).status).toBe(409);
    const enabled = await asAdmin(running, running.staff, `/api/staff/accounts/${id}/enable`, {});
    expect(await enabled.json()).toMatchObject({ status: 'active' });
    const actions = (await running.collector.signIn.audit.list({ target: NORTH_STAFF })).map((e) => e.action);
    expect(actions.slice(0, 3)).toEqual(['account.enabled', 'account.disabled', 'sign-in.succeeded']);
    expect(actions).toContain('second-factor.turned-off');
  });
});
