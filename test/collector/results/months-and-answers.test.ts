/**
 * The two rules the monthly results rest on, without a database: which month an instant is in a practice's time
 * zone (against Intl asked for every instant), and which answers are counted — the same before and after a
 * patient's words are erased, so the aggregates stay true through erasure.
 */
import { describe, expect, it } from 'vitest';
import { knownSurveys } from '../../../collector/surveys/known-surveys.js';
import { redactSubmission } from '../../../collector/patient-data/redact.js';
import { countedAnswers, ZoneMonths } from '../../../collector/results/monthly-results.js';
import { firstImpression, whatWentWrong } from '../helpers.js';
import { intlMonth } from './intl-month.js';

const ZONES = [
  'UTC',
  'Europe/Berlin',
  'Europe/London',
  'America/New_York',
  'America/St_Johns', // −3:30 / −2:30
  'Asia/Kolkata', // +5:30
  'Asia/Kathmandu', // +5:45
  'Australia/Lord_Howe', // +10:30 / +11, a half-hour change
  'Pacific/Chatham', // +12:45 / +13:45
  'Pacific/Kiritimati', // +14
  'Pacific/Pago_Pago', // −11
];

describe('the month of an instant in a practice time zone', () => {
  const months = new ZoneMonths();

  it('puts the first minutes of a local month in that month, wherever UTC is', () => {
    // 23:30 UTC on 30 November is 00:30 on 1 December in Berlin (UTC+1 in winter), still 30 November in New York.
    expect(months.month(Date.parse('2026-11-30T23:30:00Z'), 'Europe/Berlin')).toBe('2026-12');
    expect(months.month(Date.parse('2026-11-30T23:30:00Z'), 'America/New_York')).toBe('2026-11');
    expect(months.month(Date.parse('2026-11-30T22:59:59.999Z'), 'Europe/Berlin')).toBe('2026-11');
    expect(months.month(Date.parse('2026-11-30T23:00:00.000Z'), 'Europe/Berlin')).toBe('2026-12');
    // Summer time: midnight on 1 July in Berlin is 22:00 UTC on 30 June.
    expect(months.month(Date.parse('2026-06-30T21:59:59.999Z'), 'Europe/Berlin')).toBe('2026-06');
    expect(months.month(Date.parse('2026-06-30T22:00:00.000Z'), 'Europe/Berlin')).toBe('2026-07');
    // 00:30 UTC on 1 April is still 31 March in New York (UTC−4 in April).
    expect(months.month(Date.parse('2026-04-01T00:30:00Z'), 'America/New_York')).toBe('2026-03');
    // Half-hour and 45-minute zones: midnight on 1 January 2027 is 18:30 and 18:15 UTC the day before.
    expect(months.month(Date.parse('2026-12-31T18:29:59.999Z'), 'Asia/Kolkata')).toBe('2026-12');
    expect(months.month(Date.parse('2026-12-31T18:30:00.000Z'), 'Asia/Kolkata')).toBe('2027-01');
    expect(months.month(Date.parse('2026-12-31T18:15:00.000Z'), 'Asia/Kathmandu')).toBe('2027-01');
    expect(months.month(Date.parse('2026-12-31T18:14:59.999Z'), 'Asia/Kathmandu')).toBe('2026-12');
    // Fourteen hours ahead, and eleven behind.
    expect(months.month(Date.parse('2026-02-28T10:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-03');
    expect(months.month(Date.parse('2026-03-01T10:59:00Z'), 'Pacific/Pago_Pago')).toBe('2026-02');
  });

  it('agrees with Intl at random instants and at every month start and a millisecond either side, in every kind of zone', () => {
    const instants: number[] = [];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let i = 0; i < 3000; i += 1) instants.push(Date.UTC(2019, 0, 1) + Math.floor(random() * 8 * 365 * 86_400_000));
    // Every zone's month starts at a quarter hour of UTC between 14 hours before and 12 after UTC's midnight.
    for (let m = 0; m < 36; m += 1) {
      const midnight = Date.UTC(2025, m, 1);
      for (let quarter = -14 * 4; quarter <= 12 * 4; quarter += 1) {
        for (const fine of [-1, 0, 1]) instants.push(midnight + quarter * 900_000 + fine);
      }
    }
    for (const zone of ZONES) {
      const wrong = instants.filter((ms) => months.month(ms, zone) !== intlMonth(ms, zone));
      expect({ zone, wrong: wrong.map((ms) => new Date(ms).toISOString()) }).toEqual({ zone, wrong: [] });
    }
  });

  it('uses submittedAt when it is a time, and the arrival otherwise', () => {
    const received = '2026-05-31T23:30:00.000Z';
    expect(months.monthOf('2026-01-15T10:00:00Z', received, 'UTC')).toBe('2026-01');
    expect(months.monthOf(undefined, received, 'UTC')).toBe('2026-05');
    expect(months.monthOf(undefined, received, 'Europe/Berlin')).toBe('2026-06');
    expect(months.monthOf('yesterday', received, 'UTC')).toBe('2026-05');
    expect(months.monthOf(1767225600000, received, 'UTC')).toBe('2026-05');
    expect(months.monthOf('+275760-09-13T00:00:00.000Z', received, 'UTC')).toBe('2026-05');
  });

  it('counts a zone it does not know as UTC', () => {
    expect(months.month(Date.parse('2026-11-30T23:30:00Z'), 'Mars/Olympus_Mons')).toBe('2026-11');
  });
});

describe('the answers counted', () => {
  const find = knownSurveys();

  it('are the choices of a known survey, each question once, unanswered as empty', () => {
    expect(countedAnswers(firstImpression(), find)).toEqual([
      ['overall', 'good'],
      ['greeting', 'very-good'],
      ['front-desk', ''],
      ['waiting-area', ''],
      ['wait', ''],
      ['listened', ''],
    ]);
    const complaint = whatWentWrong({ answers: { categories: ['wait-time', 'billing', 'wait-time'], details: 'x' } });
    expect(countedAnswers(complaint, find)).toEqual([
      ['categories', 'wait-time'],
      ['categories', 'billing'],
    ]);
    expect(countedAnswers(whatWentWrong({ answers: { details: 'x' } }), find)).toEqual([['categories', '']]);
  });

  it('never count words: a value that is not an option is unanswered; an unknown survey counts only overall', () => {
    const odd = firstImpression({ answers: { overall: 'My name is Ann', greeting: 'good', comments: 'words' } });
    expect(countedAnswers(odd, find)[0]).toEqual(['overall', '']);
    const own = { survey: { id: 'our-own', version: '3' }, answers: { overall: 'great', mood: 'fine' } };
    expect(countedAnswers(own, find)).toEqual([['overall', 'great']]);
    const words = { survey: { id: 'our-own', version: '3' }, answers: { overall: 'It was great, thanks' } };
    expect(countedAnswers(words, find)).toEqual([['overall', '']]);
    expect(countedAnswers({ answers: 'nonsense' }, find)).toEqual([['overall', '']]);
  });

  it('are the same after the words are erased, so the aggregates never need correcting', () => {
    const bodies = [
      firstImpression(),
      firstImpression({ answers: { overall: 'poor', listened: 'no', wait: 'much-longer', comments: 'Rude.' } }),
      firstImpression({ answers: { overall: 'not an option', greeting: 42 } }),
      whatWentWrong(),
      whatWentWrong({ answers: { categories: ['billing', 'nope', 7], details: 'Overcharged.' } }),
      { ...firstImpression(), survey: { id: 'first-impression', version: '99' } },
      { ...firstImpression({ answers: { overall: 'Call me on 555 0100' } }), survey: { id: 'x', version: '1' } },
      { id: 'old', kind: 'first-impression', answers: { overall: 'very-good' } },
    ];
    for (const body of bodies) {
      expect(countedAnswers(redactSubmission(body, find), find)).toEqual(countedAnswers(body, find));
    }
  });
});
