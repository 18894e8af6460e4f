import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditTrail } from '../../../collector/accounts/audit.js';
import { hashPassword } from '../../../collector/accounts/password-hash.js';
import { SignIn } from '../../../collector/accounts/sign-in.js';
import { SignInDelays } from '../../../collector/accounts/sign-in-delays.js';
import { totpCode } from '../../../collector/accounts/totp.js';
import { engines } from '../engines.js';
import { CHEAP, openTestDatabase, type OpenTestDatabase } from './database.js';

const PASSWORD = 'wombat lantern seventy';
const desk = { address: '192.0.2.20', userAgent: 'Front desk browser' };

describe.each(engines)('signing in on $name', (engine) => {
  describe.skipIf(engine.skip !== undefined)('', () => {
    let open: OpenTestDatabase;
    let now = Date.UTC(2026, 11, 2, 9, 0, 0);
    let signIn: SignIn;
    const clock = () => new Date(now);
    beforeAll(async () => {
      open = await openTestDatabase(engine);
      signIn = new SignIn(open.connection.db, open.connection.engine, {
        now: clock,
        cost: CHEAP,
        delays: new SignInDelays(open.connection.db, { now: () => now }),
      });
      await signIn.accounts.add({ name: 'setup' }, 'ana@smiledental.example', 'admin', PASSWORD);
      await signIn.accounts.add({ name: 'setup' }, 'ben@smiledental.example', 'staff', PASSWORD);
    });
    afterAll(() => open?.close());

    it('opens a session with the right password and keeps only its hash', async () => {
      const result = await signIn.withPassword('ANA@smiledental.example ', PASSWORD, desk);
      expect(result.outcome).toBe('signed-in');
      const secret = result.outcome === 'signed-in' ? result.secret : '';
      const rows = await open.connection.db.selectFrom('staff_sessions').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(secret);
      const resumed = await signIn.sessions.resume(secret, true);
      expect(resumed).toMatchObject({ ok: true, holder: { email: 'ana@smiledental.example', role: 'admin' } });
    });

    it('answers a wrong email and a wrong password alike, and audits both', async () => {
      expect(await signIn.withPassword('nobody@smiledental.example', PASSWORD, desk)).toEqual({ outcome: 'wrong' });
      expect(await signIn.withPassword('ben@smiledental.example', 'not the password', desk)).toEqual({
        outcome: 'wrong',
      });
      const failed = await new AuditTrail(open.connection.db).list({ action: 'sign-in.failed' });
      expect(failed.map((e) => [e.target, e.detail.reason, e.address])).toEqual([
        ['ben@smiledental.example', 'wrong password', desk.address],
        ['nobody@smiledental.example', 'no such account', desk.address],
      ]);
      expect(JSON.stringify(failed)).not.toContain('not the password');
    });

    it('makes a guesser wait, and the real person at another desk is not locked out', async () => {
      for (let i = 0; i < 5; i += 1) await signIn.withPassword('ben@smiledental.example', `guess ${i}`, desk);
      const waiting = await signIn.withPassword('ben@smiledental.example', PASSWORD, desk);
      expect(waiting.outcome).toBe('wait');
      now += 60_000;
      const other = await signIn.withPassword('ben@smiledental.example', PASSWORD, { address: '192.0.2.99' });
      expect(other.outcome).toBe('signed-in');
    });

    it('ends a session after 15 minutes without a person, however many background refreshes', async () => {
      const result = await signIn.withPassword('ana@smiledental.example', PASSWORD, desk);
      const secret = result.outcome === 'signed-in' ? result.secret : '';
      now += 10 * 60_000;
      expect((await signIn.sessions.resume(secret, true)).ok).toBe(true);
      for (let i = 0; i < 14; i += 1) {
        now += 60_000;
        expect((await signIn.sessions.resume(secret, false)).ok).toBe(true);
      }
      now += 60_000;
      expect(await signIn.sessions.resume(secret, true)).toEqual({ ok: false, reason: 'idle' });
      expect(await signIn.sessions.resume(secret, true)).toEqual({ ok: false, reason: 'idle' });
    });

    it('ends a session after 12 hours however active, on sign-out, and when the account is disabled', async () => {
      const start = async () => {
        const r = await signIn.withPassword('ben@smiledental.example', PASSWORD, { address: '192.0.2.30' });
        return r.outcome === 'signed-in' ? r.secret : '';
      };
      const busy = await start();
      for (let i = 0; i < 12 * 6 - 1; i += 1) {
        now += 10 * 60_000;
        await signIn.sessions.resume(busy, true);
      }
      // Ten minutes before the 12 hours are up, the page is told ten minutes are left, not the idle limit's fifteen.
      const late = await signIn.sessions.resume(busy, true);
      if (!late.ok) throw new Error('not signed in');
      expect(signIn.sessions.idleSecondsLeft(late.holder)).toBe(10 * 60);
      now += 10 * 60_000;
      await signIn.sessions.resume(busy, true);
      expect(await signIn.sessions.resume(busy, true)).toEqual({ ok: false, reason: 'expired' });

      const leaving = await start();
      const resumed = await signIn.sessions.resume(leaving, true);
      if (!resumed.ok) throw new Error('not signed in');
      await signIn.signOut(resumed.holder, desk);
      expect(await signIn.sessions.resume(leaving, true)).toEqual({ ok: false, reason: 'signed-out' });

      const open2 = await start();
      await signIn.accounts.disable({ name: 'ana@smiledental.example' }, 'ben@smiledental.example');
      expect(await signIn.sessions.resume(open2, true)).toEqual({ ok: false, reason: 'account disabled' });
      expect(await signIn.withPassword('ben@smiledental.example', PASSWORD, { address: '192.0.2.31' })).toEqual({
        outcome: 'wrong',
      });
      await signIn.accounts.enable({ name: 'ana@smiledental.example' }, 'ben@smiledental.example');
    });

    it('signs out everyone using a password when it is reset', async () => {
      const r = await signIn.withPassword('ben@smiledental.example', PASSWORD, { address: '192.0.2.32' });
      const secret = r.outcome === 'signed-in' ? r.secret : '';
      await signIn.accounts.setPassword(
        { name: 'ana@smiledental.example' },
        'ben@smiledental.example',
        `${PASSWORD} 2`,
      );
      expect(await signIn.sessions.resume(secret, true)).toEqual({ ok: false, reason: 'password changed' });
      await signIn.accounts.setPassword({ name: 'setup' }, 'ben@smiledental.example', PASSWORD);
    });

    it("renews an old cheaper hash at today's cost on a right password", async () => {
      await open.connection.db
        .updateTable('staff_accounts')
        .set({ password_hash: await hashPassword(PASSWORD, { ln: 8, r: 8, p: 1 }) })
        .where('email', '=', 'ben@smiledental.example')
        .execute();
      await signIn.withPassword('ben@smiledental.example', PASSWORD, { address: '192.0.2.33' });
      const row = await open.connection.db
        .selectFrom('staff_accounts')
        .select('password_hash')
        .where('email', '=', 'ben@smiledental.example')
        .executeTakeFirstOrThrow();
      expect(row.password_hash).toMatch(/^\$scrypt\$ln=10,/);
    });

    it('asks for the second factor once it is on; each code and recovery code works once', async () => {
      const ana = await signIn.accounts.find('ana@smiledental.example');
      if (!ana) throw new Error('no ana');
      const { secret } = await signIn.secondFactor.begin(ana.id, ana.email);
      expect(await signIn.secondFactor.isOn(ana.id)).toBe(false);
      expect(await signIn.secondFactor.confirm({ name: ana.email }, ana.id, ana.email, '000000')).toBeUndefined();
      const codes = await signIn.secondFactor.confirm({ name: ana.email }, ana.id, ana.email, totpCode(secret, now));
      expect(codes).toHaveLength(10);

      const step1 = await signIn.withPassword(ana.email, PASSWORD, desk);
      expect(step1.outcome).toBe('second-factor');
      const pending = await signIn.sessions.resume(step1.outcome === 'second-factor' ? step1.secret : '', true);
      if (!pending.ok) throw new Error('no pending session');
      expect(pending.holder.stage).toBe('second-factor');
      // The code that turned it on was used: the next is needed.
      expect(await signIn.withCode(pending.holder, totpCode(secret, now), desk)).toEqual({ outcome: 'wrong' });
      now += 30_000;
      expect(await signIn.withCode(pending.holder, totpCode(secret, now), desk)).toEqual({ outcome: 'signed-in' });

      const again = await signIn.withPassword(ana.email, PASSWORD, desk);
      const holder = await signIn.sessions.resume(again.outcome === 'second-factor' ? again.secret : '', true);
      if (!holder.ok) throw new Error('no pending session');
      const recovery = codes?.[0] ?? '';
      expect(await signIn.withCode(holder.holder, recovery.toLowerCase(), desk)).toEqual({ outcome: 'signed-in' });
      expect(await signIn.secondFactor.check(ana.id, recovery)).toBe('wrong');
      expect(await signIn.secondFactor.recoveryCodesLeft(ana.id)).toBe(9);
    });

    it('lets an admin see open sessions and end one', async () => {
      const r = await signIn.withPassword('ben@smiledental.example', PASSWORD, { address: '198.51.100.5' });
      const secret = r.outcome === 'signed-in' ? r.secret : '';
      const open3 = await signIn.sessions.listOpen();
      const ben = open3.find((s) => s.address === '198.51.100.5');
      expect(ben).toMatchObject({ email: 'ben@smiledental.example', role: 'staff', stage: 'signed-in' });
      expect(await signIn.sessions.endById(ben?.id ?? '', 'ended by ana@smiledental.example')).toBe(true);
      expect(await signIn.sessions.resume(secret, true)).toEqual({
        ok: false,
        reason: 'ended by ana@smiledental.example',
      });
      expect((await signIn.sessions.listOpen()).some((s) => s.id === ben?.id)).toBe(false);
    });

    it('keeps the policy that every admin needs a second factor, audited', async () => {
      expect(await signIn.secondFactor.adminsNeedIt()).toBe(false);
      await signIn.secondFactor.setAdminsNeedIt({ name: 'ana@smiledental.example' }, true);
      expect(await signIn.secondFactor.adminsNeedIt()).toBe(true);
      await signIn.secondFactor.setAdminsNeedIt({ name: 'ana@smiledental.example' }, false);
      const changes = await new AuditTrail(open.connection.db).list({ action: 'setting.changed' });
      expect(changes.map((c) => c.detail.value)).toEqual(['no', 'yes']);
    });
  });
});
