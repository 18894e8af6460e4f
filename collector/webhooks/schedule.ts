/**
 * When to try a message again (pure). The delays are the example retry schedule of the Standard Webhooks
 * specification ("Deliverability and reliability", spec/standard-webhooks.md in github.com/standard-webhooks/
 * standard-webhooks): immediately, then 5 seconds, 5 minutes, 30 minutes, 2, 5, 10, 14, 20 and 24 hours after each
 * failure — ten attempts over 75 h 35 min 5 s, so a weekend's outage loses nothing. The spec recommends "some level
 * of random jitter", so each delay is moved by up to ±`JITTER` of itself, and a receiver's `Retry-After` (which the
 * spec says to take into consideration) is honoured when it asks for longer, up to a day.
 */

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** The wait before attempts 2 to 10: after the 10th failure a message is failed. */
export const RETRY_DELAYS_MS: readonly number[] = [
  5 * SECOND,
  5 * MINUTE,
  30 * MINUTE,
  2 * HOUR,
  5 * HOUR,
  10 * HOUR,
  14 * HOUR,
  20 * HOUR,
  24 * HOUR,
];

/** Each delay is moved by up to this share of itself, either way. */
export const JITTER = 0.1;
const LONGEST_RETRY_AFTER_MS = 24 * HOUR;

/**
 * The wait before the next attempt after `attempts` failed ones, or undefined when that was the last. `random` is
 * in [0, 1) (Math.random); `retryAfterMs` is what the receiver asked for, if it did.
 */
export function nextDelay(
  attempts: number,
  schedule: readonly number[] = RETRY_DELAYS_MS,
  random: () => number = Math.random,
  retryAfterMs?: number,
): number | undefined {
  const base = schedule[attempts - 1];
  if (base === undefined) return undefined;
  const jittered = Math.round(base * (1 + JITTER * (2 * random() - 1)));
  const asked = retryAfterMs === undefined ? 0 : Math.min(Math.max(0, retryAfterMs), LONGEST_RETRY_AFTER_MS);
  return Math.max(jittered, asked);
}

/** A `Retry-After` header (seconds or an HTTP date) in milliseconds from `now`; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: Date): number | undefined {
  if (!header) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * SECOND;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
