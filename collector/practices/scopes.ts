/**
 * Which practices each staff account and API token may see, as stored (migration 009): `every_practice` = 1 for the
 * whole group, else the rows of staff_account_practices / api_token_practices. Read on every staff request (so a
 * change applies at once, on every process); written together with the account or token in one transaction, so an
 * account is never, even for a moment, wider than it was made.
 */
import { NO_PASSWORD } from '../accounts/no-password.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/schema.js';
import { PracticeError } from './practice-rules.js';
import type { PracticeScope } from './scope.js';

type Owner = 'account' | 'token';
const TABLES = {
  account: { owners: 'staff_accounts', links: 'staff_account_practices', key: 'account_id' },
  token: { owners: 'api_tokens', links: 'api_token_practices', key: 'token_id' },
} as const;

/** The practice ids typed (`north,south` or `all`), each one checked to exist. */
export async function parseScope(db: Kysely<Database>, typed: string | readonly string[]): Promise<PracticeScope> {
  const ids = (typeof typed === 'string' ? typed.split(',') : typed).map((p) => p.trim()).filter(Boolean);
  if (ids.length === 1 && (ids[0] === 'all' || ids[0] === 'every')) return 'every';
  if (ids.length === 0) {
    throw new PracticeError('invalid', 'Name the practices (ids, comma-separated), or "all" for every practice.');
  }
  const known = new Set((await db.selectFrom('practices').select('id').execute()).map((r) => r.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) {
    throw new PracticeError(
      'unknown-practice',
      `There is no practice ${unknown.map((id) => `"${id}"`).join(', ')} (see: npm run staff -- practice list).`,
    );
  }
  return [...new Set(ids)];
}

export async function readScope(db: Kysely<Database>, owner: Owner, id: string): Promise<PracticeScope> {
  const t = TABLES[owner];
  const row = await db.selectFrom(t.owners).select('every_practice').where('id', '=', id).executeTakeFirst();
  if (!row) return [];
  if (Number(row.every_practice) === 1) return 'every';
  const links =
    owner === 'account'
      ? await db.selectFrom('staff_account_practices').select('practice_id').where('account_id', '=', id).execute()
      : await db.selectFrom('api_token_practices').select('practice_id').where('token_id', '=', id).execute();
  return links.map((l) => l.practice_id).sort();
}

/**
 * Every enabled account's email and scope, in two queries whatever their number (the console's colleagues, alert
 * recipients). An account still waiting for its set-up link is left out: nobody can act as it yet.
 */
export async function enabledAccountScopes(
  db: Kysely<Database>,
): Promise<{ email: string; practices: PracticeScope }[]> {
  const [accounts, links] = await Promise.all([
    db
      .selectFrom('staff_accounts')
      .select(['id', 'email', 'every_practice'])
      .where('disabled_at', 'is', null)
      .where('password_hash', '!=', NO_PASSWORD)
      .orderBy('email')
      .execute(),
    db.selectFrom('staff_account_practices').select(['account_id', 'practice_id']).execute(),
  ]);
  const byAccount = new Map<string, string[]>();
  for (const l of links) byAccount.set(l.account_id, [...(byAccount.get(l.account_id) ?? []), l.practice_id]);
  return accounts.map((a) => ({
    email: a.email,
    practices: Number(a.every_practice) === 1 ? 'every' : (byAccount.get(a.id) ?? []).sort(),
  }));
}

/** Inside the caller's transaction: the owner's scope becomes exactly `scope`. */
export async function writeScope(
  tx: Transaction<Database> | Kysely<Database>,
  owner: Owner,
  id: string,
  scope: PracticeScope,
): Promise<void> {
  const every = scope === 'every' ? 1 : 0;
  if (owner === 'account') {
    await tx.updateTable('staff_accounts').set({ every_practice: every }).where('id', '=', id).execute();
    await tx.deleteFrom('staff_account_practices').where('account_id', '=', id).execute();
    if (scope !== 'every' && scope.length) {
      await tx
        .insertInto('staff_account_practices')
        .values(scope.map((practice_id) => ({ account_id: id, practice_id })))
        .execute();
    }
  } else {
    await tx.updateTable('api_tokens').set({ every_practice: every }).where('id', '=', id).execute();
    await tx.deleteFrom('api_token_practices').where('token_id', '=', id).execute();
    if (scope !== 'every' && scope.length) {
      await tx
        .insertInto('api_token_practices')
        .values(scope.map((practice_id) => ({ token_id: id, practice_id })))
        .execute();
    }
  }
}
