import { describe, expect, it } from 'vitest';
import type { Answers, Question } from '../../src/core/definition.js';
import { screens } from '../../src/core/flow.js';
import { parseDefinition } from '../../src/core/parse.js';
import { localize } from '../../src/core/text.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';
import { LANGUAGES } from '../../src/translations/languages.js';

const labels = (q: Question | undefined, lang: string) =>
  q && 'options' in q ? q.options.map((o) => localize(o.label, lang, 'en')) : [];

describe('built-in surveys', () => {
  it('both pass parseDefinition unchanged', () => {
    expect(parseDefinition(firstImpression)).toEqual(firstImpression);
    expect(parseDefinition(whatWentWrong)).toEqual(whatWentWrong);
  });

  it('have every text in every shipped language', () => {
    const texts: unknown[] = [];
    for (const def of [firstImpression, whatWentWrong]) {
      texts.push(def.title);
      for (const q of def.questions) {
        texts.push(q.title);
        if (q.help) texts.push(q.help);
        if ('options' in q) texts.push(...q.options.map((o) => o.label));
      }
    }
    for (const t of texts) expect(Object.keys(t as object).sort()).toEqual([...LANGUAGES].sort());
  });
});

describe('built-in surveys in easy read', () => {
  it('have short words in English for every question, in every language shipped (its own, or its full sentence)', () => {
    for (const def of [firstImpression, whatWentWrong]) {
      for (const q of def.questions) {
        expect(Object.keys(q.easyTitle ?? {}).sort(), `${q.id}.easyTitle`).toEqual([...LANGUAGES].sort());
        if (q.easyHelp) expect(Object.keys(q.easyHelp).sort(), `${q.id}.easyHelp`).toEqual([...LANGUAGES].sort());
        // Short sentences: a title is one short question or two short sentences.
        expect(localize(q.easyTitle!, 'en', 'en').split(' ').length, q.id).toBeLessThanOrEqual(8);
      }
    }
    expect(localize(firstImpression.questions[0]!.easyTitle!, 'es', 'en')).toBe('¿Cómo fue su visita hoy?');
  });
});

describe('first-impression', () => {
  const overall = firstImpression.questions[0];

  it('opens with the Friends and Family Test question, word for word', () => {
    expect(overall).toMatchObject({ id: 'overall', type: 'single', display: 'faces', required: true });
    expect(localize(overall!.title, 'en', 'en')).toBe('Overall, how was your experience of our service?');
    expect(overall && 'options' in overall && overall.options.map((o) => o.value)).toEqual([
      'very-good',
      'good',
      'neither',
      'poor',
      'very-poor',
      'dont-know',
    ]);
    expect(labels(overall, 'en')).toEqual([
      'Very good',
      'Good',
      'Neither good nor poor',
      'Poor',
      'Very poor',
      "Don't know",
    ]);
    expect(labels(overall, 'es')).toEqual(['Muy buena', 'Buena', 'Ni buena ni mala', 'Mala', 'Muy mala', 'No lo sé']);
  });

  it('asks about every first-impression theme of the seeds, and only the headline is required', () => {
    expect(firstImpression.questions.map((q) => q.id)).toEqual([
      'overall',
      'greeting',
      'front-desk',
      'waiting-area',
      'wait',
      'listened',
      'comments',
    ]);
    expect(firstImpression.questions.filter((q) => q.required).map((q) => q.id)).toEqual(['overall']);
    expect(firstImpression.questions.at(-1)).toMatchObject({ type: 'text', multiline: true, maxLength: 2000 });
  });

  it('fits in at most six screens whatever is answered', () => {
    for (const answers of [{}, { overall: 'very-good' }, { overall: 'very-poor' }] as Answers[]) {
      expect(screens(firstImpression, answers).length).toBeLessThanOrEqual(6);
    }
    expect(screens(firstImpression, {}).map((s) => s.id)).toEqual([
      'overall',
      'arrival',
      'waiting',
      'listened',
      'comments',
    ]);
  });

  it('puts every choice into words', () => {
    for (const q of firstImpression.questions) for (const l of labels(q, 'en')) expect(l).toMatch(/[A-Za-z]{2}/);
  });
});

describe('what-went-wrong', () => {
  it("follows seed 003's order: apology, what it was about, own words, remedy, contact", () => {
    expect(whatWentWrong.questions.map((q) => [q.id, q.type])).toEqual([
      ['apology', 'statement'],
      ['categories', 'multiple'],
      ['details', 'text'],
      ['remedy', 'text'],
      ['contact', 'contact'],
    ]);
    expect(screens(whatWentWrong, {})[0]!.questions[0]!.id).toBe('apology');
  });

  it('apologises without blame, in plain words', () => {
    const apology = localize(whatWentWrong.questions[0]!.title, 'en', 'en');
    expect(apology).toMatch(/^We're sorry/);
    expect(apology).not.toMatch(/\byou (did|should|failed)\b|\bif you\b/i);
  });

  it('offers the categories of the issue, in words', () => {
    const categories = whatWentWrong.questions[1];
    expect(categories && 'options' in categories && categories.options.map((o) => o.value)).toEqual([
      'wait-time',
      'front-desk',
      'phone-scheduling',
      'billing',
      'communication',
      'cleanliness',
      'clinical-care',
      'other',
    ]);
    expect(labels(categories, 'en')).toEqual([
      'Wait time',
      'Greeting and front desk',
      'Phone and scheduling',
      'Billing and insurance',
      'Communication',
      'Cleanliness and comfort',
      'Clinical care',
      'Something else',
    ]);
  });

  it('requires the own words (2,000 characters) and nothing else', () => {
    expect(whatWentWrong.questions.filter((q) => q.required).map((q) => q.id)).toEqual(['details']);
    expect(whatWentWrong.questions[2]).toMatchObject({ maxLength: 2000, multiline: true });
    expect(localize(whatWentWrong.questions[2]!.title, 'en', 'en')).toBe('In your own words, what happened?');
    expect(localize(whatWentWrong.questions[3]!.title, 'en', 'en')).toBe('What would make this right for you?');
    expect(localize(whatWentWrong.questions[4]!.title, 'en', 'en')).toBe('How can we reach you?');
  });
});
