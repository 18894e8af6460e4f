/**
 * Times as staff read them, in the practice's own time zone (a group may span zones; the computer's zone is not the
 * practice's): "22 Nov 2026, 10:15 GMT". Formatters are kept per language and zone: a page of 50 rows makes one.
 */
import type { StaffLanguage } from '../../src/core/staff-api.js';

const clocks = new Map<string, Intl.DateTimeFormat>();

function clockFor(lang: StaffLanguage, timeZone: string | undefined): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone ?? ''}`;
  let clock = clocks.get(key);
  if (!clock) {
    const options: Intl.DateTimeFormatOptions = {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    };
    try {
      clock = new Intl.DateTimeFormat(lang, timeZone ? { ...options, timeZone } : options);
    } catch {
      // A zone this browser does not know: the computer's own, still with its name, so nobody is misled.
      clock = new Intl.DateTimeFormat(lang, options);
    }
    clocks.set(key, clock);
  }
  return clock;
}

/** A time of the API (ISO 8601) in words; text that is not a time is shown as it came. */
export function staffTime(iso: string, lang: StaffLanguage, timeZone?: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : clockFor(lang, timeZone).format(date);
}
