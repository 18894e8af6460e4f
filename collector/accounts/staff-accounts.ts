/**
 * The people who may sign in: add, list, disable, enable, new password — with the rules a practice relies on. An
 * email is one account however it is typed; a password is checked against password-rules.ts and kept only as a
 * scrypt hash; a person who leaves is disabled, not deleted, so the audit trail keeps their name; the last enabled
 * admin is never disabled, or nobody could manage accounts. Every change is written to the audit trail.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { PracticeScope } from '../practices/scope.js';
import { readScope, writeScope } from '../practices/scopes.js';
import type { Database, Engine } from '../store/schema.js';
import { AuditTrail, type Actor } from './audit.js';
import { emailProblem, normalizeEmail } from './email.js';
import { AccountError } from './errors.js';
import { hasPassword, NO_PASSWORD } from './no-password.js';
import { hashPassword, type ScryptCost } from './password-hash.js';
import { passwordProblem } from './password-rules.js';
import { ROLES, type Role } from './tables.js';

export interface StaffAccount {
  id: string;
  email: string;
  role: Role;
  createdAt: string;
  updatedAt: string;
  disabledAt: string | null;
  /** Added in the console and waiting for its person to choose a password through the set-up link. */
  settingUp: boolean;
}

/** Including the hash: only for the sign-in check, never for a page. */
export interface StaffAccountWithHash extends StaffAccount {
  passwordHash: string;
}

/** What to run for the first account: the sign-in page, the start log and the command line all say it. */
export const FIRST_ACCOUNT_COMMAND = 'npm run staff -- add you@practice.example --role admin';

export interface StaffAccountOptions {
  now?: () => Date;
  /** Tests only: a cheaper hash where the cost is not what is tested. */
  cost?: ScryptCost;
}

export function checkRole(role: string): Role {
  if ((ROLES as readonly string[]).includes(role)) return role as Role;
  throw new AccountError('bad-role', `The role must be admin or staff (got "${role}").`);
}

function checkedEmail(typed: string): string {
  const problem = emailProblem(typed);
  if (problem) throw new AccountError('bad-email', problem);
  return normalizeEmail(typed);
}

function checkedPassword(password: string, email: string): string {
  const problem = passwordProblem(password, email);
  if (problem) throw new AccountError('weak-password', problem);
  return password;
}

type Row = Selectable<Database['staff_accounts']>;

function toAccount(r: Row): StaffAccountWithHash {
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    disabledAt: r.disabled_at,
    settingUp: !hasPassword(r.password_hash),
    passwordHash: r.password_hash,
  };
}

function withoutHash({ passwordHash: _hash, ...account }: StaffAccountWithHash): StaffAccount {
  return account;
}

export class StaffAccounts {
  private readonly audit: AuditTrail;
  private readonly now: () => Date;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly options: StaffAccountOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.audit = new AuditTrail(db, this.now);
  }

  /**
   * A new account that can sign in at once, seeing `practices` (every practice unless told; the ids are checked by
   * the caller: practices/scopes.ts parseScope). Account and scope are written in one transaction. `password` null:
   * none yet (the console's set-up link gives one: setup-links.ts).
   */
  async add(
    actor: Actor,
    typedEmail: string,
    role: string,
    password: string | null,
    practices: PracticeScope = 'every',
  ): Promise<StaffAccount> {
    const email = checkedEmail(typedEmail);
    const checkedRole = checkRole(role);
    if (password !== null) checkedPassword(password, email);
    const existing = await this.find(email);
    if (existing) {
      const state = existing.disabledAt ? ' (disabled: enable it instead)' : '';
      throw new AccountError('duplicate-account', `There is already an account for ${email}${state}.`);
    }
    const at = this.now().toISOString();
    const row: Row = {
      id: randomUUID(),
      email,
      role: checkedRole,
      password_hash: password === null ? NO_PASSWORD : await hashPassword(password, this.options.cost),
      created_at: at,
      updated_at: at,
      disabled_at: null,
      totp_secret: null,
      totp_enabled_at: null,
      totp_last_step: null,
      every_practice: practices === 'every' ? 1 : 0,
    };
    try {
      await this.db.transaction().execute(async (tx) => {
        await tx.insertInto('staff_accounts').values(row).execute();
        await writeScope(tx, 'account', row.id, practices);
      });
    } catch (error) {
      // Two adds of one email at the same moment: the unique index lets one through.
      if (await this.find(email))
        throw new AccountError('duplicate-account', `There is already an account for ${email}.`);
      throw error;
    }
    await this.audit.record(actor, 'account.added', email, {
      role: checkedRole,
      practices: practices === 'every' ? 'all' : [...practices],
    });
    return withoutHash(toAccount(row));
  }

  /** One account by email (as typed), with its hash, or undefined. */
  async find(typedEmail: string): Promise<StaffAccountWithHash | undefined> {
    const row = await this.db
      .selectFrom('staff_accounts')
      .selectAll()
      .where('email', '=', normalizeEmail(typedEmail))
      .executeTakeFirst();
    return row ? toAccount(row) : undefined;
  }

  async findById(id: string): Promise<StaffAccountWithHash | undefined> {
    const row = await this.db.selectFrom('staff_accounts').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toAccount(row) : undefined;
  }

  /** Everyone, enabled first, then by email. */
  async list(): Promise<StaffAccount[]> {
    const rows = await this.db.selectFrom('staff_accounts').selectAll().orderBy('email').execute();
    return rows
      .map((r) => withoutHash(toAccount(r)))
      .sort((a, b) => Number(a.disabledAt !== null) - Number(b.disabledAt !== null));
  }

  async countEnabled(): Promise<number> {
    const row = await this.db
      .selectFrom('staff_accounts')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('disabled_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /**
   * The person may no longer sign in (their sessions end: sessions check the account on every request). Refused for
   * the last enabled admin. In one transaction that, on PostgreSQL, locks the enabled admins' rows, so two
   * administrators disabling each other at the same moment cannot leave none.
   */
  async disable(actor: Actor, typedEmail: string): Promise<StaffAccount> {
    const email = normalizeEmail(typedEmail);
    const at = this.now().toISOString();
    const account = await this.db.transaction().execute(async (trx) => {
      let admins = trx
        .selectFrom('staff_accounts')
        .select(['id', 'password_hash'])
        .where('role', '=', 'admin')
        .where('disabled_at', 'is', null);
      if (this.engine === 'postgres') admins = admins.forUpdate();
      const enabledAdmins = await admins.execute();
      const row = await trx.selectFrom('staff_accounts').selectAll().where('email', '=', email).executeTakeFirst();
      if (!row) throw new AccountError('unknown-account', `There is no account for ${email}.`);
      if (row.disabled_at) return toAccount(row);
      // Another admin who can sign in: one still waiting for their set-up link cannot manage accounts yet.
      const others = enabledAdmins.filter((a) => a.id !== row.id && hasPassword(a.password_hash));
      if (row.role === 'admin' && others.length === 0) {
        throw new AccountError(
          'last-admin',
          `${email} is the last admin who can sign in: add another admin first, so someone can still manage accounts.`,
        );
      }
      await trx
        .updateTable('staff_accounts')
        .set({ disabled_at: at, updated_at: at })
        .where('id', '=', row.id)
        .execute();
      return { ...toAccount(row), disabledAt: at, updatedAt: at };
    });
    await this.audit.record(actor, 'account.disabled', email, {});
    return withoutHash(account);
  }

  /** A disabled account may sign in again (with its old password, or after a new one). */
  async enable(actor: Actor, typedEmail: string): Promise<StaffAccount> {
    const account = await this.require(typedEmail);
    if (!account.disabledAt) return withoutHash(account);
    const at = this.now().toISOString();
    await this.db
      .updateTable('staff_accounts')
      .set({ disabled_at: null, updated_at: at })
      .where('id', '=', account.id)
      .execute();
    await this.audit.record(actor, 'account.enabled', account.email, {});
    return withoutHash({ ...account, disabledAt: null, updatedAt: at });
  }

  /** A new password (checked like a first one); the person's sessions end. */
  async setPassword(actor: Actor, typedEmail: string, password: string): Promise<StaffAccount> {
    const account = await this.require(typedEmail);
    checkedPassword(password, account.email);
    const at = this.now().toISOString();
    await this.db
      .updateTable('staff_accounts')
      .set({ password_hash: await hashPassword(password, this.options.cost), updated_at: at })
      .where('id', '=', account.id)
      .execute();
    // Whoever was signed in with the old password is signed out.
    await this.db
      .updateTable('staff_sessions')
      .set({ ended_at: at, end_reason: 'password changed' })
      .where('account_id', '=', account.id)
      .where('ended_at', 'is', null)
      .execute();
    await this.audit.record(actor, 'account.password-reset', account.email, {});
    return withoutHash({ ...account, updatedAt: at });
  }

  /** The practices this account sees from its next request on. */
  async setPractices(actor: Actor, typedEmail: string, practices: PracticeScope): Promise<StaffAccount> {
    const account = await this.require(typedEmail);
    await this.db.transaction().execute((tx) => writeScope(tx, 'account', account.id, practices));
    await this.audit.record(actor, 'account.practices-changed', account.email, {
      practices: practices === 'every' ? 'all' : [...practices],
    });
    return withoutHash(account);
  }

  /** The practices an account sees. */
  practicesOf(accountId: string): Promise<PracticeScope> {
    return readScope(this.db, 'account', accountId);
  }

  /** After a sign-in with a hash made at an older cost: the same password, hashed at today's. Not an audited change. */
  async rehash(id: string, password: string): Promise<void> {
    await this.db
      .updateTable('staff_accounts')
      .set({ password_hash: await hashPassword(password, this.options.cost) })
      .where('id', '=', id)
      .execute();
  }

  private async require(typedEmail: string): Promise<StaffAccountWithHash> {
    const account = await this.find(typedEmail);
    if (!account) throw new AccountError('unknown-account', `There is no account for ${normalizeEmail(typedEmail)}.`);
    return account;
  }
}
