/**
 * What an answer says (src/core/answer-words.ts): the survey version's own words, in the language asked for where
 * the definition has it, and never a guess for what it does not have.
 */
import { describe, expect, it } from 'vitest';
import { surveyWords } from '../../src/core/answer-words.js';
import { en } from '../../src/i18n/en.js';
import { uiWordsIn } from '../../src/translations/index.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';
import { practiceSurvey } from '../fixtures/practice-survey.js';

const es = uiWordsIn('es');

describe('surveyWords', () => {
  it('reads a built-in survey’s options and questions in its words', () => {
    const words = surveyWords(firstImpression, 'en', en);
    expect(words.answer('overall', 'very-good')).toBe('Very good');
    expect(words.question('greeting')).toBe('How were you greeted when you arrived?');
    expect(surveyWords(whatWentWrong, 'en', en).answer('categories', ['wait-time', 'billing'])).toBe(
      'Wait time, Billing and insurance',
    );
    expect(words.options('overall').map(([value]) => value)).toEqual([
      'very-good',
      'good',
      'neither',
      'poor',
      'very-poor',
      'dont-know',
    ]);
  });

  it("reads a practice's own survey in the language asked for, falling back to its first language", () => {
    const spanish = surveyWords(practiceSurvey, 'es', es);
    expect(spanish.answer('visit-for', ['treatment', 'cleaning'], '; ')).toBe('Un tratamiento; Una limpieza');
    expect(spanish.answer('pain', 'yes')).toBe('Sí');
    expect(spanish.question('pain')).toBe('¿Estuvo cómodo durante el tratamiento?');
    expect(spanish.answer('overall', '9')).toBe('9');
    const polish = surveyWords(practiceSurvey, 'pl', en);
    expect(polish.answer('visit-for', ['emergency'])).toBe('An emergency');
    expect(spanish.options('overall')).toHaveLength(11);
    expect(spanish.options('comments')).toEqual([]);
  });

  it('shows what the survey does not have as it came, and a contact answer by its way', () => {
    const words = surveyWords(practiceSurvey, 'en', en);
    expect(words.answer('visit-for', ['a-removed-option'])).toBe('a-removed-option');
    expect(words.question('parking')).toBe('parking');
    expect(surveyWords(undefined, 'en', en).answer('overall', 'great')).toBe('great');
    const recovery = surveyWords(whatWentWrong, 'en', en);
    expect(recovery.answer('contact', { method: 'email', value: 'ana@example.org', consent: true, bestTime: '' })).toBe(
      'E-mail: ana@example.org',
    );
    expect(recovery.answer('contact', { method: 'none', value: '', consent: false, bestTime: '' })).toBe(
      "Please don't contact me",
    );
  });
});
