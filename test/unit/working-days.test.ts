/**
 * Working days in a practice's time zone (collector/cases/working-days.ts), checked against days written out by hand
 * and against Intl for the instants where it matters: weekends, a bank holiday, an evening that is already the next
 * day in the practice's zone, and the nights the clocks change.
 */
import { describe, expect, it } from 'vitest';
import { deadline, endOfDay, localDay, workingDaysAfter } from '../../collector/cases/working-days.js';

const none = new Set<string>();
const at = (iso: string) => Date.parse(iso);

describe('working days', () => {
  it('skips weekends and the practice’s holidays, not counting the day it starts', () => {
    // Friday 2026-12-04 afternoon in London: 3 working days → Wednesday 2026-12-09.
    expect(workingDaysAfter(at('2026-12-04T15:00:00Z'), 3, 'Europe/London', none)).toBe('2026-12-09');
    // Christmas: 2026-12-24 (Thu) + 2, the 25th (Fri) and 28th (Mon, the Boxing Day holiday) closed → Tue 29th, Wed 30th.
    const christmas = new Set(['2026-12-25', '2026-12-28']);
    expect(workingDaysAfter(at('2026-12-24T10:00:00Z'), 2, 'Europe/London', christmas)).toBe('2026-12-30');
    expect(workingDaysAfter(at('2026-12-24T10:00:00Z'), 0, 'Europe/London', christmas)).toBe('2026-12-24');
  });

  it('reads the day in the practice’s zone, not the server’s', () => {
    // 23:30 UTC on Friday is already Saturday in Tokyo: the clock starts from Saturday there.
    const late = at('2026-12-04T23:30:00Z');
    expect(localDay(late, 'Asia/Tokyo')).toBe('2026-12-05');
    expect(workingDaysAfter(late, 1, 'Asia/Tokyo', none)).toBe('2026-12-07');
    expect(workingDaysAfter(late, 1, 'America/New_York', none)).toBe('2026-12-07');
    expect(workingDaysAfter(at('2026-12-03T23:30:00Z'), 1, 'America/New_York', none)).toBe('2026-12-04');
  });

  it('ends a day at the practice’s own midnight, also on the nights the clocks change', () => {
    expect(new Date(endOfDay('2026-12-09', 'Europe/London')).toISOString()).toBe('2026-12-10T00:00:00.000Z');
    expect(new Date(endOfDay('2026-07-09', 'Europe/London')).toISOString()).toBe('2026-07-09T23:00:00.000Z');
    expect(new Date(endOfDay('2026-12-09', 'Asia/Tokyo')).toISOString()).toBe('2026-12-09T15:00:00.000Z');
    // London springs forward on 2026-03-29 and falls back on 2026-10-25.
    expect(new Date(endOfDay('2026-03-28', 'Europe/London')).toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(new Date(endOfDay('2026-03-29', 'Europe/London')).toISOString()).toBe('2026-03-29T23:00:00.000Z');
    expect(new Date(endOfDay('2026-10-24', 'Europe/London')).toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(new Date(endOfDay('2026-10-25', 'Europe/London')).toISOString()).toBe('2026-10-26T00:00:00.000Z');
    // Every day of a year in a few zones: the instant is a midnight there, and a millisecond before is the same day.
    for (const zone of ['Europe/London', 'America/New_York', 'Australia/Adelaide', 'Asia/Kolkata', 'Pacific/Chatham']) {
      for (let t = at('2026-01-01T12:00:00Z'); t < at('2027-01-01T00:00:00Z'); t += 86_400_000) {
        const day = localDay(t, zone);
        const end = endOfDay(day, zone);
        expect(localDay(end - 1, zone), `${zone} ${day}`).toBe(day);
        expect(localDay(end, zone), `${zone} ${day}`).not.toBe(day);
      }
    }
  });

  it('gives a deadline as the end of the last working day', () => {
    const due = deadline(at('2026-12-04T15:00:00Z'), 3, 'Europe/London', none);
    expect(new Date(due).toISOString()).toBe('2026-12-10T00:00:00.000Z');
  });
});
