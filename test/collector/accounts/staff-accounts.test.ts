import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import { AuditTrail } from '../../../collector/accounts/audit.js';
import { AccountError } from '../../../collector/accounts/errors.js';
import { verifyPassword } from '../../../collector/accounts/password-hash.js';
import { StaffAccounts } from '../../../collector/accounts/staff-accounts.js';
import { engines } from '../engines.js';
import { CHEAP, openTestDatabase, type OpenTestDatabase } from './database.js';

const manager = { name: 'manager@smiledental.example', address: '192.0.2.10' };
const PASSWORD = 'wombat lantern seventy';

async function refusal(work: Promise<unknown>): Promise<AccountError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AccountError);
  return error as AccountError;
}

describe.each(engines)('staff accounts on $name', (engine) => {
  describe.skipIf(engine.skip !== undefined)('', () => {
    let open: OpenTestDatabase;
    let accounts: StaffAccounts;
    beforeAll(async () => {
      open = await openTestDatabase(engine);
      accounts = new StaffAccounts(open.connection.db, open.connection.engine, { cost: CHEAP });
    });
    afterAll(() => open?.close());

    it('keeps one account per email however it is typed, and only a hash of the password', async () => {
      const added = await accounts.add(manager, ' Ana@SmileDental.example ', 'admin', PASSWORD);
      expect(added).toMatchObject({ email: 'ana@smiledental.example', role: 'admin', disabledAt: null });
      expect(added).not.toHaveProperty('passwordHash');
      const duplicate = await refusal(accounts.add(manager, 'ANA@smiledental.example', 'staff', PASSWORD));
      expect(duplicate.code).toBe('duplicate-account');
      const found = await accounts.find('ana@SMILEDENTAL.example');
      expect(found?.passwordHash).not.toContain(PASSWORD);
      expect(await verifyPassword(PASSWORD, found?.passwordHash ?? '')).toBe(true);
    });

    it('refuses a bad email, a bad role and a weak password before storing anything', async () => {
      expect((await refusal(accounts.add(manager, 'front desk', 'staff', PASSWORD))).code).toBe('bad-email');
      expect((await refusal(accounts.add(manager, 'x@smiledental.example', 'owner', PASSWORD))).code).toBe('bad-role');
      const weak = await refusal(accounts.add(manager, 'x@smiledental.example', 'staff', 'PasswordPassword'));
      expect(weak.code).toBe('weak-password');
      expect(await accounts.find('x@smiledental.example')).toBeUndefined();
    });

    it('never disables the last enabled admin, even when two admins disable each other at once', async () => {
      await accounts.add(manager, 'ben@smiledental.example', 'admin', PASSWORD);
      const both = await Promise.allSettled([
        accounts.disable({ name: 'ana@smiledental.example' }, 'ben@smiledental.example'),
        accounts.disable({ name: 'ben@smiledental.example' }, 'ana@smiledental.example'),
      ]);
      expect(both.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const refused = both.find((r) => r.status === 'rejected');
      expect((refused as PromiseRejectedResult).reason).toMatchObject({ code: 'last-admin' });
      const admins = (await accounts.list()).filter((a) => a.role === 'admin' && a.disabledAt === null);
      expect(admins).toHaveLength(1);
      const [left] = admins;
      await accounts.enable(
        manager,
        left?.email === 'ana@smiledental.example' ? 'ben@smiledental.example' : 'ana@smiledental.example',
      );
    });

    it('disables a person who leaves, keeps their name, and can enable them again', async () => {
      await accounts.add(manager, 'cleo@smiledental.example', 'staff', PASSWORD);
      const disabled = await accounts.disable(manager, 'Cleo@smiledental.example');
      expect(disabled.disabledAt).not.toBeNull();
      const listed = await accounts.list();
      expect(listed.at(-1)?.email).toBe('cleo@smiledental.example');
      expect((await refusal(accounts.disable(manager, 'nobody@smiledental.example'))).code).toBe('unknown-account');
      expect((await accounts.enable(manager, 'cleo@smiledental.example')).disabledAt).toBeNull();
    });

    it('sets a new password, checked like a first one', async () => {
      expect((await refusal(accounts.setPassword(manager, 'cleo@smiledental.example', 'short'))).code).toBe(
        'weak-password',
      );
      await accounts.setPassword(manager, 'cleo@smiledental.example', 'a brand new long password');
      const cleo = await accounts.find('cleo@smiledental.example');
      expect(await verifyPassword('a brand new long password', cleo?.passwordHash ?? '')).toBe(true);
      expect(await verifyPassword(PASSWORD, cleo?.passwordHash ?? '')).toBe(false);
    });

    it('writes every change to the audit trail, with who and from where, and no password', async () => {
      const events = await new AuditTrail(open.connection.db).list({ target: 'cleo@smiledental.example' });
      expect(events.map((e) => e.action).reverse()).toEqual([
        'account.added',
        'account.disabled',
        'account.enabled',
        'account.password-reset',
      ]);
      expect(events[0]).toMatchObject({ actor: manager.name, address: manager.address });
      expect(JSON.stringify(events)).not.toContain('brand new');
    });

    it('refuses to change an audit event', async () => {
      const change = sql`update audit_events set actor = 'someone else'`.execute(open.connection.db);
      await expect(change).rejects.toThrow(/append-only/);
    });

    it('makes tokens shown once, kept as a hash, usable until revoked', async () => {
      const tokens = new ApiTokens(open.connection.db);
      const made = await tokens.create(manager, 'nightly export');
      expect(made.secret).toMatch(/^pft_/);
      expect(made.role).toBe('staff');
      const rows = await open.connection.db.selectFrom('api_tokens').selectAll().execute();
      expect(JSON.stringify(rows)).not.toContain(made.secret.slice(4));
      expect(await tokens.verify(made.secret)).toEqual({ name: 'nightly export', role: 'staff', practices: 'every' });
      expect((await tokens.list())[0]?.lastUsedAt).not.toBeNull();
      expect(await tokens.verify(`${made.secret.slice(0, -1)}x`)).toBeUndefined();
      expect((await refusal(tokens.create(manager, 'nightly export', 'admin'))).code).toBe('duplicate-token');
      expect((await refusal(tokens.create(manager, 'other', 'owner'))).code).toBe('bad-role');
      expect((await refusal(tokens.create(manager, '  '))).code).toBe('bad-name');
      await tokens.revoke(manager, 'nightly export');
      expect(await tokens.verify(made.secret)).toBeUndefined();
      expect((await refusal(tokens.revoke(manager, 'nightly export'))).code).toBe('unknown-token');
      // The name is free again; the revoked token's row stays for the record.
      const again = await tokens.create(manager, 'nightly export', 'admin');
      expect(await tokens.verify(again.secret)).toEqual({ name: 'nightly export', role: 'admin', practices: 'every' });
      expect((await tokens.list()).map((t) => [t.name, t.revokedAt === null])).toEqual([
        ['nightly export', true],
        ['nightly export', false],
      ]);
    });
  });
});
