/**
 * A chart's text alternative (issue 13, stage 3): a sentence or two saying what the chart shows, for screen readers
 * and for anyone who would rather read than look — "% positive has been between 81% and 94% for 12 weeks; the last 7
 * weeks are above the mean (a shift): an improvement." The words come in (summary-words.ts); this file only picks
 * which sentence fits and fills in numbers written the language's way (Intl: "81%" in English, "81 %" in Spanish).
 *
 * The weekly chart's sentence names the strongest signal the latest week is part of, in Making Data Count's order of
 * precedence (trend, shift, two of three, a single point: xmr-rules.ts), on the side that decided the icon.
 */
import type { FftFigures } from './fft-figures.js';
import type { AnswerShare } from './distribution.js';
import type { FirstContactFigures } from './first-contact.js';
import type { HandInDifference } from './handed-in.js';
import { RULE_RANK, type Side } from './xmr-rules.js';
import type { XmrChart } from './xmr.js';
import type { Plural, SummaryWords } from './summary-words.js';

/**
 * The weekly SPC chart of a measure ("% positive"), its values percentages unless `percentage` is false. "For 12
 * weeks" counts the weeks on the chart: a week nobody answered in is not one of them (weeks.ts).
 */
export function spcSummary(chart: XmrChart, measure: string, words: SummaryWords, percentage = true): string {
  const say = writer(words);
  const value = (v: number) => (percentage ? say.percent(v) : say.number(v));
  const { points } = chart;
  if (points.length === 0) return words.spcNoWeeks;
  if (points.length === 1) return fill(words.spcOnlyWeek, measure, value(points[0]!.value));
  const values = points.map((p) => p.value);
  const range = fill(
    words.spcRange,
    measure,
    value(Math.min(...values)),
    value(Math.max(...values)),
    say.count(words.weeks, points.length),
  );
  return fill(words.clauses, range, latestWeek(chart, words, say));
}

function latestWeek(chart: XmrChart, words: SummaryWords, say: Writer): string {
  const { points } = chart;
  if (!chart.enoughPoints) return fill(words.spcTooFew, points.length, chart.minimumPoints);
  const last = points[points.length - 1]!;
  if (last.special === null) return words.spcCommonCause;
  // The icon is the latest week's: its side is the side that won.
  const side: Side = chart.variation?.endsWith('-high') ? 'high' : 'low';
  const strongest = last.signals
    .filter((hit) => hit.side === side)
    .reduce((best, hit) => (RULE_RANK[hit.rule] > RULE_RANK[best.rule] ? hit : best));
  // How many weeks up to the latest are in that run: its points all carry the rule on that side.
  const inRun = (i: number) => points[i]!.signals.some((h) => h.rule === strongest.rule && h.side === side);
  let run = 0;
  while (run < points.length && inRun(points.length - 1 - run)) run++;
  const weeks = say.count(words.weeks, run);
  const signal =
    strongest.rule === 'trend'
      ? fill(say.plural(words.spcTrend[side], run), weeks)
      : strongest.rule === 'shift'
        ? fill(say.plural(words.spcShift[side], run), weeks)
        : strongest.rule === 'two-of-three'
          ? words.spcTwoOfThree[side]
          : words.spcOutside[side];
  if (last.special === 'improvement') return fill(words.spcImprovement, signal);
  if (last.special === 'concern') return fill(words.spcConcern, signal);
  return signal;
}

/** A month's FFT figures; `month` as the reader should see it ("March 2026"). */
export function fftSummary(figures: FftFigures, month: string, words: SummaryWords): string {
  const say = writer(words);
  if (figures.total === 0) return fill(words.fftNobody, month);
  return fill(
    say.plural(words.fftMonth, figures.total),
    say.number(figures.total),
    month,
    say.percent(figures.percentPositive!),
    say.percent(figures.percentNegative!),
  );
}

/** A question's answers: the most chosen (all of them, when tied) and how many did not answer. */
export function distributionSummary(
  shares: readonly AnswerShare[],
  labelOf: (answer: string) => string,
  words: SummaryWords,
): string {
  const say = writer(words);
  const answered = shares.filter((s) => s.answer !== '');
  const top = Math.max(0, ...answered.map((s) => s.count));
  if (shares.every((s) => s.percent === null)) return words.nobodyAsked;
  const sentences: string[] = [];
  if (top > 0) {
    const most = answered.filter((s) => s.count === top);
    const list = say.list(most.map((s) => fill(words.quoted, labelOf(s.answer))));
    sentences.push(fill(words.mostChosen, list, say.percent(most[0]!.percent!)));
  }
  const skipped = shares.find((s) => s.answer === '');
  if (skipped && skipped.count > 0) sentences.push(fill(words.notAnswered, say.percent(skipped.percent!)));
  return sentences.join(' ');
}

/** How soon patients were first contacted, against the practice's promise. */
export function firstContactSummary(figures: FirstContactFigures, words: SummaryWords): string {
  const say = writer(words);
  if (figures.cases === 0) return words.contactNobody;
  const sentences: string[] = [];
  if (figures.medianHoursToFirstContact !== null) {
    sentences.push(fill(words.contactMedian, say.hours(figures.medianHoursToFirstContact)));
  }
  const judged = figures.contactedWithinPromise + figures.contactedLate + figures.waitingPastPromise;
  if (figures.percentWithinPromise !== null) {
    sentences.push(
      fill(
        words.contactWithinPromise,
        say.number(figures.contactedWithinPromise),
        say.number(judged),
        say.percent(figures.percentWithinPromise),
      ),
    );
  }
  if (figures.waitingPastPromise > 0) {
    sentences.push(say.count(words.contactOverdue, figures.waitingPastPromise));
  }
  return sentences.join(' ');
}

/** What changed since a month's figures were handed in. */
export function handInSummary(difference: HandInDifference, words: SummaryWords): string {
  const say = writer(words);
  if (!difference.changed) return words.handInUnchanged;
  const sentences: string[] = [];
  if (difference.laterTotal > 0) {
    sentences.push(say.count(words.handInLater, difference.laterTotal));
  }
  if (difference.fewerTotal > 0) {
    sentences.push(say.count(words.handInFewer, difference.fewerTotal));
  }
  return sentences.join(' ');
}

/** Puts values into a sentence's `{0}`, `{1}` (as src/i18n/index.ts does). */
export const fill = (sentence: string, ...values: unknown[]): string =>
  sentence.replace(/\{(\d)\}/g, (_, i: string) => String(values[+i]));

interface Writer {
  number(n: number): string;
  /** A percentage given 0–100, whole. */
  percent(p: number): string;
  hours(h: number): string;
  list(items: readonly string[]): string;
  /** The plural form for `n`, as it is (to be filled). */
  plural(forms: Plural, n: number): string;
  /** The plural form for `n`, its `{0}` filled with `n`. */
  count(forms: Plural, n: number): string;
}

function writer(words: SummaryWords): Writer {
  const { lang } = words;
  const numbers = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
  const percents = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  const hours = new Intl.NumberFormat(lang, {
    style: 'unit',
    unit: 'hour',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  });
  const lists = new Intl.ListFormat(lang, { type: 'conjunction' });
  const plurals = new Intl.PluralRules(lang);
  return {
    number: (n) => numbers.format(n),
    percent: (p) => percents.format(p / 100),
    hours: (h) => hours.format(h),
    list: (items) => lists.format(items),
    plural: (forms, n) => (plurals.select(n) === 'one' ? forms.one : forms.other),
    count: (forms, n) => fill(plurals.select(n) === 'one' ? forms.one : forms.other, numbers.format(n)),
  };
}
