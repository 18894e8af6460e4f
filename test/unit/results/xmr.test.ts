/**
 * The XmR chart as Making Data Count draws it (src/core/results/xmr.ts, xmr-rules.ts): the limits checked against
 * MDC's published worked example and against sums done by hand in the comments, each of the four rules on a series
 * made to show it, MDC's precedence when a point is an improvement and a concern at once, baselines, run charts,
 * percentages held to 0–100, and empty and single-point series.
 */
import { describe, expect, it } from 'vitest';
import { xmrChart, type XmrChart, type XmrOptions } from '../../../src/core/results/xmr.js';

/** A series of weekly values, Mondays from 5 January 2026. */
function weeks(values: readonly number[]) {
  return values.map((value, i) => ({ date: new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10), value }));
}
const chart = (values: readonly number[], options?: XmrOptions) => xmrChart(weeks(values), options);

/** Indices of the points part of a rule, and the rule's side. */
function where(c: XmrChart, rule: string): string[] {
  return c.points.flatMap((p, i) => p.signals.filter((s) => s.rule === rule).map((s) => `${i}:${s.side}`));
}
const specials = (c: XmrChart) => c.points.map((p) => p.special);

describe('the limits', () => {
  it('matches Making Data Count’s published check: 1, 2, 1, 2, 10, … → mean 1.94, limits 6.95 and −3.06', () => {
    // NHSRplotthedots, vignettes/deviations.Rmd, "setting screen_outliers = FALSE produces the same output as Excel".
    const c = chart([1, 2, 1, 2, 10, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1]);
    // Sum 9 × 1 + 8 × 2 + 10 = 35 over 18; moving ranges 1, 1, 1, 8, 9 and twelve 1s = 32 over 17.
    expect(c.mean).toBeCloseTo(35 / 18, 12);
    expect(c.movingRangeMean).toBeCloseTo(32 / 17, 12);
    expect(c.upperLimit!.toFixed(2)).toBe('6.95');
    expect(c.mean!.toFixed(2)).toBe('1.94');
    expect(c.lowerLimit!.toFixed(2)).toBe('-3.06');
    // "four grey common cause points followed by a single blue special cause improvement point followed by 12 grey".
    expect(specials(c)).toEqual([null, null, null, null, 'improvement', ...Array<null>(13).fill(null)]);
    expect(where(c, 'outside-limits')).toEqual(['4:high']);
    expect(c.variation).toBe('common-cause');
  });

  it('gives the mean, moving ranges, mean moving range, limits and two-sigma lines of a steady series', () => {
    // 80, 84 six times, then 82: sum 6 × 80 + 6 × 84 + 82 = 1066, over 13 = 82.
    // Moving ranges: eleven 4s and a 2 = 46, over 12 = 3.8333…; 2.66 × 3.8333… = 10.1967.
    const c = chart([80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 82]);
    expect(c.mean).toBe(82);
    expect(c.points.map((p) => p.movingRange)).toEqual([null, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 2]);
    expect(c.movingRangeMean).toBeCloseTo(46 / 12, 12);
    expect(c.upperLimit).toBeCloseTo(92.1967, 4);
    expect(c.lowerLimit).toBeCloseTo(71.8033, 4);
    // Two sigma: 82 ± ⅔ × 10.1967 = 82 ± 6.7978.
    expect(c.upperTwoSigma).toBeCloseTo(88.7978, 4);
    expect(c.lowerTwoSigma).toBeCloseTo(75.2022, 4);
    expect(c.sigma).toBeCloseTo(3.3989, 4); // ≈ 3.8333 / 1.128 = 3.3983
    expect(c.points.every((p) => p.signals.length === 0)).toBe(true);
    expect(c.variation).toBe('common-cause');
  });
});

describe('the four rules', () => {
  it('finds a shift: six weeks in a row above the mean (MDC’s current default), not with seven asked for', () => {
    // Sum 4 × 80 + 3 × 84 + 6 × 83 = 1070, mean 82.31: the last six 83s are above it.
    const values = [80, 84, 80, 84, 80, 84, 80, 83, 83, 83, 83, 83, 83];
    const c = chart(values);
    expect(c.mean).toBeCloseTo(1070 / 13, 12);
    expect(where(c, 'shift')).toEqual(['7:high', '8:high', '9:high', '10:high', '11:high', '12:high']);
    expect(c.variation).toBe('improvement-high');
    expect(chart(values, { shiftPoints: 7 }).variation).toBe('common-cause');
    // Lower is better for, say, complaints: the same shift is a concern.
    expect(chart(values, { improvement: 'down' }).variation).toBe('concern-high');
  });

  it('ends a shift at a week exactly on the mean', () => {
    // Six 80s, six 84s and an 82: sum 1066, mean 82. The 84s run 3 + 3 around the 82 on the mean: no shift.
    const onTheMean = chart([80, 80, 80, 84, 84, 84, 82, 84, 84, 84, 80, 80, 80]);
    expect(onTheMean.mean).toBe(82);
    expect(where(onTheMean, 'shift')).toEqual([]);
    // With 83 there instead (mean 1067 / 13 = 82.08) the seven weeks from the fourth are all above.
    expect(where(chart([80, 80, 80, 84, 84, 84, 83, 84, 84, 84, 80, 80, 80]), 'shift')).toHaveLength(7);
  });

  it('finds a trend: each week higher than the one before, both ends counted', () => {
    // 78, 86 three times, then 80 … 86: mean 1073 / 13 = 82.54, no six on one side; 80 → 86 is seven rising weeks.
    const values = [78, 86, 78, 86, 78, 86, 80, 81, 82, 83, 84, 85, 86];
    const c = chart(values);
    expect(where(c, 'trend')).toEqual(['6:high', '7:high', '8:high', '9:high', '10:high', '11:high', '12:high']);
    expect(where(c, 'shift')).toEqual([]);
    expect(c.variation).toBe('improvement-high');
    expect(chart(values, { trendPoints: 7 }).variation).toBe('improvement-high');
    expect(chart(values, { trendPoints: 8 }).variation).toBe('common-cause');
    // Mirrored (86, 78, … 84, 83 … 78): falling instead of rising, a concern.
    expect(chart(values.map((v) => 164 - v)).variation).toBe('concern-low');
  });

  it('finds two of three weeks beyond two sigma on one side, all three on that side of the mean', () => {
    // Baseline of ten: 10, 12 five times → mean 11, moving ranges all 2, limits 11 ± 5.32, two sigma 11 ± 3.5467.
    const base = [10, 12, 10, 12, 10, 12, 10, 12, 10, 12];
    const twoOfThree = chart([...base, 15, 11.5, 15], { baseline: 10 });
    expect([twoOfThree.mean, twoOfThree.movingRangeMean, twoOfThree.upperLimit]).toEqual([11, 2, 16.32]);
    expect(twoOfThree.upperTwoSigma).toBeCloseTo(14.5467, 4);
    expect(where(twoOfThree, 'two-of-three')).toEqual(['10:high', '12:high']); // not the 11.5 between them
    expect(twoOfThree.variation).toBe('improvement-high');
    // The middle week below the mean breaks it.
    expect(where(chart([...base, 15, 10, 15], { baseline: 10 }), 'two-of-three')).toEqual([]);
    // A week beyond the limit counts as beyond two sigma too (MDC v2.6); 12 is on the mean's upper side, not beyond.
    const beyond = chart([...base, 17, 15, 12], { baseline: 10 });
    expect(where(beyond, 'outside-limits')).toEqual(['10:high']);
    expect(where(beyond, 'two-of-three')).toEqual(['10:high', '11:high']);
    expect(beyond.variation).toBe('common-cause');
  });

  it('finds a single week outside the limits, below as well as above', () => {
    // Mean (6 × 80 + 6 × 84 + 60) / 13 = 80.31; moving ranges eleven 4s and 24 = 68 over 12 = 5.667;
    // lower limit 80.31 − 2.66 × 5.667 = 65.23, and 60 is below it.
    const c = chart([80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 60]);
    expect(where(c, 'outside-limits')).toEqual(['12:low']);
    expect(c.variation).toBe('concern-low');
  });
});

describe('when a week is an improvement and a concern at once', () => {
  // Seven low weeks, then a jump and a slide: 90, 89 … 85. Mean 1021 / 13 = 78.54; moving ranges 6 × 2, 20, 5 × 1 = 37.
  const values = [70, 72, 70, 72, 70, 72, 70, 90, 89, 88, 87, 86, 85];

  it('lets the stronger rule decide, as MDC ranks them: trend, shift, two of three, a single point', () => {
    const c = chart(values);
    expect(c.mean).toBeCloseTo(1021 / 13, 12);
    expect(c.movingRangeMean).toBeCloseTo(37 / 12, 12);
    // The last six are above the mean (a shift up) and each lower than the one before (a trend down).
    expect(where(c, 'shift').filter((s) => s.endsWith('high'))).toEqual([
      '7:high',
      '8:high',
      '9:high',
      '10:high',
      '11:high',
      '12:high',
    ]);
    expect(where(c, 'trend')).toEqual(['7:low', '8:low', '9:low', '10:low', '11:low', '12:low']);
    // For % positive the falling trend outranks the high shift: a concern.
    expect(specials(c).slice(7)).toEqual(Array(6).fill('concern'));
    expect(c.variation).toBe('concern-low');
    // Where lower is better the same trend is an improvement.
    expect(chart(values, { improvement: 'down' }).variation).toBe('improvement-low');
  });

  it('uses the conflict rule when both sides’ strongest rules rank the same (a peak in two trends)', () => {
    // 80 … 85 rising six weeks, 85 … 80 falling six: week 5 ends one trend and starts the other.
    const peak = [80, 81, 82, 83, 84, 85, 84, 83, 82, 81, 80, 82, 82];
    expect(where(chart(peak), 'trend').filter((s) => s.startsWith('5:'))).toEqual(['5:high', '5:low']);
    expect(chart(peak).points[5]!.special).toBe('concern');
    expect(chart(peak, { conflict: 'improvement' }).points[5]!.special).toBe('improvement');
  });

  it('only watches, with no side better, when improvement is neither', () => {
    const c = chart(values, { improvement: 'neither' });
    expect(c.points[0]!.special).toBe('neither-low');
    expect(c.points[12]!.special).toBe('neither-high');
    expect(c.variation).toBe('neither-high');
  });
});

describe('baselines, run charts and percentages', () => {
  it('takes the mean and limits from the baseline, and does not let a shift straddle its end', () => {
    // First 7: sum 1 + 3 + 1 + 3 + 2.5 × 3 = 15.5, mean 2.2143; moving ranges 2, 2, 2, 0.5, 0, 0 = 6.5 over 6.
    const values = [1, 3, 1, 3, 2.5, 2.5, 2.5, 2.5, 2.5, 2.5];
    const based = chart(values, { baseline: 7, minimumPoints: 2 });
    expect(based.limitsFrom).toBe(7);
    expect(based.mean).toBeCloseTo(15.5 / 7, 12);
    expect(based.movingRangeMean).toBeCloseTo(6.5 / 6, 12);
    // Six 2.5s above the mean, three in the baseline and three after it: MDC looks for shifts in each part apart.
    expect(where(based, 'shift')).toEqual([]);
    // Without a baseline (mean 23 / 10 = 2.3) the 3 and the six 2.5s are seven in a row above.
    expect(where(chart(values, { minimumPoints: 2 }), 'shift')).toHaveLength(7);
  });

  it('lets a trend run across the end of the baseline', () => {
    const c = chart([10, 12, 10, 12, 10, 12, 10, 12, 10, 12, 12.5, 13, 13.5, 14], { baseline: 10 });
    expect(where(c, 'trend')).toEqual(['8:high', '9:high', '10:high', '11:high', '12:high', '13:high']);
  });

  it('refuses a baseline of fewer than two points, and takes the whole series for a baseline longer than it', () => {
    expect(() => chart([1, 2, 3], { baseline: 1 })).toThrow(RangeError);
    expect(() => chart([1, 2, 3], { baseline: 2.5 })).toThrow(RangeError);
    expect(chart([1, 2, 3], { baseline: 10 }).limitsFrom).toBe(3);
    expect(() => chart([1, Number.NaN])).toThrow(RangeError);
  });

  it('draws a run chart under 13 points: mean and moving ranges, no limits, signals or icon', () => {
    const c = chart([80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 80, 60]);
    expect(c.enoughPoints).toBe(false);
    // Six 80s, five 84s and 60 = 960, over 12 = 80; moving ranges ten 4s and 20.
    expect(c.mean).toBe(80);
    expect(c.movingRangeMean).toBeCloseTo((10 * 4 + 20) / 11, 12);
    expect([c.upperLimit, c.lowerLimit, c.sigma, c.variation]).toEqual([null, null, null, null]);
    expect(c.points.every((p) => p.signals.length === 0 && p.special === null)).toBe(true);
  });

  it('holds a percentage chart’s drawn limits to 0–100 and keeps the limits themselves', () => {
    // 90 seven times, 100 six: mean 1230 / 13 = 94.62; moving ranges all 10 → limits 94.62 ± 26.6.
    const c = chart([90, 100, 90, 100, 90, 100, 90, 100, 90, 100, 90, 100, 90], { percentage: true });
    expect(c.upperLimit).toBeCloseTo(1230 / 13 + 26.6, 10);
    expect(c.shownUpperLimit).toBe(100);
    expect(c.lowerLimit).toBeCloseTo(1230 / 13 - 26.6, 10);
    expect(c.shownLowerLimit).toBe(c.lowerLimit);
    expect(chart([2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2, 0, 2], { percentage: true }).shownLowerLimit).toBe(0);
  });

  it('has nothing to say of no weeks, and a mean but no moving range of one', () => {
    const none = chart([]);
    expect([none.points, none.mean, none.movingRangeMean, none.enoughPoints, none.variation]).toEqual([
      [],
      null,
      null,
      false,
      null,
    ]);
    const one = chart([87.5], { minimumPoints: 1 });
    expect([one.mean, one.movingRangeMean, one.upperLimit, one.points[0]!.movingRange]).toEqual([
      87.5,
      null,
      null,
      null,
    ]);
  });
});
