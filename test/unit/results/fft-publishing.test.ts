/**
 * What a practice copies out and publishes: small numbers hidden (fft-suppression.ts), the organisation code checked
 * (ods-code.ts) and the month's figures as tab-separated text to paste (fft-hand-in-text.ts), checked cell by cell.
 */
import { describe, expect, it } from 'vitest';
import { NO_FFT_COUNTS, fftFigures, fftMonthFigures, type FftCounts } from '../../../src/core/results/fft-figures.js';
import { handInText, tsvCell, type HandInWords } from '../../../src/core/results/fft-hand-in-text.js';
import { suppressSmallNumbers } from '../../../src/core/results/fft-suppression.js';
import { isOdsCode, normalizeOdsCode, odsCodeProblem } from '../../../src/core/results/ods-code.js';

const counts = (c: Partial<Record<keyof FftCounts, number>>): FftCounts => ({ ...NO_FFT_COUNTS, ...c });

describe('small numbers hidden for publishing', () => {
  it('shows counts of 1 to 4 as *, keeps 0, and keeps the percentages of a total of 5 or more', () => {
    // 3 + 10 + 1 = 14; positive 13 / 14 = 92.9 → 93; negative 1 / 14 = 7.1 → 7.
    const shown = suppressSmallNumbers(fftFigures(counts({ 'very-good': 3, good: 10, poor: 1 })));
    expect(shown).toEqual({
      counts: { 'very-good': '*', good: 10, neither: 0, poor: '*', 'very-poor': 0, 'dont-know': 0 },
      total: 14,
      percentPositive: 93,
      percentNegative: 7,
    });
  });

  it('hides the total and both percentages when fewer than 5 answered', () => {
    const shown = suppressSmallNumbers(fftFigures(counts({ 'very-good': 3, poor: 1 })));
    expect(shown).toEqual({
      counts: { 'very-good': '*', good: 0, neither: 0, poor: '*', 'very-poor': 0, 'dont-know': 0 },
      total: '*',
      percentPositive: '*',
      percentNegative: '*',
    });
  });

  it('shows exactly 5 as it is, takes another threshold, and leaves a month nobody answered empty', () => {
    expect(suppressSmallNumbers(fftFigures(counts({ good: 5 }))).counts.good).toBe(5);
    expect(suppressSmallNumbers(fftFigures(counts({ good: 9 })), 10)).toMatchObject({
      total: '*',
      percentPositive: '*',
    });
    expect(suppressSmallNumbers(fftFigures(NO_FFT_COUNTS))).toMatchObject({
      total: 0,
      percentPositive: null,
      percentNegative: null,
    });
  });
});

describe('a practice’s organisation (ODS) code', () => {
  it('takes a GP practice’s letter and five digits, typed in any case with spaces around', () => {
    expect(normalizeOdsCode(' f81001 ')).toBe('F81001');
    expect(isOdsCode('F81001', 'gp')).toBe(true);
    expect(odsCodeProblem('F8100', 'gp')).toBe('not-a-code');
    expect(odsCodeProblem('FF8100', 'gp')).toBe('not-a-code');
    expect(odsCodeProblem('F81-001', 'gp')).toBe('not-a-code');
    expect(odsCodeProblem('f81001', 'gp')).toBe('not-a-code'); // checked after tidying
    expect(odsCodeProblem('', 'gp')).toBe('missing');
  });

  it('takes 3 to 8 capital letters and digits for other practices (a dental practice’s V03462, a pharmacy’s FVR79)', () => {
    for (const code of ['V03462', 'FVR79', 'G3472185', 'ABC']) expect(isOdsCode(code, 'other'), code).toBe(true);
    for (const code of ['AB', 'K81003001', 'V0346 2', 'v03462']) expect(isOdsCode(code, 'other'), code).toBe(false);
  });
});

const WORDS: HandInWords = {
  odsCode: 'ODS code',
  practice: 'Practice',
  month: 'Month',
  method: 'Method',
  answers: {
    'very-good': 'Very good',
    good: 'Good',
    neither: 'Neither good nor poor',
    poor: 'Poor',
    'very-poor': 'Very poor',
    'dont-know': 'Don’t know',
  },
  total: 'Total',
  percentPositive: '% positive',
  percentNegative: '% negative',
  methods: {
    kiosk: 'Tablet/kiosk',
    website: 'Online',
    paper: 'Paper',
    sms: 'Text message',
    telephone: 'Telephone',
    other: 'Other',
  },
  allMethods: 'All methods',
};

describe('the month’s figures ready to copy', () => {
  const riverside = {
    odsCode: ' f81001',
    practiceName: 'Riverside\tSurgery',
    month: '2026-03',
    figures: fftMonthFigures({
      website: counts({ 'very-good': 2, poor: 1, 'dont-know': 1 }),
      kiosk: counts({ 'very-good': 10, good: 5 }),
    }),
  };

  it('gives a heading and a row per method and for all methods, tab-separated, ODS code first', () => {
    const text = handInText([riverside], WORDS);
    expect(text.split('\n')).toEqual([
      'ODS code\tPractice\tMonth\tMethod\tVery good\tGood\tNeither good nor poor\tPoor\tVery poor\tDon’t know\tTotal\t% positive\t% negative',
      'F81001\tRiverside Surgery\t2026-03\tTablet/kiosk\t10\t5\t0\t0\t0\t0\t15\t100\t0',
      'F81001\tRiverside Surgery\t2026-03\tOnline\t2\t0\t0\t1\t0\t1\t4\t50\t25',
      // 12 + 5 + 1 + 1 = 19; positive 17 / 19 = 89.5 → 89 (89.47); negative 1 / 19 = 5.3 → 5.
      'F81001\tRiverside Surgery\t2026-03\tAll methods\t12\t5\t0\t1\t0\t1\t19\t89\t5',
      '',
    ]);
  });

  it('leaves the percentages of a month nobody answered empty, and can hide small numbers for publishing', () => {
    const quiet = { odsCode: 'V03462', practiceName: 'Smile Dental', month: '2026-03', figures: fftMonthFigures({}) };
    expect(handInText([quiet], WORDS).split('\n')[1]).toBe(
      'V03462\tSmile Dental\t2026-03\tAll methods\t0\t0\t0\t0\t0\t0\t0\t\t',
    );
    const published = handInText([riverside], WORDS, { suppressUnder: 5 }).split('\n');
    expect(published[2]).toBe('F81001\tRiverside Surgery\t2026-03\tOnline\t*\t0\t0\t*\t0\t*\t*\t*\t*');
  });

  it('does not let a practice’s name run as a spreadsheet formula', () => {
    expect(tsvCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(tsvCell('@risk')).toBe("'@risk");
    expect(tsvCell('Two\r\nlines')).toBe('Two lines');
  });
});
