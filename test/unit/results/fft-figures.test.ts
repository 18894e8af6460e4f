/**
 * The Friends and Family Test figures a practice hands in (src/core/results/fft-figures.ts), checked against sums and
 * divisions worked out by hand in the comments: don't know in the total, whole percents with halves up, per method
 * and across methods.
 */
import { describe, expect, it } from 'vitest';
import {
  NO_FFT_COUNTS,
  exactPercentPositive,
  fftCounts,
  fftFigures,
  fftMonthFigures,
  methodOfChannel,
  wholePercent,
  type FftCounts,
} from '../../../src/core/results/fft-figures.js';

const counts = (c: Partial<Record<keyof FftCounts, number>>): FftCounts => ({ ...NO_FFT_COUNTS, ...c });

describe('a month’s Friends and Family Test figures', () => {
  it('counts all six answers in the total and works out % positive and % negative over it', () => {
    // 50 + 30 + 10 + 5 + 3 + 2 = 100; positive 50 + 30 = 80 → 80 %; negative 5 + 3 = 8 → 8 %.
    const march = fftFigures(
      counts({ 'very-good': 50, good: 30, neither: 10, poor: 5, 'very-poor': 3, 'dont-know': 2 }),
    );
    expect(march).toEqual({
      counts: { 'very-good': 50, good: 30, neither: 10, poor: 5, 'very-poor': 3, 'dont-know': 2 },
      total: 100,
      positive: 80,
      negative: 8,
      percentPositive: 80,
      percentNegative: 8,
    });
  });

  it('lets don’t know lower % positive, as NHS England publishes it (not as the old results page did)', () => {
    // 3 very good, 1 good, 4 don't know: 4 of 8 = 50 %, where leaving don't know out would say 4 of 4 = 100 %.
    const figures = fftFigures(counts({ 'very-good': 3, good: 1, 'dont-know': 4 }));
    expect(figures.total).toBe(8);
    expect(figures.percentPositive).toBe(50);
    expect(figures.percentNegative).toBe(0);
  });

  it('rounds to whole percents, a half up, without floating-point slips', () => {
    expect(wholePercent(1, 8)).toBe(13); // 12.5 → 13
    expect(wholePercent(3, 8)).toBe(38); // 37.5 → 38
    expect(wholePercent(2, 3)).toBe(67); // 66.67 → 67
    expect(wholePercent(1, 3)).toBe(33); // 33.33 → 33
    expect(wholePercent(1, 200)).toBe(1); // 0.5 → 1
    expect(wholePercent(1, 201)).toBe(0); // 0.4975 → 0
    expect(wholePercent(7, 7)).toBe(100);
    expect(wholePercent(0, 9)).toBe(0);
    // 0.145 × 100 is 14.499999999999998 in floating point; 29 of 200 is exactly 14.5 → 15.
    expect(wholePercent(29, 200)).toBe(15);
    expect(wholePercent(3, 0)).toBeNull();
  });

  it('gives 0 % and 0 % when every patient answered don’t know, and nothing to divide when nobody answered', () => {
    expect(fftFigures(counts({ 'dont-know': 7 }))).toMatchObject({ total: 7, percentPositive: 0, percentNegative: 0 });
    expect(fftFigures(NO_FFT_COUNTS)).toMatchObject({ total: 0, percentPositive: null, percentNegative: null });
  });

  it('takes the six answers out of a question’s counts, leaving unanswered and other values out', () => {
    expect(fftCounts({ 'very-good': 2, '': 5, great: 1, poor: 1 })).toEqual(counts({ 'very-good': 2, poor: 1 }));
    expect(() => fftCounts({ good: -1 })).toThrow(RangeError);
    expect(() => fftCounts({ good: 1.5 })).toThrow(RangeError);
  });

  it('keeps % positive unrounded for charts', () => {
    // 2 of 3 = 66.666…
    expect(exactPercentPositive(counts({ good: 2, poor: 1 }))).toBeCloseTo(66.6667, 4);
    expect(exactPercentPositive(NO_FFT_COUNTS)).toBeNull();
  });
});

describe('per collection method', () => {
  it('gives each method used, in a fixed order, and the methods added up before dividing', () => {
    const month = fftMonthFigures({
      paper: counts({ good: 3 }),
      website: counts({ 'very-good': 2, poor: 1, 'dont-know': 1 }),
      kiosk: counts({ 'very-good': 10, good: 5 }),
    });
    expect(month.byMethod.map((m) => m.method)).toEqual(['kiosk', 'website', 'paper']);
    // kiosk 15 of 15 = 100 %; website 2 of 4 = 50 %, negative 1 of 4 = 25 %; paper 3 of 3 = 100 %.
    expect(month.byMethod.map((m) => [m.figures.total, m.figures.percentPositive, m.figures.percentNegative])).toEqual([
      [15, 100, 0],
      [4, 50, 25],
      [3, 100, 0],
    ]);
    // All: very good 12, good 8, poor 1, don't know 1 = 22; positive 20 / 22 = 90.9 → 91; negative 1 / 22 = 4.5 → 5.
    expect(month.all).toMatchObject({
      counts: counts({ 'very-good': 12, good: 8, poor: 1, 'dont-know': 1 }),
      total: 22,
      percentPositive: 91,
      percentNegative: 5,
    });
  });

  it('has no methods and an empty total in a month nobody answered', () => {
    expect(fftMonthFigures({})).toEqual({ byMethod: [], all: fftFigures(NO_FFT_COUNTS) });
  });

  it('knows the tablet from the practice’s website', () => {
    expect(methodOfChannel('kiosk')).toBe('kiosk');
    expect(methodOfChannel('embed')).toBe('website');
  });
});
