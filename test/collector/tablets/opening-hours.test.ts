/**
 * A practice's opening hours (collector/tablets/opening-hours.ts): what an admin may send, and whether the practice
 * is open at an instant on its own wall clock — across time zones and a change to summer time.
 */
import { describe, expect, it } from 'vitest';
import { checkOpeningHours, isOpen, storedOpeningHours } from '../../../collector/tablets/opening-hours.js';
import { DEFAULT_OPENING_HOURS } from '../../../src/core/tablets-api.js';

describe('opening hours', () => {
  it('takes days of periods and refuses a wrong one by its path', () => {
    expect(
      checkOpeningHours({
        mon: [
          ['08:00', '12:00'],
          ['13:00', '18:00'],
        ],
        sun: [],
      }),
    ).toEqual({
      mon: [
        ['08:00', '12:00'],
        ['13:00', '18:00'],
      ],
    });
    const refused = (input: unknown) => {
      try {
        checkOpeningHours(input);
      } catch (error) {
        return (error as { path: string }).path;
      }
      return 'accepted';
    };
    expect(refused([])).toBe('openingHours');
    expect(refused({ monday: [] })).toBe('openingHours.monday');
    expect(refused({ tue: [['8:00', '18:00']] })).toBe('openingHours.tue[0][0]');
    expect(refused({ tue: [['18:00', '08:00']] })).toBe('openingHours.tue[0][1]');
    expect(
      refused({
        tue: [
          ['08:00', '12:00'],
          ['11:00', '18:00'],
        ],
      }),
    ).toBe('openingHours.tue[1][0]');
    expect(refused({ tue: [['08:00']] })).toBe('openingHours.tue[0]');
  });

  it('falls back to Monday to Friday 08:00–18:00 when none (or a damaged value) is stored', () => {
    expect(storedOpeningHours(null)).toEqual(DEFAULT_OPENING_HOURS);
    expect(storedOpeningHours('{not json')).toEqual(DEFAULT_OPENING_HOURS);
    expect(storedOpeningHours('{"sat":[["09:00","12:00"]]}')).toEqual({ sat: [['09:00', '12:00']] });
  });

  it('is open on the practice’s wall clock, the closing minute excluded', () => {
    const hours = DEFAULT_OPENING_HOURS;
    // Monday 7 December 2026: London is on UTC; New York five hours behind.
    expect(isOpen(hours, 'Europe/London', Date.parse('2026-12-07T07:59:00Z'))).toBe(false);
    expect(isOpen(hours, 'Europe/London', Date.parse('2026-12-07T08:00:00Z'))).toBe(true);
    expect(isOpen(hours, 'Europe/London', Date.parse('2026-12-07T17:59:00Z'))).toBe(true);
    expect(isOpen(hours, 'Europe/London', Date.parse('2026-12-07T18:00:00Z'))).toBe(false);
    expect(isOpen(hours, 'America/New_York', Date.parse('2026-12-07T09:00:00Z'))).toBe(false);
    expect(isOpen(hours, 'America/New_York', Date.parse('2026-12-07T13:00:00Z'))).toBe(true);
    // Saturday: closed all day by default.
    expect(isOpen(hours, 'Europe/London', Date.parse('2026-12-05T10:00:00Z'))).toBe(false);
    // Summer time: 08:30 in London on a June Monday is 07:30 UTC.
    expect(isOpen(hours, 'Europe/London', Date.parse('2026-06-01T07:30:00Z'))).toBe(true);
  });
});
