/**
 * The charts' text alternatives (src/core/results/summaries.ts) in English and Spanish, with the words passed in
 * (summary-words.ts): a practice's weekly % positive after a change, a steady one, one too short to judge, and the
 * month's figures, a question's answers, first contacts and the hand-in. Spanish writes "81 %" with a no-break space.
 */
import { describe, expect, it } from 'vitest';
import { NO_FFT_COUNTS, fftFigures, type FftCounts } from '../../../src/core/results/fft-figures.js';
import { answerShares } from '../../../src/core/results/distribution.js';
import { firstContactFigures } from '../../../src/core/results/first-contact.js';
import { handInDifference } from '../../../src/core/results/handed-in.js';
import {
  distributionSummary,
  fftSummary,
  fill,
  firstContactSummary,
  handInSummary,
  spcSummary,
} from '../../../src/core/results/summaries.js';
import { SUMMARY_WORDS_EN as EN, SUMMARY_WORDS_ES as ES } from '../../../src/core/results/summary-words.js';
import { xmrChart } from '../../../src/core/results/xmr.js';

const NBSP = '\u00a0';
const counts = (c: Partial<Record<keyof FftCounts, number>>): FftCounts => ({ ...NO_FFT_COUNTS, ...c });
const weekly = (values: readonly number[]) =>
  xmrChart(
    values.map((value, i) => ({ date: `2026-W${i + 1}`, value })),
    { percentage: true },
  );

describe('the weekly % positive, in words', () => {
  // A new receptionist from week 8: 81–86 % before, 89–94 % since; mean 87.43, the last seven all above it.
  const afterAChange = weekly([84, 81, 85, 82, 86, 83, 84, 90, 92, 89, 94, 91, 90, 93]);

  it('says the range, the weeks, and the shift the latest weeks are part of, as an improvement', () => {
    expect(spcSummary(afterAChange, '% positive', EN)).toBe(
      '% positive has been between 81% and 94% for 14 weeks; the last 7 weeks are above the mean (a shift): an improvement.',
    );
    expect(spcSummary(afterAChange, 'El % positivo', ES)).toBe(
      `El % positivo ha estado entre 81${NBSP}% y 94${NBSP}% durante 14 semanas; ` +
        'las últimas 7 semanas están por encima de la media (un desplazamiento): una mejora.',
    );
  });

  it('names a falling trend as a concern, and a steady chart as common cause', () => {
    const falling = weekly([90, 82, 90, 82, 90, 82, 88, 87, 86, 85, 84, 83, 82]);
    expect(spcSummary(falling, '% positive', EN)).toBe(
      '% positive has been between 82% and 90% for 13 weeks; the last 7 weeks have each gone down (a trend): a concern.',
    );
    const steady = weekly([80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 80, 84, 82]);
    expect(spcSummary(steady, '% positive', EN)).toBe(
      '% positive has been between 80% and 84% for 13 weeks; the latest week shows no sign of a change (common cause variation).',
    );
  });

  it('says when there are too few weeks to tell, one week, or none', () => {
    expect(spcSummary(weekly([88, 91, 87]), '% positive', EN)).toBe(
      '% positive has been between 87% and 91% for 3 weeks; too few weeks to tell a change from the usual ups and downs (3 of the 13 needed).',
    );
    expect(spcSummary(weekly([88]), '% positive', ES)).toBe(
      `% positive fue 88${NBSP}% en la única semana con respuestas hasta ahora.`,
    );
    expect(spcSummary(weekly([]), '% positive', EN)).toBe('No week has answers yet.');
  });
});

describe('the other charts, in words', () => {
  it('says a month’s figures, one patient or many', () => {
    const march = fftFigures(
      counts({ 'very-good': 50, good: 30, neither: 10, poor: 5, 'very-poor': 3, 'dont-know': 2 }),
    );
    expect(fftSummary(march, 'March 2026', EN)).toBe(
      'In March 2026, 100 patients answered the Friends and Family Test: 80% positive, 8% negative.',
    );
    expect(fftSummary(fftFigures(counts({ good: 1 })), 'marzo de 2026', ES)).toBe(
      `En marzo de 2026, 1 paciente respondió la prueba Friends and Family: 100${NBSP}% de respuestas positivas y 0${NBSP}% negativas.`,
    );
    expect(fftSummary(fftFigures(NO_FFT_COUNTS), 'March 2026', EN)).toBe(
      'Nobody answered the Friends and Family Test in March 2026.',
    );
  });

  it('names the most chosen answers, tied ones together, and who did not answer', () => {
    const labels: Record<string, string> = { 'very-good': 'Very good', good: 'Good', poor: 'Poor' };
    const shares = answerShares({ 'very-good': 4, good: 4, poor: 1, '': 1 }, ['very-good', 'good', 'neither', 'poor']);
    expect(distributionSummary(shares, (a) => labels[a] ?? a, EN)).toBe(
      'Most often chosen: “Very good” and “Good” (40%). 10% did not answer.',
    );
    expect(distributionSummary(shares, (a) => labels[a] ?? a, ES)).toBe(
      `La respuesta más elegida: «Very good» y «Good» (40${NBSP}%). El 10${NBSP}% no respondió.`,
    );
    expect(distributionSummary(answerShares({}, ['good']), (a) => a, EN)).toBe(
      'Nobody has been asked this question yet.',
    );
  });

  it('says how soon patients heard back, against the promise, and who is still waiting', () => {
    const h = (hours: number) => hours * 3_600_000;
    const figures = firstContactFigures(
      [
        { receivedAt: 0, firstContactedAt: h(2), promiseDueAt: h(24) },
        { receivedAt: 0, firstContactedAt: h(27), promiseDueAt: h(24) },
        { receivedAt: 0, firstContactedAt: null, promiseDueAt: h(24) },
      ],
      h(100),
    );
    expect(firstContactSummary(figures, EN)).toBe(
      'Half of the patients heard from the practice within 14.5 hours. 1 of 3 were contacted within the time promised (33%). ' +
        '1 patient is still waiting past the time promised.',
    );
    expect(firstContactSummary(figures, ES)).toBe(
      'La mitad de los pacientes tuvo noticias del consultorio en 14,5 horas o menos. ' +
        `Se contactó a 1 de 3 dentro del plazo prometido (33${NBSP}%). 1 paciente sigue esperando después del plazo prometido.`,
    );
    expect(firstContactSummary(firstContactFigures([], 0), EN)).toBe('No patient has asked to be contacted.');
  });

  it('says what changed since the hand-in, or that nothing did', () => {
    const difference = handInDifference(counts({ good: 3 }), counts({ good: 2, 'very-good': 4 }));
    expect(handInSummary(difference, EN)).toBe(
      '4 answers arrived after the figures were handed in. 1 answer counted in the figures handed in is no longer counted.',
    );
    expect(handInSummary(handInDifference(counts({ good: 3 }), counts({ good: 3 })), ES)).toBe(
      'Nada ha cambiado desde que se entregaron las cifras.',
    );
  });

  it('fills a sentence’s numbered places in the translator’s order', () => {
    expect(fill('{1} before {0}', 'a', 'b')).toBe('b before a');
  });
});
