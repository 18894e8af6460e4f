/**
 * When to try again: capped exponential backoff with full jitter (so a practice's tablets and tabs that lost the
 * network together do not all come back at the same instant), and the endpoint's Retry-After honoured.
 */
import { deliveryConfig } from './config.js';

/** Delay before the next attempt after `attempts` failed ones (1 = the first failure). */
export function backoffDelay(attempts: number, random = Math.random): number {
  const { baseDelayMs, maxDelayMs } = deliveryConfig();
  return Math.floor(random() * Math.min(maxDelayMs, baseDelayMs * 2 ** Math.max(0, attempts - 1)));
}

/** Retry-After in ms: delta-seconds or an HTTP date; undefined when absent or unreadable. Capped by config. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const ms = /^\s*\d+\s*$/.test(value) ? Number(value) * 1000 : Date.parse(value) - now;
  return Number.isNaN(ms) ? undefined : Math.min(Math.max(0, ms), deliveryConfig().maxRetryAfterMs);
}

/** The next attempt time: never before Retry-After, never later than the backoff cap unless Retry-After says so. */
export function nextAttemptAt(attempts: number, retryAfterMs: number | undefined, now = Date.now()): number {
  return now + Math.max(backoffDelay(attempts), retryAfterMs ?? 0);
}
