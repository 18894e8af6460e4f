/**
 * How a question was answered, as shares in the question's order (src/core/results/distribution.ts), and how soon
 * patients were first contacted against the practice's promise (src/core/results/first-contact.ts), checked against
 * divisions and medians worked out by hand.
 */
import { describe, expect, it } from 'vitest';
import { answerShares } from '../../../src/core/results/distribution.js';
import { firstContactFigures, median } from '../../../src/core/results/first-contact.js';

describe('the share of each answer', () => {
  const greeting = ['very-good', 'good', 'neither', 'poor', 'very-poor'];

  it('follows the question’s options, keeps those nobody chose, puts a removed option after them and not answered last', () => {
    // 5 + 3 + 1 (removed) + 2 (unanswered) = 11 asked.
    const shares = answerShares({ good: 3, 'very-good': 5, '': 2, 'old-option': 1 }, greeting);
    expect(shares.map((s) => [s.answer, s.count, s.offered])).toEqual([
      ['very-good', 5, true],
      ['good', 3, true],
      ['neither', 0, true],
      ['poor', 0, true],
      ['very-poor', 0, true],
      ['old-option', 1, false],
      ['', 2, false],
    ]);
    expect(shares[0]!.percent).toBeCloseTo((100 * 5) / 11, 12);
    expect(shares[6]!.percent).toBeCloseTo((100 * 2) / 11, 12);
    expect(shares.reduce((sum, s) => sum + s.percent!, 0)).toBeCloseTo(100, 10);
  });

  it('gives a multiple-choice answer’s share of the patients, not of the choices', () => {
    // 4 patients: 3 chose "wait-time", 2 "phone"; 6 choices in all, but 3 of 4 patients = 75 %.
    const shares = answerShares({ 'wait-time': 3, phone: 2, '': 1 }, ['wait-time', 'phone', 'staff'], {
      respondents: 4,
    });
    expect(shares.map((s) => s.percent)).toEqual([75, 50, 0, 25]);
  });

  it('has no shares before anyone was asked', () => {
    expect(answerShares({}, greeting).every((s) => s.count === 0 && s.percent === null)).toBe(true);
    expect(() => answerShares({ good: -2 }, greeting)).toThrow(RangeError);
  });
});

describe('time to first contact against the promise', () => {
  const h = (hours: number) => Date.UTC(2026, 2, 2, 9) + hours * 3_600_000;
  const now = h(100);

  it('sorts each case by its promise and gives the share within it and the median hours to first contact', () => {
    const figures = firstContactFigures(
      [
        { receivedAt: h(0), firstContactedAt: h(2), promiseDueAt: h(24) }, // within, 2 h
        { receivedAt: h(0), firstContactedAt: h(24), promiseDueAt: h(24) }, // within, exactly on time, 24 h
        { receivedAt: h(0), firstContactedAt: h(30), promiseDueAt: h(24) }, // late, 30 h
        { receivedAt: h(0), firstContactedAt: null, promiseDueAt: h(48) }, // overdue at 100 h
        { receivedAt: h(90), firstContactedAt: null, promiseDueAt: h(114) }, // not due yet: no verdict
        { receivedAt: h(10), firstContactedAt: h(15), promiseDueAt: null }, // no promise, 5 h
        { receivedAt: h(10), firstContactedAt: null, promiseDueAt: null }, // no promise, waiting
      ],
      now,
    );
    expect(figures).toEqual({
      cases: 7,
      contactedWithinPromise: 2,
      contactedLate: 1,
      waitingPastPromise: 1,
      waitingWithinPromise: 1,
      contactedWithoutPromise: 1,
      waitingWithoutPromise: 1,
      // 2 within of 4 with a verdict (2 within, 1 late, 1 overdue).
      percentWithinPromise: 50,
      // Contacted after 2, 24, 30 and 5 hours: sorted 2, 5, 24, 30 → (5 + 24) / 2 = 14.5.
      medianHoursToFirstContact: 14.5,
    });
  });

  it('is not overdue at the very moment it is due', () => {
    const figures = firstContactFigures([{ receivedAt: h(0), firstContactedAt: null, promiseDueAt: now }], now);
    expect([figures.waitingPastPromise, figures.waitingWithinPromise, figures.percentWithinPromise]).toEqual([
      0,
      1,
      null,
    ]);
  });

  it('counts a contact recorded before the case arrived as 0 hours, and has no median with nobody contacted', () => {
    expect(
      firstContactFigures([{ receivedAt: h(5), firstContactedAt: h(4), promiseDueAt: null }], now)
        .medianHoursToFirstContact,
    ).toBe(0);
    expect(firstContactFigures([], now)).toMatchObject({
      cases: 0,
      percentWithinPromise: null,
      medianHoursToFirstContact: null,
    });
  });

  it('takes the middle value, or halfway between the two middle ones', () => {
    expect(median([7, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([9])).toBe(9);
    expect(median([])).toBeNull();
  });
});
