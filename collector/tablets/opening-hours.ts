/**
 * A practice's opening hours (pure): checking what an admin sends, and whether the practice is open at an instant
 * in its own time zone (src/core/days.ts gives the zone's wall clock). Tablet health uses them: a tablet silent while
 * the practice is closed is switched off for the night, not broken.
 */
import { zoneOffset } from '../../src/core/days.js';
import { DEFAULT_OPENING_HOURS, WEEK_DAYS, type OpeningHours, type WeekDay } from '../../src/core/tablets-api.js';

export class OpeningHoursError extends Error {
  constructor(
    message: string,
    /** The wrong field (`openingHours.mon[0][1]`). */
    readonly path: string,
  ) {
    super(message);
    this.name = 'OpeningHoursError';
  }
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** The opening hours an admin sent, checked; throws an OpeningHoursError naming the wrong field. */
export function checkOpeningHours(input: unknown, path = 'openingHours'): OpeningHours {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new OpeningHoursError('Opening hours are an object of days: { "mon": [["08:00", "18:00"]], … }.', path);
  }
  const hours: OpeningHours = {};
  for (const [day, periods] of Object.entries(input)) {
    if (!(WEEK_DAYS as readonly string[]).includes(day)) {
      throw new OpeningHoursError(`"${day}" is not a day: use ${WEEK_DAYS.join(', ')}.`, `${path}.${day}`);
    }
    if (!Array.isArray(periods) || periods.length > 6) {
      throw new OpeningHoursError(
        'A day is a list of up to 6 periods, such as [["08:00", "12:30"]].',
        `${path}.${day}`,
      );
    }
    let previousEnd = -1;
    const checked: [string, string][] = [];
    periods.forEach((period: unknown, i) => {
      const at = `${path}.${day}[${i}]`;
      if (!Array.isArray(period) || period.length !== 2) {
        throw new OpeningHoursError('A period is an opening and a closing time: ["08:00", "18:00"].', at);
      }
      const [opens, closes] = period as unknown[];
      for (const [j, time] of [opens, closes].entries()) {
        if (typeof time !== 'string' || !TIME.test(time)) {
          throw new OpeningHoursError(
            'Write a time as HH:MM on a 24-hour clock, such as 08:00 or 18:30.',
            `${at}[${j}]`,
          );
        }
      }
      const start = minutesOf(opens as string);
      const end = minutesOf(closes as string);
      if (end <= start) throw new OpeningHoursError('The closing time must be after the opening time.', `${at}[1]`);
      if (start < previousEnd) {
        throw new OpeningHoursError("A day's periods must be in order and must not overlap.", `${at}[0]`);
      }
      previousEnd = end;
      checked.push([opens as string, closes as string]);
    });
    if (checked.length) hours[day as WeekDay] = checked;
  }
  return hours;
}

/** The stored JSON, or the default hours when none were set (or the stored value is damaged). */
export function storedOpeningHours(json: string | null): OpeningHours {
  if (json === null) return DEFAULT_OPENING_HOURS;
  try {
    return checkOpeningHours(JSON.parse(json));
  } catch {
    return DEFAULT_OPENING_HOURS;
  }
}

/** Whether the practice is open at `instant` (ms), on its wall clock in `timeZone`; a closing time is exclusive. */
export function isOpen(hours: OpeningHours, timeZone: string, instant: number): boolean {
  const wall = new Date(instant + zoneOffset(instant, timeZone));
  // getUTCDay: 0 is Sunday; WEEK_DAYS starts on Monday.
  const day = WEEK_DAYS[(wall.getUTCDay() + 6) % 7]!;
  const minute = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  return (hours[day] ?? []).some(([opens, closes]) => minute >= minutesOf(opens) && minute < minutesOf(closes));
}
