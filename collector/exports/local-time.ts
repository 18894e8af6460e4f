/**
 * Excel has no time zones: a date cell is a count of days and shows the same clock time on every computer. So the
 * spreadsheet writes each moment as the practice's own clock read it — 10:15 UTC is 05:15 in New York — and the
 * column's header names the zone. exceljs counts a Date's days by its UTC fields, so the practice's clock time is
 * handed over as a Date whose UTC fields are that time.
 */
import { zoneOffset } from '../../src/core/days.js';

/** `iso` as `timeZone`'s clock read it, for an Excel date cell; undefined when it is not a time. */
export function practiceClock(iso: unknown, timeZone: string): Date | undefined {
  const time = typeof iso === 'string' ? Date.parse(iso) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time + zoneOffset(time, timeZone));
}

/** This computer's zone: the one an export's `from` and `to` read for a practice whose zone is not known. */
export const computerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
