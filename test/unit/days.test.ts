/**
 * A zone's days from its offset (src/core/days.ts) agree with Intl's own reading of the date, instant by instant,
 * across clock changes, half-hour and 45-minute zones and the date line.
 */
import { describe, expect, it } from 'vitest';
import { addDays, localDay, zoneOffset } from '../../src/core/days.js';

const ZONES = [
  'Europe/London',
  'America/New_York',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'Australia/Lord_Howe',
  'UTC',
];

describe('days', () => {
  it('reads the same calendar day as Intl at every quarter-hour edge and between', () => {
    for (const timeZone of ZONES) {
      const intl = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
      // Every 28 minutes and 53 seconds through 2026: both sides of each change of clocks, and of each midnight.
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 1_733_000) {
        expect(localDay(t, timeZone), `${timeZone} ${new Date(t).toISOString()}`).toBe(intl.format(t));
      }
    }
  });

  it("gives a zone's offset in ms, and moves days by the calendar", () => {
    expect(zoneOffset(Date.UTC(2026, 6, 1), 'Europe/London')).toBe(3_600_000);
    expect(zoneOffset(Date.UTC(2026, 0, 1), 'Asia/Kathmandu')).toBe(5.75 * 3_600_000);
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });
});
