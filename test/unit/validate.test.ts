import { describe, expect, it } from 'vitest';
import type { ContactAnswer, Question } from '../../src/core/definition.js';
import { screens } from '../../src/core/flow.js';
import { isEmail, isPhone, validateAnswer, validateScreen } from '../../src/core/validate.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';

const q = (id: string): Question => {
  const found = [...firstImpression.questions, ...whatWentWrong.questions].find((x) => x.id === id);
  if (!found) throw new Error(id);
  return found;
};
const contact = (c: Partial<ContactAnswer>): ContactAnswer => ({
  method: 'phone',
  value: '',
  consent: true,
  bestTime: '',
  ...c,
});

describe('validateAnswer', () => {
  it('requires only what is required', () => {
    expect(validateAnswer(q('overall'), undefined)).toEqual([{ questionId: 'overall', code: 'required' }]);
    expect(validateAnswer(q('details'), '   \n ')).toEqual([{ questionId: 'details', code: 'required' }]);
    expect(validateAnswer(q('greeting'), undefined)).toEqual([]);
    expect(validateAnswer(q('categories'), [])).toEqual([]);
    expect(validateAnswer(q('apology'), undefined)).toEqual([]);
  });

  it('accepts only the listed choices', () => {
    expect(validateAnswer(q('overall'), 'very-good')).toEqual([]);
    expect(validateAnswer(q('overall'), 'excellent')).toEqual([{ questionId: 'overall', code: 'not-an-option' }]);
    expect(validateAnswer(q('categories'), ['billing', 'other'])).toEqual([]);
    expect(validateAnswer(q('categories'), ['billing', 'parking'])).toEqual([
      { questionId: 'categories', code: 'not-an-option' },
    ]);
    expect(validateAnswer(q('categories'), 'billing')).toEqual([{ questionId: 'categories', code: 'not-an-option' }]);
  });

  it('checks yes/no answers', () => {
    const yesNo: Question = { id: 'again', type: 'yes-no', title: 'Again?' };
    expect(validateAnswer(yesNo, 'yes')).toEqual([]);
    expect(validateAnswer(yesNo, 'maybe')).toEqual([{ questionId: 'again', code: 'not-an-option' }]);
  });

  it('limits text by characters, so 2,000 emoji fit and 2,001 do not', () => {
    expect(validateAnswer(q('details'), '😀'.repeat(2000))).toEqual([]);
    expect(validateAnswer(q('details'), '😀'.repeat(2001))).toEqual([
      { questionId: 'details', code: 'too-long', max: 2000 },
    ]);
    const short: Question = { id: 'note', type: 'text', title: 'Note', maxLength: 5 };
    expect(validateAnswer(short, '<b>hi</b>')).toEqual([{ questionId: 'note', code: 'too-long', max: 5 }]);
  });
});

describe('validateAnswer: contact', () => {
  const check = (c: Partial<ContactAnswer>) => validateAnswer(q('contact'), contact(c));

  it('needs nothing for "Please don\'t contact me", whatever was typed before', () => {
    expect(check({ method: 'none' })).toEqual([]);
    expect(check({ method: 'none', value: '12', consent: false })).toEqual([]);
  });

  it('asks for the tick when a way to be reached was chosen without consent, and still checks the value', () => {
    const consent = { questionId: 'contact', code: 'consent-needed', field: 'consent' };
    expect(check({ method: 'phone', value: '555 010 0199', consent: false })).toEqual([consent]);
    expect(check({ method: 'text', value: '12', consent: false })).toEqual([
      { questionId: 'contact', code: 'invalid-phone', field: 'value' },
      consent,
    ]);
    expect(check({ method: 'email', value: 'not an address', consent: false })).toEqual([
      { questionId: 'contact', code: 'invalid-email', field: 'value' },
      consent,
    ]);
    expect(check({ method: 'email', value: '', consent: false })).toEqual([
      { questionId: 'contact', code: 'missing-contact-value', field: 'value' },
      consent,
    ]);
  });

  it('asks for the number or address when contact is wanted', () => {
    expect(check({ method: 'text', value: ' ' })).toEqual([
      { questionId: 'contact', code: 'missing-contact-value', field: 'value' },
    ]);
    expect(check({ method: 'email' })).toEqual([
      { questionId: 'contact', code: 'missing-contact-value', field: 'value' },
    ]);
  });

  it('checks phone digits and e-mail syntax', () => {
    expect(check({ method: 'phone', value: '+1 (555) 010-0199' })).toEqual([]);
    expect(check({ method: 'text', value: '555.0100' })).toEqual([]);
    expect(check({ method: 'phone', value: '555-01' })).toEqual([
      { questionId: 'contact', code: 'invalid-phone', field: 'value' },
    ]);
    expect(check({ method: 'email', value: 'ana@example.org' })).toEqual([]);
    expect(check({ method: 'email', value: 'ana@example' })).toEqual([
      { questionId: 'contact', code: 'invalid-email', field: 'value' },
    ]);
  });

  it('rejects a method the question does not offer and an essay as the best time', () => {
    const emailOnly: Question = { id: 'reach', type: 'contact', title: 'Reach', methods: ['email', 'none'] };
    expect(validateAnswer(emailOnly, contact({ method: 'phone', value: '5550100199' }))).toEqual([
      { questionId: 'reach', code: 'not-an-option', field: 'method' },
    ]);
    expect(check({ method: 'none', bestTime: 'x'.repeat(201) })).toEqual([
      { questionId: 'contact', code: 'too-long', field: 'bestTime', max: 200 },
    ]);
  });

  it('tells phone numbers from noise', () => {
    for (const ok of ['5550100199', '+44 20 7946 0958', '(555) 010-0199', '555 0100'])
      expect(isPhone(ok), ok).toBe(true);
    for (const bad of ['', '12345', '1234567890123456', 'call me', '555-0100 ext 2', '55+50100199'])
      expect(isPhone(bad), bad).toBe(false);
  });

  it('tells e-mail addresses from typos', () => {
    for (const ok of ['a@b.co', 'maría.lópez@correo.mx', 'first+tag@sub.example.org'])
      expect(isEmail(ok), ok).toBe(true);
    for (const bad of [
      '',
      'a@b',
      'a b@c.org',
      'a@@b.org',
      '@b.org',
      'a@.org',
      'a@b.org.',
      `${'a'.repeat(250)}@b.org`,
    ]) {
      expect(isEmail(bad), bad).toBe(false);
    }
  });
});

describe('validateScreen', () => {
  it('reports every problem on the screen in question order', () => {
    const [first] = screens(whatWentWrong, {});
    expect(first!.questions.map((x) => x.id)).toEqual(['apology', 'categories']);
    expect(validateScreen(first!, { categories: ['nope'] })).toEqual([
      { questionId: 'categories', code: 'not-an-option' },
    ]);
    const details = screens(whatWentWrong, {}).find((s) => s.id === 'details')!;
    expect(validateScreen(details, {})).toEqual([{ questionId: 'details', code: 'required' }]);
    expect(validateScreen(details, { details: 'The phone rang out.' })).toEqual([]);
  });
});
