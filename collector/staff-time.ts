/**
 * Times as staff read them, in the practice's own clock (the collector runs on the practice's computer, or TZ says
 * which): `2026-11-22 10:15 GMT`. One definition for the inbox, the sessions page and the audit trail.
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

function format(clock: Intl.DateTimeFormat, iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : clock.format(date).replace(',', '');
}

/** To the minute; text that is not a time is shown as it is. */
export const staffTime = (iso: string): string => format(toMinute, iso);

/** To the second, for the audit trail. */
export const staffTimeWithSeconds = (iso: string): string => format(toSecond, iso);
