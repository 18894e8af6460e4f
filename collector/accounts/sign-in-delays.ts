/**
 * Growing waits after wrong sign-ins, counted per account and per client address — never a lockout.
 *
 * A few free mistakes, then each further one doubles the wait before the next try may be checked. Per address the
 * wait grows to 15 minutes: one machine guessing gets a handful of tries an hour. Per account it stops at one
 * minute: guessers spread over many addresses still get only ~1,400 tries a day at one account (against a 12+
 * character password off the common list), while the real person, whoever else is guessing, waits at most a minute.
 * One address's mistakes never delay anyone at another address, except at the same account.
 *
 * Counted in the database (sign-in-failures.ts), not in memory: every collector process on one database sees the
 * same counts, so running several does not multiply a guesser's tries, and a restart forgets nothing. Records with
 * no mistake for six hours are removed by the next sign-in try after that, anyone's (looked for at most once a
 * minute per process).
 *
 * Not closed (as in memory before): tries sent together, before the first of them is answered, are all checked,
 * since a mistake is counted once its check is done. Closing it means counting a try before checking it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { SignInFailures, type FailureRecord, type FailureScope } from './sign-in-failures.js';

export interface DelayPolicy {
  /** Mistakes allowed before any wait. */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
  /** A record with no new mistake for this long is forgotten. */
  forgetAfterMs: number;
}

export const ADDRESS_POLICY: DelayPolicy = {
  freeFailures: 10,
  firstDelayMs: 1_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 6 * 3_600_000,
};

export const ACCOUNT_POLICY: DelayPolicy = {
  freeFailures: 5,
  firstDelayMs: 1_000,
  maxDelayMs: 60_000,
  forgetAfterMs: 6 * 3_600_000,
};

/** The wait after `count` mistakes under `policy`. */
export function delayAfter(count: number, policy: DelayPolicy): number {
  if (count < policy.freeFailures) return 0;
  const doublings = Math.min(count - policy.freeFailures, 30);
  return Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
}

/** What is left of the wait a record imposes at `nowMs`; a forgotten record imposes none. */
function waitMs(record: FailureRecord | undefined, policy: DelayPolicy, nowMs: number): number {
  if (!record || nowMs - record.lastMs > policy.forgetAfterMs) return 0;
  return Math.max(0, record.lastMs + delayAfter(record.count, policy) - nowMs);
}

/** How often this process looks for records to forget. */
const FORGET_EVERY_MS = 60_000;

export interface SignInDelayOptions {
  perAccount?: DelayPolicy;
  perAddress?: DelayPolicy;
  now?: () => number;
}

export class SignInDelays {
  private readonly failures: SignInFailures;
  private readonly policies: Record<FailureScope, DelayPolicy>;
  private readonly now: () => number;
  private lastForgetMs = -Infinity;

  constructor(db: Kysely<Database>, options: SignInDelayOptions = {}) {
    this.failures = new SignInFailures(db);
    this.policies = {
      account: options.perAccount ?? ACCOUNT_POLICY,
      address: options.perAddress ?? ADDRESS_POLICY,
    };
    this.now = options.now ?? Date.now;
  }

  /**
   * How long, in whole seconds, before a sign-in as `email` from `address` may be checked; 0: check it now. A try
   * made during a wait is answered without looking at the password and does not lengthen the wait.
   */
  async secondsToWait(email: string, address: string): Promise<number> {
    const now = this.now();
    await this.forgetOld(now);
    const records = await this.failures.read(accountKey(email), address);
    const wait = Math.max(
      waitMs(records.account, this.policies.account, now),
      waitMs(records.address, this.policies.address, now),
    );
    return Math.ceil(wait / 1000);
  }

  async failed(email: string, address: string): Promise<void> {
    const now = this.now();
    const { account, address: perAddress } = this.policies;
    await this.failures.add('account', accountKey(email), now, now - account.forgetAfterMs);
    await this.failures.add('address', address, now, now - perAddress.forgetAfterMs);
    await this.forgetOld(now);
  }

  /** A right password clears that account's count and that address's. */
  async succeeded(email: string, address: string): Promise<void> {
    await this.failures.clear('account', accountKey(email));
    await this.failures.clear('address', address);
  }

  /** Removes the records that no longer impose anything: they hold emails as typed and addresses. */
  private async forgetOld(now: number): Promise<void> {
    if (now - this.lastForgetMs < FORGET_EVERY_MS) return;
    this.lastForgetMs = now;
    await this.failures.forget('account', now - this.policies.account.forgetAfterMs);
    await this.failures.forget('address', now - this.policies.address.forgetAfterMs);
  }
}

/** An email as typed and as stored are one account: case and surrounding spaces do not matter. */
function accountKey(email: string): string {
  return email.trim().toLowerCase();
}
