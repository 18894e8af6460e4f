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
  /** IndexedDB database name; tests use one per test so they never share an outbox. */
  dbName: string;
}

export const DEFAULT_DB_NAME = 'patient-feedback-delivery';

const DEFAULTS: DeliveryConfig = {
  baseDelayMs: 2_000,
  maxDelayMs: 10 * 60_000,
  maxRetryAfterMs: 60 * 60_000,
  timeoutMs: 15_000,
  retentionMs: 7 * 24 * 60 * 60_000,
  concurrency: 4,
  dbName: DEFAULT_DB_NAME,
};

let current: DeliveryConfig = { ...DEFAULTS };
const dbNameListeners = new Set<() => void>();

export function deliveryConfig(): Readonly<DeliveryConfig> {
  return current;
}

/** Changes timings (and, for tests, the database). Omitted fields keep their value; `reset` restores defaults first. */
export function configureDelivery(changes: Partial<DeliveryConfig>, reset = false): void {
  const before = current.dbName;
  current = { ...(reset ? DEFAULTS : current), ...changes };
  if (current.dbName !== before) for (const listener of dbNameListeners) listener();
}

/** The open database connection is dropped when the database name changes. */
export function onDbNameChange(listener: () => void): void {
  dbNameListeners.add(listener);
}

/**
 * Every tab, iframe and the kiosk's service worker that shares an outbox shares this lock, so one sends at a time.
 * The default outbox keeps the plain name `pf-outbox` (the kiosk's service worker uses it too).
 */
export function lockName(): string {
  return current.dbName === DEFAULT_DB_NAME ? 'pf-outbox' : `pf-outbox:${current.dbName}`;
}
