import type { AnswerValue, Answers, ContactAnswer, ContactMethod, Question } from './definition.js';
import { isEmptyAnswer, type Screen } from './flow.js';
import { textLength } from './text.js';

/** A problem with one answer. Codes only: the elements turn them into plain words in the patient's language. */
export interface AnswerProblem {
  questionId: string;
  code:
    | 'required'
    | 'too-long'
    | 'not-an-option'
    | 'invalid-email'
    | 'invalid-phone'
    | 'missing-contact-value'
    | 'consent-needed';
  field?: 'method' | 'value' | 'consent' | 'bestTime';
  max?: number;
}

export const DEFAULT_MAX_LENGTH = 2000;
export const ALL_CONTACT_METHODS: readonly ContactMethod[] = ['phone', 'text', 'email', 'none'];
/** "Weekday mornings" fits easily; this only stops a pasted essay. */
export const BEST_TIME_MAX_LENGTH = 200;

/** 7–15 digits (E.164 allows 15), written the ways people write them: `+1 (555) 010-0199`, `555.010.0199`. */
export function isPhone(s: string): boolean {
  const t = s.trim();
  if (!/^\+?[\d\s().-]+$/.test(t)) return false;
  const digits = t.replace(/\D/g, '').length;
  return digits >= 7 && digits <= 15;
}

/** Plausible, not RFC 5322: one @, no spaces, a dot inside the domain. A typo is caught; an exotic address passes. */
export function isEmail(s: string): boolean {
  const t = s.trim();
  return t.length <= 254 && /^[^\s@]+@[^\s@.][^\s@]*\.[^\s@]*[^\s@.]$/.test(t);
}

function contactProblems(q: Question & { type: 'contact' }, c: ContactAnswer): AnswerProblem[] {
  const out: AnswerProblem[] = [];
  const at = (code: AnswerProblem['code'], field: AnswerProblem['field']) =>
    out.push({ questionId: q.id, code, field });
  if (!(q.methods ?? ALL_CONTACT_METHODS).includes(c.method)) at('not-an-option', 'method');
  else if (c.method !== 'none') {
    // A patient who chose a way to be reached expects a call: the number is checked whether or not the box is
    // ticked yet, and an unticked box is a question to them, not a silent "don't contact" (nothing would be sent).
    const value = typeof c.value === 'string' ? c.value.trim() : '';
    if (!value) at('missing-contact-value', 'value');
    else if (!(c.method === 'email' ? isEmail(value) : isPhone(value)))
      at(c.method === 'email' ? 'invalid-email' : 'invalid-phone', 'value');
    if (!c.consent) at('consent-needed', 'consent');
  }
  if (typeof c.bestTime === 'string' && textLength(c.bestTime) > BEST_TIME_MAX_LENGTH) {
    out.push({ questionId: q.id, code: 'too-long', field: 'bestTime', max: BEST_TIME_MAX_LENGTH });
  }
  // In the order the fields stand on screen: the element focuses the first.
  return out;
}

/** Problems with one answer, empty when it is fine. An unanswered optional question is fine. */
export function validateAnswer(q: Question, value: AnswerValue | undefined): AnswerProblem[] {
  if (q.type === 'statement') return [];
  const problem = (code: AnswerProblem['code']): AnswerProblem[] => [{ questionId: q.id, code }];
  if (isEmptyAnswer(value)) return q.required ? problem('required') : [];
  switch (q.type) {
    case 'single':
      return typeof value === 'string' && q.options.some((o) => o.value === value) ? [] : problem('not-an-option');
    case 'yes-no':
      return value === 'yes' || value === 'no' ? [] : problem('not-an-option');
    case 'multiple':
      return Array.isArray(value) && value.every((v) => q.options.some((o) => o.value === v))
        ? []
        : problem('not-an-option');
    case 'text': {
      if (typeof value !== 'string') return problem('not-an-option');
      const max = q.maxLength ?? DEFAULT_MAX_LENGTH;
      return textLength(value.trim()) > max ? [{ questionId: q.id, code: 'too-long', max }] : [];
    }
    case 'contact':
      if (typeof value !== 'object' || Array.isArray(value)) return problem('not-an-option');
      return contactProblems(q, value as ContactAnswer);
  }
}

/** Problems on one screen, in the order the questions stand (the element focuses the first). */
export function validateScreen(screen: Screen, answers: Answers): AnswerProblem[] {
  return screen.questions.flatMap((q) => validateAnswer(q, answers[q.id]));
}
