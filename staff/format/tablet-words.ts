/**
 * A tablet's health in words (pure): its status as a word and a shape (so it is never told by colour alone), why it
 * is not green, when it was last seen ("3 minutes ago", in the console's language), its battery, and a practice's
 * opening hours as staff type them (`08:00-12:30, 13:30-18:00`).
 */
import type { StaffLanguage } from '../../src/core/staff-api.js';
import type { OpeningHours, Tablet, TabletConcern, TabletStatus, WeekDay } from '../../src/core/tablets-api.js';
import type { StaffStrings } from '../i18n/index.js';

const STATUS: Record<TabletStatus, { words: keyof StaffStrings; shape: string }> = {
  green: { words: 'statusGreen', shape: '●' },
  amber: { words: 'statusAmber', shape: '▲' },
  red: { words: 'statusRed', shape: '■' },
  retired: { words: 'statusRetired', shape: '–' },
};

const CONCERNS: Record<TabletConcern, keyof StaffStrings> = {
  'never-reported': 'concernNeverReported',
  silent: 'concernSilent',
  undeliverable: 'concernUndeliverable',
  waiting: 'concernWaiting',
  'storage-not-kept': 'concernStorageNotKept',
  'battery-low': 'concernBatteryLow',
};

export function statusWords(status: TabletStatus, t: StaffStrings): { words: string; shape: string } {
  return { words: t[STATUS[status].words], shape: STATUS[status].shape };
}

export function concernWords(concerns: readonly TabletConcern[], t: StaffStrings): string {
  return concerns.map((c) => t[CONCERNS[c]]).join('; ');
}

/** "3 minutes ago", "2 hours ago", "yesterday": how long before `now` an ISO time was, rounded down. */
export function agoWords(iso: string, now: string, lang: StaffLanguage): string {
  const seconds = Math.max(0, (Date.parse(now) - Date.parse(iso)) / 1000);
  const words = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  if (seconds < 60) return words.format(-Math.floor(seconds), 'second');
  if (seconds < 3600) return words.format(-Math.floor(seconds / 60), 'minute');
  if (seconds < 86_400) return words.format(-Math.floor(seconds / 3600), 'hour');
  return words.format(-Math.floor(seconds / 86_400), 'day');
}

export function batteryWords(tablet: Tablet, t: StaffStrings, lang: StaffLanguage): string {
  if (tablet.batteryLevel === null) return t.batteryUnknown;
  const level = new Intl.NumberFormat(lang, { style: 'percent' }).format(tablet.batteryLevel);
  return tablet.batteryCharging ? t.batteryCharging.replace('{0}', level) : level;
}

/** A day's periods as staff type them; empty: closed. */
export function periodsText(periods: readonly [string, string][] | undefined): string {
  return (periods ?? []).map(([opens, closes]) => `${opens}-${closes}`).join(', ');
}

/** What staff typed for a day, as periods; undefined when it is not `HH:MM-HH:MM[, …]` (the collector checks more). */
export function periodsFrom(text: string): [string, string][] | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const periods: [string, string][] = [];
  for (const part of trimmed.split(',')) {
    const match = /^\s*(\d{1,2}):(\d{2})\s*[-–]\s*(\d{1,2}):(\d{2})\s*$/.exec(part);
    if (!match) return undefined;
    const [, h1, m1, h2, m2] = match;
    periods.push([`${h1!.padStart(2, '0')}:${m1!}`, `${h2!.padStart(2, '0')}:${m2!}`]);
  }
  return periods;
}

/** Each day's name in the console's language, Monday first (1 January 2024 was a Monday). */
export function dayNames(lang: StaffLanguage): Record<WeekDay, string> {
  const name = new Intl.DateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  const days = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
  const names = days.map((_, i) => name.format(Date.UTC(2024, 0, 1 + i)));
  return Object.fromEntries(days.map((d, i) => [d, names[i]!.replace(/^./, (c) => c.toUpperCase())])) as Record<
    WeekDay,
    string
  >;
}

export type { OpeningHours };
