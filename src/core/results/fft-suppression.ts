/**
 * Small numbers hidden before a practice publishes its FFT figures (on its website, a waiting-room poster): a count
 * of 1 to 4 could point at a patient. What is handed in to NHS England is never suppressed — it is the raw counts.
 *
 * The rule, an option (`threshold`, 5 by default):
 * - a count from 1 to threshold − 1 is shown as `*`; 0 stays 0 (nobody to point at), as the GP Patient Survey does
 *   ("individual response option counts below 5 (but excluding 0) … have been suppressed",
 *   https://analysistool.gp-patient.co.uk/analysistool, via the National Archives' copy);
 * - the total is a count like the others;
 * - when the total is under the threshold, % positive and % negative are shown as `*` too: a percentage of 3
 *   patients gives their answers away.
 * NHS England's FFT pages found (https://www.england.nhs.uk/fft/calculations/) state no suppression rule for the
 * published FFT data, so this follows the issue's fallback rather than an NHS FFT rule.
 *
 * Not done: the GP Patient Survey also hides a second count when only one is hidden, so it cannot be worked out from
 * the total; with the total and the percentages shown, a hidden count can still be worked out here. Publish only
 * figures from enough patients for that not to matter.
 */
import { FFT_ANSWERS, type FftAnswer, type FftFigures } from './fft-figures.js';

/** What is shown for a number too small to publish. */
export const SUPPRESSED = '*';
export type Suppressed = typeof SUPPRESSED;

/** The smallest count shown as it is (NHS statistics' usual 5). */
export const DEFAULT_THRESHOLD = 5;

export interface ShownFftFigures {
  readonly counts: Readonly<Record<FftAnswer, number | Suppressed>>;
  readonly total: number | Suppressed;
  /** Null when nobody answered (nothing to show), `*` when too few did. */
  readonly percentPositive: number | Suppressed | null;
  readonly percentNegative: number | Suppressed | null;
}

/** The figures as they may be published: small counts and the percentages of a small total hidden. */
export function suppressSmallNumbers(figures: FftFigures, threshold = DEFAULT_THRESHOLD): ShownFftFigures {
  const hide = (n: number): number | Suppressed => (n > 0 && n < threshold ? SUPPRESSED : n);
  const counts = {} as Record<FftAnswer, number | Suppressed>;
  for (const answer of FFT_ANSWERS) counts[answer] = hide(figures.counts[answer]);
  const tooFew = figures.total > 0 && figures.total < threshold;
  return {
    counts,
    total: hide(figures.total),
    percentPositive: tooFew ? SUPPRESSED : figures.percentPositive,
    percentNegative: tooFew ? SUPPRESSED : figures.percentNegative,
  };
}

/** The figures shown as they are: the same shape, for a rendering that may or may not suppress. */
export function unsuppressed(figures: FftFigures): ShownFftFigures {
  return {
    counts: figures.counts,
    total: figures.total,
    percentPositive: figures.percentPositive,
    percentNegative: figures.percentNegative,
  };
}
