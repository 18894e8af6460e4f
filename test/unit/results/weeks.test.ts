/**
 * Weeks in a practice's own time zone (src/core/results/weeks.ts): the Monday of the week an answer falls in, across
 * the nights London's clocks change (29 March and 25 October 2026), and the weekly % positive with empty weeks as gaps.
 */
import { describe, expect, it } from 'vitest';
import {
  localDay,
  weekOf,
  weeklyChartPoints,
  weeklyPercentPositive,
  weeksBetween,
} from '../../../src/core/results/weeks.js';

const at = (iso: string) => Date.parse(iso);
const LONDON = 'Europe/London';

describe('the week an answer falls in', () => {
  it('starts on Monday and reads the day in the practice’s zone', () => {
    expect(weekOf(at('2026-03-25T12:00:00Z'), LONDON)).toBe('2026-03-23'); // a Wednesday
    expect(weekOf(at('2026-03-23T00:00:00Z'), LONDON)).toBe('2026-03-23'); // Monday midnight, GMT
    expect(weekOf(at('2026-03-22T23:30:00Z'), LONDON)).toBe('2026-03-16'); // Sunday 23:30 GMT
    // The new year: Thursday 1 January 2026 is in the week of Monday 29 December 2025.
    expect(weekOf(at('2026-01-01T09:00:00Z'), LONDON)).toBe('2025-12-29');
  });

  it('puts Sunday evening in its own week the night the clocks go forward (29 March 2026)', () => {
    expect(weekOf(at('2026-03-29T00:30:00Z'), LONDON)).toBe('2026-03-23'); // 00:30 GMT, Sunday
    expect(weekOf(at('2026-03-29T01:30:00Z'), LONDON)).toBe('2026-03-23'); // 02:30 BST, Sunday
    expect(weekOf(at('2026-03-29T22:30:00Z'), LONDON)).toBe('2026-03-23'); // 23:30 BST, still Sunday
    expect(weekOf(at('2026-03-29T23:30:00Z'), LONDON)).toBe('2026-03-30'); // 00:30 BST, Monday
    // In UTC that last one is still Sunday: the zone decides.
    expect(weekOf(at('2026-03-29T23:30:00Z'), 'UTC')).toBe('2026-03-23');
  });

  it('and the night they go back (25 October 2026)', () => {
    expect(weekOf(at('2026-10-18T23:30:00Z'), LONDON)).toBe('2026-10-19'); // Monday 00:30 BST
    expect(weekOf(at('2026-10-25T00:30:00Z'), LONDON)).toBe('2026-10-19'); // 01:30 BST, Sunday
    expect(weekOf(at('2026-10-25T01:30:00Z'), LONDON)).toBe('2026-10-19'); // 01:30 GMT, the hour again
    expect(weekOf(at('2026-10-25T23:30:00Z'), LONDON)).toBe('2026-10-19'); // Sunday 23:30 GMT
    expect(weekOf(at('2026-10-26T00:00:00Z'), LONDON)).toBe('2026-10-26'); // Monday midnight GMT
  });

  it('is a Monday at most six days before the answer’s local day, every hour of a year, in zones far apart', () => {
    for (const zone of [LONDON, 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata']) {
      for (let t = at('2026-01-01T00:00:00Z'); t < at('2027-01-01T00:00:00Z'); t += 3_600_000) {
        const week = weekOf(t, zone);
        const day = localDay(t, zone);
        expect(new Date(`${week}T00:00:00Z`).getUTCDay(), `${zone} ${day}`).toBe(1);
        const gap = (Date.parse(`${day}T00:00:00Z`) - Date.parse(`${week}T00:00:00Z`)) / 86_400_000;
        expect(gap >= 0 && gap <= 6, `${zone} ${day} in ${week}`).toBe(true);
      }
    }
  });

  it('lists the weeks between two days, both included', () => {
    expect(weeksBetween('2026-03-18', '2026-03-30')).toEqual(['2026-03-16', '2026-03-23', '2026-03-30']);
    expect(weeksBetween('2026-03-30', '2026-03-18')).toEqual([]);
  });
});

describe('the weekly % positive', () => {
  const answers = [
    // Week of 16 March: very good, good, poor, don't know → 2 of 4 = 50 %.
    { at: at('2026-03-16T09:00:00Z'), answer: 'very-good' },
    { at: at('2026-03-18T09:00:00Z'), answer: 'good' },
    { at: at('2026-03-20T09:00:00Z'), answer: 'poor' },
    { at: at('2026-03-22T23:30:00Z'), answer: 'dont-know' }, // Sunday 23:30 GMT: still this week
    // Nobody in the week of 23 March. Week of 30 March: good, good, neither → 2 of 3.
    { at: at('2026-03-29T23:30:00Z'), answer: 'good' }, // Monday 00:30 BST
    { at: at('2026-04-01T09:00:00Z'), answer: 'good' },
    { at: at('2026-04-02T09:00:00Z'), answer: 'neither' },
    // Not FFT answers: left out.
    { at: at('2026-03-25T09:00:00Z'), answer: '' },
    { at: at('2026-03-25T09:00:00Z'), answer: 'great' },
  ];

  it('gives each week’s % positive over all six answers, and a week nobody answered as a gap, not 0', () => {
    const weeks = weeklyPercentPositive(answers, LONDON);
    expect(weeks.map((w) => [w.week, w.total, w.percentPositive])).toEqual([
      ['2026-03-16', 4, 50],
      ['2026-03-23', 0, null],
      ['2026-03-30', 3, (100 * 2) / 3],
    ]);
    expect(weeks[0]!.counts).toEqual({ 'very-good': 1, good: 1, neither: 0, poor: 1, 'very-poor': 0, 'dont-know': 1 });
  });

  it('lists every week of a range asked for, leaving out answers outside it', () => {
    const weeks = weeklyPercentPositive(answers, LONDON, { from: '2026-03-09', to: '2026-03-26' });
    expect(weeks.map((w) => [w.week, w.total])).toEqual([
      ['2026-03-09', 0],
      ['2026-03-16', 4],
      ['2026-03-23', 0],
    ]);
  });

  it('has no weeks when nobody answered, and all gaps in a range nobody answered in', () => {
    expect(weeklyPercentPositive([], LONDON)).toEqual([]);
    expect(
      weeklyPercentPositive([], LONDON, { from: '2026-03-16', to: '2026-03-23' }).map((w) => w.percentPositive),
    ).toEqual([null, null]);
  });

  it('counts a week of only don’t know as 0 % positive, not a gap', () => {
    const [week] = weeklyPercentPositive([{ at: at('2026-03-17T10:00:00Z'), answer: 'dont-know' }], LONDON);
    expect([week!.total, week!.percentPositive]).toEqual([1, 0]);
  });

  it('makes chart points of the weeks anyone answered in, leaving gaps out, and weeks under a minimum if asked', () => {
    const weeks = weeklyPercentPositive(answers, LONDON);
    expect(weeklyChartPoints(weeks)).toEqual([
      { date: '2026-03-16', value: 50 },
      { date: '2026-03-30', value: (100 * 2) / 3 },
    ]);
    expect(weeklyChartPoints(weeks, 4)).toEqual([{ date: '2026-03-16', value: 50 }]);
  });
});
