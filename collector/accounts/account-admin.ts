/**
 * What an admin does to other people's accounts from the console (issue 13): list, add without a password (a set-up
 * link instead), change role and practices, disable and enable, make a new set-up link (a password reset), turn a
 * second factor off. The rules: only accounts the admin manages (account-input.ts `manages`; others are "not
 * found"), never their own account (their own sign-in is /staff/account), never leaving no enabled admin. Every
 * change is audited by the room that makes it; no password or token reaches the trail.
 */
import type { Kysely } from 'kysely';
import type { AccountChange, StaffAccountSummary } from '../../src/core/accounts-api.js';
import { PracticeError } from '../practices/practice-rules.js';
import type { PracticeScope } from '../practices/scope.js';
import { parseScope } from '../practices/scopes.js';
import type { Database, Engine } from '../store/schema.js';
import { accountSummaries } from './account-list.js';
import { accountChangeInput, checkGivable, manages, newAccountInput } from './account-input.js';
import { AuditTrail, type Actor } from './audit.js';
import { AccountError } from './errors.js';
import { hasPassword } from './no-password.js';
import type { SecondFactor } from './second-factor.js';
import type { SetupLinks } from './setup-links.js';
import type { StaffAccounts } from './staff-accounts.js';

/** The admin acting: who (for the audit), which account is theirs, which practices they see. */
export interface AccountAdminCaller {
  actor: Actor;
  accountId: string | undefined;
  practices: PracticeScope;
}

export interface MadeLink {
  account: StaffAccountSummary;
  token: string;
  expiresAt: string;
}

export interface AccountAdminRooms {
  accounts: StaffAccounts;
  secondFactor: SecondFactor;
  setupLinks: SetupLinks;
  now?: () => Date;
}

const NOT_FOUND = 'There is no such account among those you manage.';

export class AccountAdmin {
  private readonly audit: AuditTrail;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly engine: Engine,
    private readonly rooms: AccountAdminRooms,
  ) {
    this.audit = new AuditTrail(db, rooms.now);
  }

  async list(caller: AccountAdminCaller): Promise<StaffAccountSummary[]> {
    return (await accountSummaries(this.db)).filter((a) => manages(caller.practices, a.practices));
  }

  async add(caller: AccountAdminCaller, body: unknown): Promise<MadeLink> {
    const input = newAccountInput(body);
    const practices = await this.checkedPractices(caller, input.practices);
    const added = await this.rooms.accounts.add(caller.actor, input.email, input.role, null, practices);
    return this.link(caller, added.id, false);
  }

  async change(caller: AccountAdminCaller, id: string, body: unknown): Promise<StaffAccountSummary> {
    const change: AccountChange = accountChangeInput(body);
    const account = await this.managed(caller, id);
    if (change.practices !== undefined) {
      const practices = await this.checkedPractices(caller, change.practices);
      await this.rooms.accounts.setPractices(caller.actor, account.email, practices);
    }
    if (change.role !== undefined && change.role !== account.role) await this.changeRole(caller, account, change.role);
    return this.summary(id);
  }

  async disable(caller: AccountAdminCaller, id: string): Promise<StaffAccountSummary> {
    const account = await this.managed(caller, id);
    await this.rooms.accounts.disable(caller.actor, account.email);
    return this.summary(id);
  }

  async enable(caller: AccountAdminCaller, id: string): Promise<StaffAccountSummary> {
    const account = await this.managed(caller, id);
    await this.rooms.accounts.enable(caller.actor, account.email);
    return this.summary(id);
  }

  /** A new set-up link; a password the person had stops working and their sessions end. */
  async newSetupLink(caller: AccountAdminCaller, id: string): Promise<MadeLink> {
    const account = await this.managed(caller, id);
    if (account.status === 'disabled') {
      throw new AccountError('conflict', `${account.email} is disabled: enable the account first.`);
    }
    return this.link(caller, id, true);
  }

  /** Their second factor off (a lost phone): they sign in with their password alone until they turn it on again. */
  async secondFactorOff(caller: AccountAdminCaller, id: string): Promise<StaffAccountSummary> {
    const account = await this.managed(caller, id);
    if (!account.secondFactor) throw new AccountError('conflict', `${account.email} has no second factor on.`);
    await this.rooms.secondFactor.turnOff(caller.actor, id, account.email);
    return this.summary(id);
  }

  private async link(caller: AccountAdminCaller, id: string, reset: boolean): Promise<MadeLink> {
    const found = await this.rooms.accounts.findById(id);
    if (!found) throw new AccountError('unknown-account', NOT_FOUND);
    const made = await this.rooms.setupLinks.make(caller.actor, found, reset && hasPassword(found.passwordHash));
    return { account: await this.summary(id), ...made };
  }

  /** The account, if this admin manages it and it is not their own. */
  private async managed(caller: AccountAdminCaller, id: string): Promise<StaffAccountSummary> {
    const account = (await accountSummaries(this.db)).find((a) => a.id === id);
    if (!account || !manages(caller.practices, account.practices)) {
      throw new AccountError('unknown-account', NOT_FOUND);
    }
    if (id === caller.accountId) {
      throw new AccountError(
        'yourself',
        'You cannot change your own account here: ask another admin. Your own sign-in is at /staff/account.',
      );
    }
    return account;
  }

  private async checkedPractices(caller: AccountAdminCaller, given: 'every' | string[]): Promise<PracticeScope> {
    let practices: PracticeScope;
    try {
      practices = given === 'every' ? 'every' : await parseScope(this.db, given);
    } catch (error) {
      if (!(error instanceof PracticeError)) throw error;
      throw new AccountError('bad-practices', error.message, 'practices');
    }
    checkGivable(caller.practices, practices);
    return practices;
  }

  /**
   * In one transaction that, on PostgreSQL, locks the enabled admins' rows (as disabling does), so two admins
   * making each other staff at the same moment cannot leave none.
   */
  private async changeRole(caller: AccountAdminCaller, account: StaffAccountSummary, role: 'admin' | 'staff') {
    const at = (this.rooms.now ?? (() => new Date()))().toISOString();
    await this.db.transaction().execute(async (trx) => {
      let admins = trx
        .selectFrom('staff_accounts')
        .select(['id', 'password_hash'])
        .where('role', '=', 'admin')
        .where('disabled_at', 'is', null);
      if (this.engine === 'postgres') admins = admins.forUpdate();
      const enabled = await admins.execute();
      const losing = account.role === 'admin' && account.status !== 'disabled';
      // Another admin who can sign in: one still waiting for their set-up link cannot manage accounts yet.
      if (losing && enabled.filter((a) => a.id !== account.id && hasPassword(a.password_hash)).length === 0) {
        throw new AccountError(
          'last-admin',
          `${account.email} is the last admin who can sign in: make another admin first.`,
          'role',
        );
      }
      await trx.updateTable('staff_accounts').set({ role, updated_at: at }).where('id', '=', account.id).execute();
    });
    await this.audit.record(caller.actor, 'account.role-changed', account.email, { from: account.role, to: role });
  }

  private async summary(id: string): Promise<StaffAccountSummary> {
    const found = (await accountSummaries(this.db)).find((a) => a.id === id);
    if (!found) throw new AccountError('unknown-account', NOT_FOUND);
    return found;
  }
}
