/**
 * What changed in a month's FFT figures since the practice handed them in (issue 13, stage 3). Once handed in, the
 * NHS's copy cannot be changed ("Once the data has been submitted by the practice it cannot be changed",
 * http://www.england.nhs.uk/ourwork/pe/fft/commissioners/), so the console shows the figures as handed in, frozen,
 * and beside them what has happened since:
 *
 * - later arrivals: answers counted now that were not at the hand-in — a tablet that was offline for a week, a
 *   website submission sent late, paper cards typed in after the deadline. Per answer, never negative.
 * - fewer now: answers counted at the hand-in that are no longer counted. Results are only ever added to (erasing a
 *   patient's words keeps their choices, collector/results/monthly-results.ts), so this should stay zero; it is
 *   reported, not hidden, because when it is not zero (a submission moved to another practice or month, a
 *   hand-entered count corrected) the handed-in figures no longer match the practice's own.
 *
 * Per collection method, a submission that moved from one method to another shows as one fewer in the first and one
 * later in the second: the all-methods difference adds up the methods' differences instead of letting them cancel.
 */
import {
  COLLECTION_METHODS,
  FFT_ANSWERS,
  NO_FFT_COUNTS,
  addFftCounts,
  fftCounts,
  type CollectionMethod,
  type CountsByMethod,
  type FftAnswer,
  type FftCounts,
} from './fft-figures.js';

export interface HandInDifference {
  /** Counted now, not at the hand-in, per answer (each ≥ 0). */
  readonly later: FftCounts;
  readonly laterTotal: number;
  /** Counted at the hand-in, no longer now, per answer (each ≥ 0). Should be zero: see the file's comment. */
  readonly fewer: FftCounts;
  readonly fewerTotal: number;
  /** Whether anything differs from the hand-in. */
  readonly changed: boolean;
}

export interface MonthHandInDifference {
  /** Each method counted at the hand-in or now, in `COLLECTION_METHODS` order. */
  readonly byMethod: readonly { readonly method: CollectionMethod; readonly difference: HandInDifference }[];
  /** The methods' differences added up. */
  readonly all: HandInDifference;
}

/** The difference between the counts handed in and the counts now. */
export function handInDifference(handedIn: FftCounts, now: FftCounts): HandInDifference {
  const frozen = fftCounts(handedIn);
  const current = fftCounts(now);
  const later = {} as Record<FftAnswer, number>;
  const fewer = {} as Record<FftAnswer, number>;
  for (const answer of FFT_ANSWERS) {
    later[answer] = Math.max(0, current[answer] - frozen[answer]);
    fewer[answer] = Math.max(0, frozen[answer] - current[answer]);
  }
  return summed(later, fewer);
}

/** The difference per collection method, and for all methods together. */
export function monthHandInDifference(handedIn: CountsByMethod, now: CountsByMethod): MonthHandInDifference {
  const methods = COLLECTION_METHODS.filter((m) => handedIn[m] !== undefined || now[m] !== undefined);
  const byMethod = methods.map((method) => ({
    method,
    difference: handInDifference(handedIn[method] ?? NO_FFT_COUNTS, now[method] ?? NO_FFT_COUNTS),
  }));
  const all = summed(
    addFftCounts(...byMethod.map((m) => m.difference.later)),
    addFftCounts(...byMethod.map((m) => m.difference.fewer)),
  );
  return { byMethod, all };
}

function summed(later: FftCounts, fewer: FftCounts): HandInDifference {
  const total = (counts: FftCounts) => FFT_ANSWERS.reduce((sum, answer) => sum + counts[answer], 0);
  const laterTotal = total(later);
  const fewerTotal = total(fewer);
  return { later, laterTotal, fewer, fewerTotal, changed: laterTotal + fewerTotal > 0 };
}
