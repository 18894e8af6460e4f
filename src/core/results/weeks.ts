/**
 * Weeks as a practice lives them (issue 13, stage 3): Monday to Sunday on the practice's own calendar, in its IANA
 * time zone — a kiosk answer at 23:30 on a Sunday in London belongs to that week even when it is already Monday in
 * UTC, and the week the clocks go forward is one week, not a 167-hour oddity. A week is named by its Monday,
 * `YYYY-MM-DD` (the ISO 8601 week starts on Monday).
 *
 * The day is read from Intl (no date library): `Intl.DateTimeFormat('en-CA', { timeZone })` gives `YYYY-MM-DD`, as
 * collector/cases/working-days.ts reads it. From then on it is calendar arithmetic on the date alone, in UTC, where
 * every day has 24 hours. An unknown zone is Intl's RangeError: practices' zones are checked when they are set.
 *
 * The weekly "% positive" is fft-figures.ts's rule, unrounded (a chart of rounded weeks would compound the rounding):
 * very good + good over all six answers. A week nobody answered in is a gap — `percentPositive: null`, not 0 —
 * so a chart leaves it out instead of plotting a week of unhappy patients that never was.
 */
import { FFT_ANSWERS, NO_FFT_COUNTS, exactPercentPositive, type FftAnswer, type FftCounts } from './fft-figures.js';
import type { XmrPoint } from './xmr.js';
import { addDays, localDay } from '../days.js';

export { addDays, localDay };

/** The Monday of a calendar day's week. */
export function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 Sunday … 6 Saturday
  return addDays(day, -((weekday + 6) % 7));
}

/** The week (its Monday) an instant falls in, in a zone. */
export function weekOf(instant: number, timeZone: string): string {
  return mondayOf(localDay(instant, timeZone));
}

/** Every week from the week of `first` to the week of `last`, both included (none when `last` is before `first`). */
export function weeksBetween(first: string, last: string): string[] {
  const weeks: string[] = [];
  for (let week = mondayOf(first), end = mondayOf(last); week <= end; week = addDays(week, 7)) weeks.push(week);
  return weeks;
}

/** One patient's answer to the FFT question and when it was given. */
export interface DatedAnswer {
  /** Milliseconds since 1970 (the submission's `submittedAt`). */
  readonly at: number;
  /** `very-good` … `dont-know`; anything else (unanswered, `''`) is not counted. */
  readonly answer: string;
}

export interface WeekFigures {
  /** The week's Monday. */
  readonly week: string;
  readonly counts: FftCounts;
  /** All six answers. */
  readonly total: number;
  /** Unrounded, 0–100; null for a week nobody answered in (a gap). */
  readonly percentPositive: number | null;
}

export interface WeekRange {
  /** Any day of the first week. */
  readonly from: string;
  /** Any day of the last week. */
  readonly to: string;
}

/**
 * Each week's counts and % positive, oldest first, every week of the range listed (gaps included). Without a range:
 * from the first week anyone answered to the last; nothing when nobody did. Answers outside the range are left out.
 */
export function weeklyPercentPositive(
  answers: Iterable<DatedAnswer>,
  timeZone: string,
  range?: WeekRange,
): WeekFigures[] {
  const answerSet = new Set<string>(FFT_ANSWERS);
  const byWeek = new Map<string, Record<FftAnswer, number>>();
  for (const { at, answer } of answers) {
    if (!answerSet.has(answer)) continue;
    const week = weekOf(at, timeZone);
    let counts = byWeek.get(week);
    if (!counts) byWeek.set(week, (counts = { ...NO_FFT_COUNTS }));
    counts[answer as FftAnswer] += 1;
  }
  return weeklyFigures(byWeek, range);
}

/** The same from counts already added up per week (the store's weekly aggregates): week's Monday → counts. */
export function weeklyFigures(byWeek: ReadonlyMap<string, FftCounts>, range?: WeekRange): WeekFigures[] {
  const known = [...byWeek.keys()].sort();
  const first = range?.from ?? known[0];
  const last = range?.to ?? known[known.length - 1];
  if (first === undefined || last === undefined) return [];
  return weeksBetween(first, last).map((week) => {
    const counts = byWeek.get(week) ?? NO_FFT_COUNTS;
    const total = FFT_ANSWERS.reduce((sum, answer) => sum + counts[answer], 0);
    return { week, counts, total, percentPositive: exactPercentPositive(counts) };
  });
}

/**
 * The weeks as points of an XmR chart (xmr.ts): a gap is left out, not plotted as 0 — MDC's XmR takes no empty values
 * (its SQL warns of NULLs in an XmR chart) — so the moving range of the week after a gap is taken from the week
 * before it. `minimumAnswers` also leaves out weeks with fewer answers (a week of 2 answers swings 50 points on one
 * patient); 1 by default, so every week anyone answered in is plotted.
 */
export function weeklyChartPoints(weeks: readonly WeekFigures[], minimumAnswers = 1): XmrPoint[] {
  return weeks.flatMap((w) =>
    w.percentPositive === null || w.total < minimumAnswers ? [] : [{ date: w.week, value: w.percentPositive }],
  );
}
