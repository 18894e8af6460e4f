/**
 * How soon patients who asked to be contacted heard from the practice, against what it promised them (issue 13,
 * stage 3): the promise is the case's due date for a first contact (the practice's own, or a complaint clock's
 * acknowledgement, collector/cases/working-days.ts), `null` when none was made.
 *
 * Each case is in one of these, judged at `now`:
 *
 *   within promise     contacted at or before the due time
 *   late               contacted after it
 *   waiting, overdue   not contacted, and the due time has passed
 *   waiting            not contacted, not due yet — no verdict yet
 *   no promise         contacted or not, nothing to measure against
 *
 * The share within promise is of the cases with a verdict (within + late + overdue): a case not yet due might still
 * be either. The median hours to first contact are of every contacted case, promise or not — the middle case, so one
 * week-long wait does not hide that most patients were called the same morning (the mean would). A first contact
 * recorded before the case arrived (a device's clock) counts as 0 hours, not as a negative time.
 */

const HOUR = 3_600_000;

export interface ContactCase {
  /** Milliseconds since 1970. */
  readonly receivedAt: number;
  readonly firstContactedAt: number | null;
  readonly promiseDueAt: number | null;
}

export interface FirstContactFigures {
  readonly cases: number;
  readonly contactedWithinPromise: number;
  readonly contactedLate: number;
  readonly waitingPastPromise: number;
  readonly waitingWithinPromise: number;
  readonly contactedWithoutPromise: number;
  readonly waitingWithoutPromise: number;
  /** Unrounded, 0–100, of the cases with a verdict; null when none has one. */
  readonly percentWithinPromise: number | null;
  /** Of every contacted case; null when none was contacted. */
  readonly medianHoursToFirstContact: number | null;
}

export function firstContactFigures(cases: Iterable<ContactCase>, now: number): FirstContactFigures {
  const tally = {
    cases: 0,
    contactedWithinPromise: 0,
    contactedLate: 0,
    waitingPastPromise: 0,
    waitingWithinPromise: 0,
    contactedWithoutPromise: 0,
    waitingWithoutPromise: 0,
  };
  const hours: number[] = [];
  for (const c of cases) {
    tally.cases += 1;
    if (c.firstContactedAt !== null) hours.push(Math.max(0, c.firstContactedAt - c.receivedAt) / HOUR);
    if (c.promiseDueAt === null) {
      if (c.firstContactedAt === null) tally.waitingWithoutPromise += 1;
      else tally.contactedWithoutPromise += 1;
    } else if (c.firstContactedAt !== null) {
      if (c.firstContactedAt <= c.promiseDueAt) tally.contactedWithinPromise += 1;
      else tally.contactedLate += 1;
    } else if (now > c.promiseDueAt) tally.waitingPastPromise += 1;
    else tally.waitingWithinPromise += 1;
  }
  const judged = tally.contactedWithinPromise + tally.contactedLate + tally.waitingPastPromise;
  return {
    ...tally,
    percentWithinPromise: judged === 0 ? null : (100 * tally.contactedWithinPromise) / judged,
    medianHoursToFirstContact: median(hours),
  };
}

/** The middle value; for an even number, halfway between the two middle ones. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
