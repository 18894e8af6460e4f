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

const days = new Map<string, Intl.DateTimeFormat>();

function dayClockFor(lang: StaffLanguage, timeZone: string | undefined, withTime: boolean): Intl.DateTimeFormat {
  const key = `${lang} ${timeZone ?? ''} ${withTime ? 'time' : 'day'}`;
  let clock = days.get(key);
  if (!clock) {
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } : {}),
    };
    try {
      clock = new Intl.DateTimeFormat(lang, timeZone ? { ...options, timeZone } : options);
    } catch {
      clock = new Intl.DateTimeFormat(lang, options);
    }
    days.set(key, clock);
  }
  return clock;
}

/**
 * A deadline in words, in the practice's zone: "Tue, 8 Dec 2026, 23:59 GMT". The API gives the end of the last
 * working day as the instant that day ends (its next midnight, or the last millisecond before it): a millisecond
 * earlier is read, so it is worded on the day it belongs to and never as "00:00" of the next.
 */
export function staffDeadline(iso: string, lang: StaffLanguage, timeZone?: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : dayClockFor(lang, timeZone, true).format(time - 1);
}

/** A calendar day of the API (`YYYY-MM-DD`, already in the practice's zone) in words: "Tue, 8 Dec 2026". */
export function staffDay(day: string, lang: StaffLanguage): string {
  const time = Date.parse(`${day}T12:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && !Number.isNaN(time) ? dayClockFor(lang, 'UTC', false).format(time) : day;
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in a zone: the day a submission arrived, as its practice counts. */
export function dayIn(iso: string, timeZone?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
  try {
    return new Intl.DateTimeFormat('en-CA', timeZone ? { ...options, timeZone } : options).format(time);
  } catch {
    return new Intl.DateTimeFormat('en-CA', options).format(time);
  }
}
