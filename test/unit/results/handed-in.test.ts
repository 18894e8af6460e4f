/**
 * What changed since a month's figures were handed in (src/core/results/handed-in.ts): later arrivals per answer,
 * never negative, and answers no longer counted reported on their own rather than netted against the arrivals.
 */
import { describe, expect, it } from 'vitest';
import { NO_FFT_COUNTS, type FftCounts } from '../../../src/core/results/fft-figures.js';
import { handInDifference, monthHandInDifference } from '../../../src/core/results/handed-in.js';

const counts = (c: Partial<Record<keyof FftCounts, number>>): FftCounts => ({ ...NO_FFT_COUNTS, ...c });

describe('the figures handed in, and what came after', () => {
  it('counts what arrived after the hand-in, answer by answer', () => {
    // Handed in: 10 very good, 5 good. Now: 12 very good, 5 good, 1 don't know → 2 + 1 = 3 later.
    const difference = handInDifference(
      counts({ 'very-good': 10, good: 5 }),
      counts({ 'very-good': 12, good: 5, 'dont-know': 1 }),
    );
    expect(difference).toEqual({
      later: counts({ 'very-good': 2, 'dont-know': 1 }),
      laterTotal: 3,
      fewer: NO_FFT_COUNTS,
      fewerTotal: 0,
      changed: true,
    });
  });

  it('says so when an answer counted at the hand-in is no longer counted, instead of netting it off', () => {
    // Poor went from 2 to 1 while 1 very good arrived: the totals match (17 and 17), yet both changes are shown.
    const difference = handInDifference(
      counts({ 'very-good': 10, good: 5, poor: 2 }),
      counts({ 'very-good': 11, good: 5, poor: 1 }),
    );
    expect(difference.later).toEqual(counts({ 'very-good': 1 }));
    expect(difference.fewer).toEqual(counts({ poor: 1 }));
    expect([difference.laterTotal, difference.fewerTotal, difference.changed]).toEqual([1, 1, true]);
  });

  it('finds nothing changed when the counts are the same, and nothing before anyone answered', () => {
    const same = counts({ good: 4 });
    expect(handInDifference(same, same)).toMatchObject({ laterTotal: 0, fewerTotal: 0, changed: false });
    expect(handInDifference(NO_FFT_COUNTS, NO_FFT_COUNTS).changed).toBe(false);
  });

  it('keeps methods apart: an answer that moved from one method to another is one fewer and one later', () => {
    const handedIn = { kiosk: counts({ good: 3 }), paper: counts({ poor: 1 }) };
    const now = { kiosk: counts({ good: 2 }), website: counts({ good: 1 }), paper: counts({ poor: 1 }) };
    const month = monthHandInDifference(handedIn, now);
    expect(month.byMethod.map((m) => [m.method, m.difference.laterTotal, m.difference.fewerTotal])).toEqual([
      ['kiosk', 0, 1],
      ['website', 1, 0],
      ['paper', 0, 0],
    ]);
    // Summed across methods the good answers are 3 then 3, but the move shows: 1 later, 1 fewer.
    expect(month.all).toMatchObject({ later: counts({ good: 1 }), fewer: counts({ good: 1 }), changed: true });
  });
});
