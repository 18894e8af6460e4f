/**
 * Times as staff read them: `2026-11-22 10:15 GMT`, in a practice's time zone when one is given (a submission, in its
 * practice's), else in this computer's clock (TZ). One definition for the inbox, the sessions page and the audit trail.
 */
const options: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
  timeZoneName: 'short',
};
const toMinute = new Intl.DateTimeFormat('en-CA', options);
const toSecond = new Intl.DateTimeFormat('en-CA', { ...options, second: '2-digit' });
const zoned = new Map<string, Intl.DateTimeFormat>();

function minuteIn(timeZone: string | undefined): Intl.DateTimeFormat {
  if (!timeZone) return toMinute;
  let clock = zoned.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-CA', { ...options, timeZone });
    zoned.set(timeZone, clock);
  }
  return clock;
}

function format(clock: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : clock.format(date).replace(',', '');
}

/** To the minute, in `timeZone` when given; text that is not a time is shown as it is. */
export const staffTime = (iso: string, timeZone?: string): string => format(minuteIn(timeZone), iso);

/** To the second, for the audit trail. */
export const staffTimeWithSeconds = (iso: string): string => format(toSecond, iso);
