/**
 * The audit trail's filters as a request names them (src/core/audit-api.ts) turned into what the trail is asked:
 * dates read as whole days in the reader's time zone (`from` its first moment, `to` up to the next day's), a wrong
 * filter refused naming it, so the console can put its message beside the field.
 */
import { addDays, zoneOffset } from '../../src/core/days.js';
import type { AuditQuery as Wanted } from '../../src/core/audit-api.js';
import type { AuditQuery } from './audit.js';

export class AuditFilterError extends Error {
  constructor(
    readonly path: keyof Wanted,
    message: string,
  ) {
    super(message);
    this.name = 'AuditFilterError';
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function knownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The instant a calendar day starts in a zone (its wall clock's midnight). */
export function dayStart(day: string, timeZone: string): string {
  const midnightUtc = Date.parse(`${day}T00:00:00Z`);
  const guess = midnightUtc - zoneOffset(midnightUtc, timeZone);
  return new Date(midnightUtc - zoneOffset(guess, timeZone)).toISOString();
}

function dayOf(value: string | undefined, path: 'from' | 'to'): string | undefined {
  if (!value) return undefined;
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new AuditFilterError(path, `${path} must be a date written YYYY-MM-DD.`);
  }
  return value;
}

/** `computerZone`: the zone dates are read in when the request names none. */
export function auditFilterOf(wanted: Wanted, computerZone: string): AuditQuery {
  const tz = wanted.tz || computerZone;
  if (!knownZone(tz)) throw new AuditFilterError('tz', 'tz must be a time zone such as Europe/London.');
  const from = dayOf(wanted.from, 'from');
  const to = dayOf(wanted.to, 'to');
  if (from && to && from > to) throw new AuditFilterError('to', 'to must not be before from.');
  if (wanted.before !== undefined && wanted.after !== undefined) {
    throw new AuditFilterError('after', 'Ask for entries before one entry or after one, not both.');
  }
  const who = wanted.who?.trim();
  const action = wanted.action?.trim();
  return {
    ...(wanted.before !== undefined ? { before: wanted.before } : {}),
    ...(wanted.after !== undefined ? { after: wanted.after } : {}),
    ...(who ? { who } : {}),
    ...(action ? { action } : {}),
    ...(from ? { since: dayStart(from, tz) } : {}),
    ...(to ? { until: dayStart(addDays(to, 1), tz) } : {}),
  };
}
