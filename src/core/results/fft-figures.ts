/**
 * The Friends and Family Test (FFT) figures of a month, exactly as an NHS practice hands them in (issue 13, stage 3):
 * the six counts per collection method, their total, and "% positive" / "% negative".
 *
 * The rule (the issue's, and NHS England's):
 *
 *   total        = very good + good + neither + poor + very poor + don't know   (all six answers)
 *   % positive   = (very good + good) / total × 100
 *   % negative   = (poor + very poor) / total × 100
 *
 * Don't know is in the total, so it lowers both percentages. This is how NHS England has published the FFT since it
 * moved from the Net Promoter Score to "a percentage of respondents who would/would not recommend" in October 2014
 * (https://www.england.nhs.uk/fft/calculations/); Pulse reported that "don't know" answers count against a practice
 * because the percentage is of all patients who answered, and NHS England said it would keep publishing it that way
 * (http://www.pulsetoday.co.uk/your-practice/friends-and-family-test-/practices-being-given-lower-positive-scores-than-they-deserve-under-friends-and-family-test/20010674.article;
 * the same calculation in https://health.spectator.co.uk/every-nhs-service-now-has-an-online-score-but-you-are-better-off-ignoring-it/).
 * Since April 2020 the answers are "very good … very poor, don't know" and the two figures are called positive and
 * negative (https://epsom-sthelier.nhs.uk/patient-experience, https://www.ncic.nhs.uk/news/update-friends-and-family-test).
 * Note: collector/results/figures.ts `percentPositive()` leaves don't know out; the hand-in follows the NHS.
 *
 * Rounding: NHS England publishes whole percentages ("90% positive", https://www.pulsetoday.co.uk/news/technology/gp-friends-and-family-test-improves-to-90-positive/).
 * A half is rounded up (12.5 → 13), as Excel's ROUND does in the spreadsheets the figures are published in; the
 * rounding is done in whole numbers, so no floating-point 12.4999… can round the wrong way.
 *
 * The monthly return counts each answer "through each collection mode"
 * (https://welcome.cqrs.nhs.uk/service-information/services-that-do-not-generate-a-payment/), so the figures are kept
 * per collection method and added up across methods.
 */
import type { Channel } from '../definition.js';

/** The FFT's six answers, in the order the NHS lists them (and the built-in survey's `overall` values). */
export const FFT_ANSWERS = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'] as const;
export type FftAnswer = (typeof FFT_ANSWERS)[number];

/** How many patients gave each of the six answers. */
export type FftCounts = Readonly<Record<FftAnswer, number>>;

/**
 * How the answers were collected. `kiosk` (the waiting-room tablet) and `website` (the practice's site) arrive by
 * themselves; the others are hand-entered by staff from paper cards, text-message replies, calls or anything else.
 */
export const COLLECTION_METHODS = ['kiosk', 'website', 'paper', 'sms', 'telephone', 'other'] as const;
export type CollectionMethod = (typeof COLLECTION_METHODS)[number];

/** The methods staff type in from another source (counted as they were entered, not as patients sent them). */
export const HAND_ENTERED_METHODS: readonly CollectionMethod[] = ['paper', 'sms', 'telephone', 'other'];

/** Each method's counts of one month; a method the practice did not use is left out. */
export type CountsByMethod = Readonly<Partial<Record<CollectionMethod, FftCounts>>>;

export interface FftFigures {
  readonly counts: FftCounts;
  /** All six answers, don't know included. */
  readonly total: number;
  /** Very good + good. */
  readonly positive: number;
  /** Poor + very poor. */
  readonly negative: number;
  /** Whole percent, halves up; null when nobody answered (not 0: there is nothing to divide). */
  readonly percentPositive: number | null;
  readonly percentNegative: number | null;
}

export interface FftMonthFigures {
  /** Each method used, in `COLLECTION_METHODS` order. */
  readonly byMethod: readonly { readonly method: CollectionMethod; readonly figures: FftFigures }[];
  /** Every method added up: the counts are summed first, then the percentages are worked out from the sums. */
  readonly all: FftFigures;
}

/** The collection method of a submission sent by one of our elements. */
export function methodOfChannel(channel: Channel): CollectionMethod {
  return channel === 'kiosk' ? 'kiosk' : 'website';
}

/** No answers at all. */
export const NO_FFT_COUNTS: FftCounts = Object.freeze({
  'very-good': 0,
  good: 0,
  neither: 0,
  poor: 0,
  'very-poor': 0,
  'dont-know': 0,
});

/**
 * The six counts out of a question's counts (answer → how many, as the results store them): unanswered (`''`) and
 * values that are not one of the six are not FFT answers and are left out. Counts must be whole and not negative.
 */
export function fftCounts(counts: Readonly<Record<string, number | undefined>>): FftCounts {
  const out: Record<FftAnswer, number> = { ...NO_FFT_COUNTS };
  for (const answer of FFT_ANSWERS) out[answer] = checkedCount(counts[answer] ?? 0, answer);
  return out;
}

/** Counts added up answer by answer. */
export function addFftCounts(...all: readonly FftCounts[]): FftCounts {
  const out: Record<FftAnswer, number> = { ...NO_FFT_COUNTS };
  for (const counts of all) for (const answer of FFT_ANSWERS) out[answer] += counts[answer];
  return out;
}

/** `part / total` as a whole percent, halves rounded up, in integer arithmetic: ⌊(200·part + total) / (2·total)⌋. */
export function wholePercent(part: number, total: number): number | null {
  if (total === 0) return null;
  return Math.floor((200 * part + total) / (2 * total));
}

/** The month's figures of one set of counts. */
export function fftFigures(counts: FftCounts): FftFigures {
  const checked = fftCounts(counts);
  const positive = checked['very-good'] + checked.good;
  const negative = checked.poor + checked['very-poor'];
  const total = FFT_ANSWERS.reduce((sum, answer) => sum + checked[answer], 0);
  return {
    counts: checked,
    total,
    positive,
    negative,
    percentPositive: wholePercent(positive, total),
    percentNegative: wholePercent(negative, total),
  };
}

/**
 * "% positive" unrounded (0–100), for charts that plot it week by week: the same rule as the hand-in, without the
 * rounding a chart should not compound. Null when nobody answered.
 */
export function exactPercentPositive(counts: FftCounts): number | null {
  const { positive, total } = fftFigures(counts);
  return total === 0 ? null : (100 * positive) / total;
}

/** A month's figures per collection method and across them. */
export function fftMonthFigures(byMethod: CountsByMethod): FftMonthFigures {
  const used = COLLECTION_METHODS.filter((method) => byMethod[method] !== undefined);
  return {
    byMethod: used.map((method) => ({ method, figures: fftFigures(byMethod[method]!) })),
    all: fftFigures(addFftCounts(...used.map((method) => byMethod[method]!))),
  };
}

function checkedCount(n: number, answer: string): number {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`The count of ${answer} is not a whole number ≥ 0: ${n}`);
  return n;
}
