/**
 * Every staff account as an admin sees it in the console (src/core/accounts-api.ts StaffAccountSummary): role,
 * practices, status in one word, second factor, last sign-in, set-up link waiting — in a fixed number of queries
 * however many accounts there are. No hash, secret or token ever leaves this file.
 */
import type { Kysely } from 'kysely';
import type { AccountStatus, StaffAccountSummary } from '../../src/core/accounts-api.js';
import type { Database } from '../store/schema.js';
import { hasPassword } from './no-password.js';

export async function accountSummaries(db: Kysely<Database>): Promise<StaffAccountSummary[]> {
  const [accounts, links, signIns, setups] = await Promise.all([
    db
      .selectFrom('staff_accounts')
      .select([
        'id',
        'email',
        'role',
        'password_hash',
        'created_at',
        'disabled_at',
        'totp_enabled_at',
        'every_practice',
      ])
      .orderBy('email')
      .execute(),
    db.selectFrom('staff_account_practices').select(['account_id', 'practice_id']).execute(),
    // A session that reached 'signed-in' is a sign-in (one waiting for its code is not yet).
    db
      .selectFrom('staff_sessions')
      .select((eb) => ['account_id', eb.fn.max('created_at').as('last')])
      .where('stage', '=', 'signed-in')
      .groupBy('account_id')
      .execute(),
    db
      .selectFrom('account_setup_links')
      .select(['account_id', 'expires_at'])
      .where('used_at', 'is', null)
      .where('replaced_at', 'is', null)
      .execute(),
  ]);
  const practices = new Map<string, string[]>();
  for (const l of links) practices.set(l.account_id, [...(practices.get(l.account_id) ?? []), l.practice_id]);
  const last = new Map(signIns.map((s) => [s.account_id, s.last]));
  const setup = new Map(setups.map((s) => [s.account_id, s.expires_at]));
  return accounts.map((a) => {
    const status: AccountStatus = a.disabled_at ? 'disabled' : hasPassword(a.password_hash) ? 'active' : 'waiting';
    return {
      id: a.id,
      email: a.email,
      role: a.role,
      practices: Number(a.every_practice) === 1 ? 'every' : (practices.get(a.id) ?? []).sort(),
      status,
      secondFactor: a.totp_enabled_at !== null,
      lastSignInAt: last.get(a.id) ?? null,
      createdAt: a.created_at,
      setupLinkExpiresAt: setup.get(a.id) ?? null,
    };
  });
}
