/**
 * Tunable timings of delivery. Production uses the defaults; tests and the bench shorten them through
 * `configureDelivery` instead of sleeping for minutes.
 */

export interface DeliveryConfig {
  /** First retry waits up to this long (full jitter), doubling per attempt. */
  baseDelayMs: number;
  /** Cap of the exponential backoff. */
  maxDelayMs: number;
  /** A server's Retry-After is honoured up to this long. */
  maxRetryAfterMs: number;
  /** One POST is abandoned (and retried later) after this long. */
  timeoutMs: number;
  /** Items waiting longer than this are counted as `old` — never deleted. */
  retentionMs: number;
  /** Sends in flight at once during a flush (HTTP/1.1 allows 6 per host; stay below). */
  concurrency: number;
  /** IndexedDB database name; tests use one per test so they never share an outbox (or its lock). */
  dbName: string;
}

export const DEFAULT_DB_NAME = 'patient-feedback-delivery';

const DEFAULTS: DeliveryConfig = {
  baseDelayMs: 2_000,
  maxDelayMs: 600_000,
  maxRetryAfterMs: 3_600_000,
  timeoutMs: 15_000,
  retentionMs: 7 * 86_400_000,
  concurrency: 4,
  dbName: DEFAULT_DB_NAME,
};

let current = DEFAULTS;

export const deliveryConfig = (): Readonly<DeliveryConfig> => current;

/**
 * Changes timings (and, for tests, the database: the open connection follows the name, see outbox-db.ts).
 * Omitted fields keep their value; `reset` restores the defaults first.
 */
export function configureDelivery(changes: Partial<DeliveryConfig>, reset = false): void {
  current = { ...(reset ? DEFAULTS : current), ...changes };
}
