/**
 * Signing in, as the room sees it (no HTTP here): the password step, then — for an account with a second factor —
 * the code step. Growing waits per account and per address come first (sign-in-delays.ts); a wrong email and a
 * wrong password get the same answer in the same time (a decoy hash), so the form never tells a guesser which
 * addresses have accounts. Every success and failure is written to the audit trail.
 */
import type { Kysely } from 'kysely';
import type { Database, Engine } from '../store/schema.js';
import { AuditTrail } from './audit.js';
import { normalizeEmail } from './email.js';
import { hasPassword } from './no-password.js';
import { decoyHash, needsRehash, verifyPassword, type ScryptCost } from './password-hash.js';
import { SecondFactor } from './second-factor.js';
import { StaffSessions, type SessionHolder } from './sessions.js';
import { SignInDelays } from './sign-in-delays.js';
import { StaffAccounts } from './staff-accounts.js';

export interface Client {
  address: string;
  userAgent?: string | undefined;
}

export type PasswordOutcome =
  | { outcome: 'wait'; seconds: number }
  | { outcome: 'wrong' }
  | { outcome: 'signed-in' | 'second-factor'; secret: string };

export type CodeOutcome = { outcome: 'wait'; seconds: number } | { outcome: 'wrong' } | { outcome: 'signed-in' };

export interface SignInOptions {
  delays?: SignInDelays;
  now?: () => Date;
  cost?: ScryptCost;
  idleLimitMs?: number;
  absoluteLimitMs?: number;
}

export class SignIn {
  readonly sessions: StaffSessions;
  readonly secondFactor: SecondFactor;
  readonly accounts: StaffAccounts;
  readonly audit: AuditTrail;
  private readonly delays: SignInDelays;

  constructor(db: Kysely<Database>, engine: Engine, options: SignInOptions = {}) {
    const now = options.now ?? (() => new Date());
    this.delays = options.delays ?? new SignInDelays(db, { now: () => now().getTime() });
    this.sessions = new StaffSessions(db, {
      now,
      ...(options.idleLimitMs ? { idleLimitMs: options.idleLimitMs } : {}),
      ...(options.absoluteLimitMs ? { absoluteLimitMs: options.absoluteLimitMs } : {}),
    });
    this.secondFactor = new SecondFactor(db, now);
    this.accounts = new StaffAccounts(db, engine, { now, ...(options.cost ? { cost: options.cost } : {}) });
    this.audit = new AuditTrail(db, now);
  }

  async withPassword(typedEmail: string, password: string, client: Client): Promise<PasswordOutcome> {
    const email = normalizeEmail(typedEmail).slice(0, 254);
    const actor = { name: email || '(no email)', address: client.address };
    const seconds = await this.delays.secondsToWait(email, client.address);
    if (seconds > 0) {
      await this.audit.record(actor, 'sign-in.refused', email, { reason: 'waiting after wrong tries', seconds });
      return { outcome: 'wait', seconds };
    }
    const account = await this.accounts.find(email);
    // An account waiting for its set-up link is checked against the decoy too: the same time as any wrong password.
    const usable = account && hasPassword(account.passwordHash) ? account.passwordHash : await decoyHash();
    const right = await verifyPassword(password.slice(0, 1024), usable);
    if (!account || !right || account.disabledAt) {
      await this.delays.failed(email, client.address);
      const reason = !account
        ? 'no such account'
        : !hasPassword(account.passwordHash)
          ? 'no password yet'
          : !right
            ? 'wrong password'
            : 'account disabled';
      await this.audit.record(actor, 'sign-in.failed', email, { reason });
      return { outcome: 'wrong' };
    }
    await this.delays.succeeded(email, client.address);
    if (needsRehash(account.passwordHash)) await this.accounts.rehash(account.id, password);
    const twoStep = await this.secondFactor.isOn(account.id);
    const { secret } = await this.sessions.start(account.id, twoStep ? 'second-factor' : 'signed-in', client);
    await this.audit.record(actor, twoStep ? 'sign-in.password-accepted' : 'sign-in.succeeded', email, {});
    return { outcome: twoStep ? 'second-factor' : 'signed-in', secret };
  }

  /** The code step of a session that passed the password step. */
  async withCode(holder: SessionHolder, code: string, client: Client): Promise<CodeOutcome> {
    const actor = { name: holder.email, address: client.address };
    const seconds = await this.delays.secondsToWait(holder.email, client.address);
    if (seconds > 0) return { outcome: 'wait', seconds };
    const check = await this.secondFactor.check(holder.accountId, code.slice(0, 40));
    if (check === 'wrong') {
      await this.delays.failed(holder.email, client.address);
      await this.audit.record(actor, 'sign-in.failed', holder.email, { reason: 'wrong second-factor code' });
      return { outcome: 'wrong' };
    }
    await this.delays.succeeded(holder.email, client.address);
    await this.sessions.completeSecondFactor(holder.sessionId);
    const detail = check === 'recovery-code' ? { with: 'recovery code' } : { with: 'authenticator app' };
    await this.audit.record(actor, 'sign-in.succeeded', holder.email, detail);
    return { outcome: 'signed-in' };
  }

  async signOut(holder: SessionHolder, client: Client): Promise<void> {
    await this.sessions.endById(holder.sessionId, 'signed-out');
    await this.audit.record({ name: holder.email, address: client.address }, 'signed-out', holder.email, {});
  }
}
