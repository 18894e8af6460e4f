/**
 * Set-up links: how a person an admin added in the console chooses their own password, and how an admin resets one.
 * A link holds a random token (`pfs_` and 43 characters, 256 bits) in its fragment; only the token's SHA-256 is
 * kept. It works once, for 72 hours, and only the newest link of an account works. Making a link for someone who
 * had a password (a reset) takes that password away at once and ends their sessions. The password chosen follows
 * the command line's rules (password-rules.ts). Every link made and used is audited, never with the token.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { SETUP_LINK_HOURS } from '../../src/core/accounts-api.js';
import type { Database } from '../store/schema.js';
import { AuditTrail, type Actor } from './audit.js';
import { NO_PASSWORD } from './no-password.js';
import { hashPassword, type ScryptCost } from './password-hash.js';
import { passwordFault, passwordFaultWords, type PasswordFault } from './password-rules.js';
import { sha256 } from './secrets.js';

export function looksLikeSetupToken(text: string): boolean {
  return /^pfs_[A-Za-z0-9_-]{43}$/.test(text);
}

/** Why a link cannot set a password, or what was set. */
export type SetupOutcome =
  | { outcome: 'unknown' | 'used' | 'expired' | 'disabled' }
  | { outcome: 'weak'; problem: string; fault: PasswordFault; email: string }
  | { outcome: 'set'; accountId: string; email: string };

export interface SetupLinkOptions {
  now?: () => Date;
  cost?: ScryptCost;
}

export class SetupLinks {
  private readonly now: () => Date;
  private readonly audit: AuditTrail;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly options: SetupLinkOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.audit = new AuditTrail(db, this.now);
  }

  /**
   * A new link for the account (earlier unused ones stop working). `reset`: the person had a password, which stops
   * working now, and whoever was signed in as them is signed out.
   */
  async make(actor: Actor, account: { id: string; email: string }, reset: boolean) {
    const token = `pfs_${randomBytes(32).toString('base64url')}`;
    const now = this.now();
    const at = now.toISOString();
    const expiresAt = new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000).toISOString();
    await this.db.transaction().execute(async (tx) => {
      await tx
        .updateTable('account_setup_links')
        .set({ replaced_at: at })
        .where('account_id', '=', account.id)
        .where('used_at', 'is', null)
        .where('replaced_at', 'is', null)
        .execute();
      await tx
        .insertInto('account_setup_links')
        .values({
          token_hash: sha256(token),
          account_id: account.id,
          created_at: at,
          created_by: actor.name,
          expires_at: expiresAt,
          used_at: null,
          replaced_at: null,
        })
        .execute();
      if (!reset) return;
      await tx
        .updateTable('staff_accounts')
        .set({ password_hash: NO_PASSWORD, updated_at: at })
        .where('id', '=', account.id)
        .execute();
      await tx
        .updateTable('staff_sessions')
        .set({ ended_at: at, end_reason: 'password reset' })
        .where('account_id', '=', account.id)
        .where('ended_at', 'is', null)
        .execute();
    });
    await this.audit.record(actor, reset ? 'account.password-reset' : 'account.setup-link-made', account.email, {
      expiresAt,
    });
    return { token, expiresAt };
  }

  /** The unused links still standing (expired ones too, so the console can say so): account id → when it ends. */
  async pending(): Promise<Map<string, string>> {
    const rows = await this.db
      .selectFrom('account_setup_links')
      .select(['account_id', 'expires_at'])
      .where('used_at', 'is', null)
      .where('replaced_at', 'is', null)
      .execute();
    return new Map(rows.map((r) => [r.account_id, r.expires_at]));
  }

  /** The person's chosen password, through their link: once, before it expires, for an account still enabled. */
  async use(token: string, password: string, address: string): Promise<SetupOutcome> {
    if (!looksLikeSetupToken(token)) return { outcome: 'unknown' };
    const row = await this.db
      .selectFrom('account_setup_links as l')
      .innerJoin('staff_accounts as a', 'a.id', 'l.account_id')
      .select([
        'l.token_hash',
        'l.account_id',
        'l.expires_at',
        'l.used_at',
        'l.replaced_at',
        'a.email',
        'a.disabled_at',
      ])
      .where('l.token_hash', '=', sha256(token))
      .executeTakeFirst();
    if (!row) return { outcome: 'unknown' };
    if (row.used_at || row.replaced_at) return { outcome: 'used' };
    const now = this.now();
    if (now.getTime() >= Date.parse(row.expires_at)) return { outcome: 'expired' };
    if (row.disabled_at) return { outcome: 'disabled' };
    const fault = passwordFault(password, row.email);
    if (fault) return { outcome: 'weak', problem: passwordFaultWords(fault), fault, email: row.email };
    const hash = await hashPassword(password, this.options.cost);
    const at = now.toISOString();
    const used = await this.db.transaction().execute(async (tx) => {
      // Conditional on still unused: two posts of one link cannot both set a password.
      const claimed = await tx
        .updateTable('account_setup_links')
        .set({ used_at: at })
        .where('token_hash', '=', row.token_hash)
        .where('used_at', 'is', null)
        .where('replaced_at', 'is', null)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) === 0) return false;
      await tx
        .updateTable('staff_accounts')
        .set({ password_hash: hash, updated_at: at })
        .where('id', '=', row.account_id)
        .execute();
      await tx
        .updateTable('staff_sessions')
        .set({ ended_at: at, end_reason: 'password changed' })
        .where('account_id', '=', row.account_id)
        .where('ended_at', 'is', null)
        .execute();
      return true;
    });
    if (!used) return { outcome: 'used' };
    await this.audit.record({ name: row.email, address }, 'account.password-set', row.email, { with: 'set-up link' });
    return { outcome: 'set', accountId: row.account_id, email: row.email };
  }
}
