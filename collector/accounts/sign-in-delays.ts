/**
 * Growing waits after wrong sign-ins, counted per account and per client address — never a lockout.
 *
 * A few free mistakes, then each further one doubles the wait before the next try may be checked. Per address the
 * wait grows to 15 minutes: one machine guessing gets a handful of tries an hour. Per account it stops at one
 * minute: guessers spread over many addresses still get only ~1,400 tries a day at one account (against a 12+
 * character password off the common list), while the real person, whoever else is guessing, waits at most a minute.
 * One address's mistakes never delay anyone at another address, except at the same account.
 *
 * Kept in memory (a restart forgets) and bounded: the oldest records go first when there are too many.
 */
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

interface Failures {
  count: number;
  lastMs: number;
}

/** The wait after `count` mistakes under `policy`. */
export function delayAfter(count: number, policy: DelayPolicy): number {
  if (count < policy.freeFailures) return 0;
  const doublings = Math.min(count - policy.freeFailures, 30);
  return Math.min(policy.firstDelayMs * 2 ** doublings, policy.maxDelayMs);
}

class FailureCounts {
  private readonly records = new Map<string, Failures>();

  constructor(
    private readonly policy: DelayPolicy,
    private readonly maxRecords: number,
  ) {}

  private current(key: string, nowMs: number): Failures | undefined {
    const record = this.records.get(key);
    if (record && nowMs - record.lastMs > this.policy.forgetAfterMs) {
      this.records.delete(key);
      return undefined;
    }
    return record;
  }

  waitMs(key: string, nowMs: number): number {
    const record = this.current(key, nowMs);
    if (!record) return 0;
    return Math.max(0, record.lastMs + delayAfter(record.count, this.policy) - nowMs);
  }

  add(key: string, nowMs: number): void {
    const count = (this.current(key, nowMs)?.count ?? 0) + 1;
    // Re-inserting moves the key to the end, so the first keys are always the oldest.
    this.records.delete(key);
    this.records.set(key, { count, lastMs: nowMs });
    while (this.records.size > this.maxRecords) {
      const oldest = this.records.keys().next().value;
      if (oldest === undefined) break;
      this.records.delete(oldest);
    }
  }

  clear(key: string): void {
    this.records.delete(key);
  }
}

export interface SignInDelayOptions {
  perAccount?: DelayPolicy;
  perAddress?: DelayPolicy;
  maxRecords?: number;
  now?: () => number;
}

export class SignInDelays {
  private readonly accounts: FailureCounts;
  private readonly addresses: FailureCounts;
  private readonly now: () => number;

  constructor(options: SignInDelayOptions = {}) {
    const maxRecords = options.maxRecords ?? 100_000;
    this.accounts = new FailureCounts(options.perAccount ?? ACCOUNT_POLICY, maxRecords);
    this.addresses = new FailureCounts(options.perAddress ?? ADDRESS_POLICY, maxRecords);
    this.now = options.now ?? Date.now;
  }

  /**
   * How long, in whole seconds, before a sign-in as `email` from `address` may be checked; 0: check it now. A try
   * made during a wait is answered without looking at the password and does not lengthen the wait.
   */
  secondsToWait(email: string, address: string): number {
    const now = this.now();
    const waitMs = Math.max(this.accounts.waitMs(accountKey(email), now), this.addresses.waitMs(address, now));
    return Math.ceil(waitMs / 1000);
  }

  failed(email: string, address: string): void {
    const now = this.now();
    this.accounts.add(accountKey(email), now);
    this.addresses.add(address, now);
  }

  /** A right password clears that account's count and that address's. */
  succeeded(email: string, address: string): void {
    this.accounts.clear(accountKey(email));
    this.addresses.clear(address);
  }
}

/** An email as typed and as stored are one account: case and surrounding spaces do not matter. */
function accountKey(email: string): string {
  return email.trim().toLowerCase();
}
