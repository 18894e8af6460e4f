/**
 * Which store failures are worth a retry. A busy, locked or full database, or a database server that cannot be
 * reached, gets better by itself: the device is told 503 + Retry-After and keeps the submission. Anything else is a
 * fault that a retry would only repeat, so it is an honest 500 without Retry-After.
 */

const SQLITE_PASSING = /^SQLITE_(BUSY|LOCKED|IOERR|FULL|CANTOPEN|PROTOCOL|READONLY)/;
/** PostgreSQL SQLSTATE classes: 08 connection, 53 resources, 57P operator intervention; 40001/40P01 retryable. */
const POSTGRES_PASSING = /^(08|53|57P|40001$|40P01$)/;
const NETWORK_PASSING = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND']);

export function isStorageUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return false;
  return SQLITE_PASSING.test(code) || POSTGRES_PASSING.test(code) || NETWORK_PASSING.has(code);
}
