/**
 * Calendar days and a zone's clock (pure, Intl only): the day an instant falls on in a time zone, days moved by the
 * calendar, and a zone's offset from UTC at an instant. Results count by a practice's days and weeks, cases' clocks
 * by its working days, spreadsheets write its wall-clock times — all from these.
 */

const DAY = 86_400_000;
const dayClocks = new Map<string, Intl.DateTimeFormat>();
const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** Made once per zone: making an Intl.DateTimeFormat costs far more than using one. */
function dayClock(timeZone: string): Intl.DateTimeFormat {
  let clock = dayClocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayClocks.set(timeZone, clock);
  }
  return clock;
}

function wallClock(timeZone: string): Intl.DateTimeFormat {
  let clock = wallClocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(timeZone, clock);
  }
  return clock;
}

/**
 * The calendar day of an instant (ms since 1970) in a zone: `2026-03-29` — its wall clock's date, from the zone's
 * offset then (cached per quarter of an hour, so a year of cases asks Intl a few thousand times, not once each).
 */
export function localDay(instant: number, timeZone: string): string {
  if (!Number.isFinite(instant)) return dayClock(timeZone).format(instant);
  return new Date(instant + zoneOffset(instant, timeZone)).toISOString().slice(0, 10);
}

/** `2026-03-29` moved by `n` calendar days (calendar arithmetic, no zone involved). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/**
 * A zone's offset from UTC at an instant, in ms (local wall time − UTC), to the second. A zone's offset changes only
 * on a quarter of an hour (every change of this century falls on one), so the offset of one quarter serves every
 * instant in it: 200,000 rows ask Intl a few thousand times. Emptied when full: memory stays flat.
 */
export function zoneOffset(instant: number, timeZone: string): number {
  const key = `${timeZone}\u0000${Math.floor(instant / QUARTER)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const parts = wallClock(timeZone).formatToParts(instant);
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
    offset = wall - (instant - (((instant % 1000) + 1000) % 1000));
    if (offsets.size >= MAX_OFFSETS) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

const offsets = new Map<string, number>();
const QUARTER = 15 * 60_000;
const MAX_OFFSETS = 10_000;
