/**
 * When to try again: capped exponential backoff with full jitter (so a practice's tablets and tabs that lost the
 * network together do not all come back at the same instant), and the endpoint's Retry-After honoured.
 */
import { deliveryConfig } from './config.js';

/** Delay before the next attempt after `attempts` failed ones (1 = the first failure). */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const { baseDelayMs, maxDelayMs } = deliveryConfig();
  const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1));
  return Math.floor(random() * ceiling);
}

/** Retry-After in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. Capped by config. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  let ms: number;
  if (/^\d+$/.test(trimmed)) ms = Number(trimmed) * 1000;
  else {
    const at = Date.parse(trimmed);
    if (Number.isNaN(at)) return undefined;
    ms = Math.max(0, at - now);
  }
  return Math.min(ms, deliveryConfig().maxRetryAfterMs);
}

/** The next attempt time: never before Retry-After, never later than the backoff cap unless Retry-After says so. */
export function nextAttemptAt(attempts: number, retryAfterMs: number | undefined, now = Date.now()): number {
  return now + Math.max(backoffDelay(attempts), retryAfterMs ?? 0);
}
