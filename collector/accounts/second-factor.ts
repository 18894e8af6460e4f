/**
 * Turning the second factor on and off for one account, checking a code at sign-in, and the policy an admin can
 * set: "every admin needs a second factor". Turning it on takes two steps — a secret shown to the person's
 * authenticator app, then one right code from that app — so nobody is locked out by a secret that never reached a
 * phone. Recovery codes are made at that moment, shown once.
 */
import { readPolicies, writePolicy } from './staff-policy.js';
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { AuditTrail, type Actor } from './audit.js';
import { hashRecoveryCode, newRecoveryCodes } from './recovery-codes.js';
import { acceptTotp, newTotpSecret, totpUri } from './totp.js';

export const ADMINS_NEED_SECOND_FACTOR = 'admins-need-second-factor';

export type CodeCheck = 'right' | 'recovery-code' | 'wrong';

export class SecondFactor {
  private readonly audit: AuditTrail;
  private readonly now: () => Date;

  constructor(
    private readonly db: Kysely<Database>,
    now?: () => Date,
  ) {
    this.now = now ?? (() => new Date());
    this.audit = new AuditTrail(db, this.now);
  }

  async isOn(accountId: string): Promise<boolean> {
    const row = await this.db
      .selectFrom('staff_accounts')
      .select('totp_enabled_at')
      .where('id', '=', accountId)
      .executeTakeFirst();
    return !!row?.totp_enabled_at;
  }

  /** Step one: a new secret for the app (replacing any unconfirmed one); the second factor is not on yet. */
  async begin(accountId: string, email: string): Promise<{ secret: string; uri: string }> {
    const secret = newTotpSecret();
    await this.db
      .updateTable('staff_accounts')
      .set({ totp_secret: secret, totp_enabled_at: null, totp_last_step: null })
      .where('id', '=', accountId)
      .where('totp_enabled_at', 'is', null)
      .execute();
    return { secret, uri: totpUri(secret, email) };
  }

  /** Step two: a right code from the app turns it on; the answer holds the recovery codes, shown this once. */
  async confirm(actor: Actor, accountId: string, email: string, code: string): Promise<string[] | undefined> {
    const row = await this.db
      .selectFrom('staff_accounts')
      .select(['totp_secret', 'totp_enabled_at'])
      .where('id', '=', accountId)
      .executeTakeFirst();
    if (!row?.totp_secret || row.totp_enabled_at) return undefined;
    const step = acceptTotp(row.totp_secret, code, this.now().getTime());
    if (step === undefined) return undefined;
    const at = this.now().toISOString();
    const { codes, hashes } = newRecoveryCodes();
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('staff_accounts')
        .set({ totp_enabled_at: at, totp_last_step: step, updated_at: at })
        .where('id', '=', accountId)
        .execute();
      await trx.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
      await trx
        .insertInto('recovery_codes')
        .values(hashes.map((code_hash) => ({ code_hash, account_id: accountId, created_at: at, used_at: null })))
        .execute();
    });
    await this.audit.record(actor, 'second-factor.turned-on', email, {});
    return codes;
  }

  async turnOff(actor: Actor, accountId: string, email: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('staff_accounts')
        .set({ totp_secret: null, totp_enabled_at: null, totp_last_step: null, updated_at: this.now().toISOString() })
        .where('id', '=', accountId)
        .execute();
      await trx.deleteFrom('recovery_codes').where('account_id', '=', accountId).execute();
    });
    await this.audit.record(actor, 'second-factor.turned-off', email, {});
  }

  /**
   * A code at sign-in: the app's current code (each accepted once), or one of the recovery codes (each used once).
   * The step is stored with a condition on the old one, so two requests with one code cannot both pass.
   */
  async check(accountId: string, typed: string): Promise<CodeCheck> {
    const row = await this.db
      .selectFrom('staff_accounts')
      .select(['totp_secret', 'totp_enabled_at', 'totp_last_step'])
      .where('id', '=', accountId)
      .executeTakeFirst();
    if (!row?.totp_secret || !row.totp_enabled_at) return 'wrong';
    const last = row.totp_last_step === null ? -1 : Number(row.totp_last_step);
    const step = acceptTotp(row.totp_secret, typed, this.now().getTime(), last);
    if (step !== undefined) {
      let update = this.db.updateTable('staff_accounts').set({ totp_last_step: step }).where('id', '=', accountId);
      update =
        row.totp_last_step === null
          ? update.where('totp_last_step', 'is', null)
          : update.where('totp_last_step', '=', last);
      const result = await update.executeTakeFirst();
      return Number(result.numUpdatedRows) > 0 ? 'right' : 'wrong';
    }
    const hash = hashRecoveryCode(typed);
    if (!hash) return 'wrong';
    const used = await this.db
      .updateTable('recovery_codes')
      .set({ used_at: this.now().toISOString() })
      .where('code_hash', '=', hash)
      .where('account_id', '=', accountId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(used.numUpdatedRows) > 0 ? 'recovery-code' : 'wrong';
  }

  async recoveryCodesLeft(accountId: string): Promise<number> {
    const row = await this.db
      .selectFrom('recovery_codes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', accountId)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async adminsNeedIt(): Promise<boolean> {
    return (await readPolicies(this.db, [ADMINS_NEED_SECOND_FACTOR])).get(ADMINS_NEED_SECOND_FACTOR) === 'yes';
  }

  async setAdminsNeedIt(actor: Actor, required: boolean): Promise<void> {
    const value = required ? 'yes' : 'no';
    await writePolicy(this.db, ADMINS_NEED_SECOND_FACTOR, value, actor.name, this.now().toISOString());
    await this.audit.record(actor, 'setting.changed', ADMINS_NEED_SECOND_FACTOR, { value });
  }
}
