/**
 * Counting working days in a practice's own time zone, its public holidays left out (pure): what the complaint
 * clocks count in (issue 13, stage 2). A clock started on a day does not count that day; the deadline is the end of
 * the last working day, in the practice's zone — so "acknowledge within 3 working days" of a complaint made on a
 * Friday afternoon in London ends at midnight London time on the next Wednesday, whatever the server's zone.
 */

/** `YYYY-MM-DD` days the practice is closed besides weekends. */
export type Holidays = ReadonlySet<string>;

const days = new Map<string, Intl.DateTimeFormat>();

function dayClock(timeZone: string): Intl.DateTimeFormat {
  let clock = days.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    days.set(timeZone, clock);
  }
  return clock;
}

/** The calendar day of an instant in a zone: `2026-12-04`. */
export function localDay(instant: number, timeZone: string): string {
  return dayClock(timeZone).format(instant);
}

/** The next calendar day of a `YYYY-MM-DD` (calendar arithmetic, no zone involved). */
function nextDay(day: string): string {
  const t = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const isWeekend = (day: string) => {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
};

export const isWorkingDay = (day: string, holidays: Holidays): boolean => !isWeekend(day) && !holidays.has(day);

/** The working day `n` working days after `day` (`YYYY-MM-DD`); n = 0 is that day itself. */
export function addWorkingDays(day: string, n: number, holidays: Holidays): string {
  let d = day;
  for (let left = n; left > 0;) {
    d = nextDay(d);
    if (isWorkingDay(d, holidays)) left -= 1;
  }
  return d;
}

/** The day `n` working days after the day of `start` (in `timeZone`); n = 0 is that day itself. */
export function workingDaysAfter(start: number, n: number, timeZone: string, holidays: Holidays): string {
  return addWorkingDays(localDay(start, timeZone), n, holidays);
}

/** `YYYY-MM-DD` that names a day of the calendar (not 2026-02-30). */
export function isCalendarDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const t = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(t) && new Date(t).toISOString().slice(0, 10) === text;
}

/** The same day `months` calendar months later (the month's last day when it has no such day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

const walls = new Map<string, Intl.DateTimeFormat>();

/** A zone's wall clock, to the second (made once per zone: making one costs far more than using it). */
function wallClock(timeZone: string): Intl.DateTimeFormat {
  let clock = walls.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    walls.set(timeZone, clock);
  }
  return clock;
}

/**
 * The first instant after a local day ends in a zone (its next midnight there): a deadline "by the end of that day".
 * Found by stepping from UTC midnight by the zone's offset, so a day of 23 or 25 hours (clocks changing) is right.
 */
export function endOfDay(day: string, timeZone: string): number {
  const next = nextDay(day);
  const utcMidnight = Date.parse(`${next}T00:00:00Z`);
  // The zone's offset near that instant, read back from Intl: local wall time − UTC.
  const clock = wallClock(timeZone);
  const offsetAt = (t: number) => {
    const parts = clock.formatToParts(t);
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
    return wall - Math.floor(t / 1000) * 1000;
  };
  let guess = utcMidnight - offsetAt(utcMidnight);
  // A second pass settles a guess that crossed a change of offset.
  guess = utcMidnight - offsetAt(guess);
  return guess;
}

/** The deadline `n` working days after `start`: the end of that working day in the practice's zone. */
export function deadline(start: number, n: number, timeZone: string, holidays: Holidays): number {
  return endOfDay(workingDaysAfter(start, n, timeZone, holidays), timeZone);
}
