/**
 * Excel has no time zones: a date cell is a count of days and shows the same clock time on every computer. So the
 * spreadsheet writes each moment as the practice's own clock read it — 10:15 UTC is 05:15 in New York — and the
 * column's header names the zone. exceljs counts a Date's days by its UTC fields, so the practice's clock time is
 * handed over as a Date whose UTC fields are that time.
 */

const clocks = new Map<string, Intl.DateTimeFormat>();

function clock(timeZone: string): Intl.DateTimeFormat {
  let found = clocks.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    clocks.set(timeZone, found);
  }
  return found;
}

/**
 * A zone's offset changes only on a quarter of an hour (every change of this century falls on one), so the offset of
 * one quarter serves every row in it: a hundred thousand rows ask Intl a few thousand times, not 200,000 times.
 * Emptied when full: memory stays flat however many quarters an export spans.
 */
const offsets = new Map<string, number>();
const QUARTER = 15 * 60_000;
const MAX_OFFSETS = 10_000;

function offsetAt(time: number, timeZone: string): number {
  const key = `${timeZone}\u0000${Math.floor(time / QUARTER)}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    const parts = clock(timeZone).formatToParts(time);
    const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
    offset = wall - (time - (((time % 1000) + 1000) % 1000));
    if (offsets.size >= MAX_OFFSETS) offsets.clear();
    offsets.set(key, offset);
  }
  return offset;
}

/** `iso` as `timeZone`'s clock read it, for an Excel date cell; undefined when it is not a time. */
export function practiceClock(iso: unknown, timeZone: string): Date | undefined {
  const time = typeof iso === 'string' ? Date.parse(iso) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time + offsetAt(time, timeZone));
}

/** This computer's zone: the one an export's `from` and `to` read for a practice whose zone is not known. */
export const computerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
