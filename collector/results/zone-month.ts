/**
 * The month (`YYYY-MM`) an instant falls in, in a practice's time zone: results are counted by the practice's
 * months, so a visit at 00:30 on 1 December in Berlin (23:30 UTC on 30 November) is December's.
 *
 * Asking Intl for every submission would cost more than the rest of the roll-up, so each zone's month starts are
 * found once (by bisection on Intl's answer, to the millisecond, so half-hour and 45-minute zones are exact) and
 * kept: a month is then two comparisons. No zone is more than 14 hours from UTC, so an instant is in its UTC month,
 * the one before or the one after.
 */

const HOUR = 3_600_000;
/** Wider than any zone's offset from UTC (−12 h to +14 h). */
const REACH = 16 * HOUR;
/** Instants outside these years are not times a device meant (and Intl's years would not read as YYYY). */
const EARLIEST = Date.UTC(1000, 0, 2);
const LATEST = Date.UTC(9999, 11, 30);

/** Month number: year × 12 + month (0–11). */
type MonthIndex = number;

function monthText(index: MonthIndex): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export class ZoneMonths {
  /** Per zone: month index → the first millisecond of that month there. */
  private readonly starts = new Map<string, Map<MonthIndex, number>>();
  private readonly formats = new Map<string, Intl.DateTimeFormat>();

  /** The month of `ms` (milliseconds since 1970, UTC) in `zone` (IANA; an unknown zone counts as UTC). */
  month(ms: number, zone: string): string {
    const date = new Date(ms);
    const utc = date.getUTCFullYear() * 12 + date.getUTCMonth();
    let starts = this.starts.get(zone);
    if (!starts) this.starts.set(zone, (starts = new Map<MonthIndex, number>()));
    if (ms < this.start(starts, zone, utc)) return monthText(utc - 1);
    if (ms >= this.start(starts, zone, utc + 1)) return monthText(utc + 1);
    return monthText(utc);
  }

  /**
   * The month a submission counts in: of its `submittedAt` when that is a time, otherwise of its arrival
   * (`receivedAt`, set by the collector).
   */
  monthOf(submittedAt: unknown, receivedAt: string, zone: string): string {
    let ms = typeof submittedAt === 'string' ? Date.parse(submittedAt) : NaN;
    if (!(ms >= EARLIEST && ms <= LATEST)) ms = Date.parse(receivedAt);
    return this.month(ms, zone);
  }

  private start(starts: Map<MonthIndex, number>, zone: string, index: MonthIndex): number {
    let start = starts.get(index);
    if (start === undefined) {
      start = this.findStart(zone, index);
      starts.set(index, start);
    }
    return start;
  }

  /** The first millisecond whose local month is `index` or later: local months only go forward around a month start. */
  private findStart(zone: string, index: MonthIndex): number {
    const midnight = Date.UTC(Math.floor(index / 12), index % 12, 1);
    let before = midnight - REACH;
    let from = midnight + REACH;
    while (from - before > 1) {
      const middle = Math.floor((before + from) / 2);
      if (this.localMonth(middle, zone) >= index) from = middle;
      else before = middle;
    }
    return from;
  }

  private localMonth(ms: number, zone: string): MonthIndex {
    let format = this.formats.get(zone);
    if (!format) {
      try {
        format = new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: 'numeric' });
      } catch {
        // Practices' zones are checked when set (practice-rules.ts); one this Node does not know counts as UTC.
        format = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'numeric' });
      }
      this.formats.set(zone, format);
    }
    let year = 0;
    let month = 0;
    for (const part of format.formatToParts(ms)) {
      if (part.type === 'year') year = Number(part.value);
      else if (part.type === 'month') month = Number(part.value);
    }
    return year * 12 + month - 1;
  }
}
