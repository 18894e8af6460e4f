import type { AnswerValue, Answers, Condition, Question, SurveyDefinition } from './definition.js';

/** What the patient sees at once: one or more questions. `id` is the page id, or the question id when alone. */
export interface Screen {
  readonly id: string;
  readonly questions: readonly Question[];
}

/**
 * Default for first-impression surveys (docs/elements.md): Poor or Very poor leads to "Would you tell us what went
 * wrong?".
 */
export const DEFAULT_RECOVERY_WHEN = Object.freeze({ question: 'overall', in: Object.freeze(['poor', 'very-poor']) });

/** No answer at all, blank text, or nothing ticked. */
export function isEmptyAnswer(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  return Array.isArray(value) && value.length === 0;
}

function matches(condition: Condition, value: AnswerValue | undefined): boolean {
  if (typeof value === 'string') return condition.in.includes(value);
  // Array.isArray does not narrow a readonly array: it is the answers' readonly string[].
  if (Array.isArray(value)) return (value as readonly string[]).some((v) => condition.in.includes(v));
  return false;
}

/**
 * The questions the patient should see now, in order. A question whose condition depends on a hidden question is
 * hidden too, so an answer left behind on a branch the patient backed out of cannot open a later question.
 */
export function visibleQuestions(def: SurveyDefinition, answers: Answers): Question[] {
  const shown = new Set<string>();
  return def.questions.filter((q) => {
    const visible = !q.showIf || (shown.has(q.showIf.question) && matches(q.showIf, answers[q.showIf.question]));
    if (visible) shown.add(q.id);
    return visible;
  });
}

/**
 * Visible questions grouped into screens: neighbours that share a `page` stand together — unless `onePerScreen`
 * (easy read), where each question has a screen of its own.
 */
export function screens(def: SurveyDefinition, answers: Answers, onePerScreen = false): Screen[] {
  const out: { id: string; questions: Question[] }[] = [];
  let lastPage: string | undefined;
  for (const q of visibleQuestions(def, answers)) {
    const current = out[out.length - 1];
    const page = onePerScreen ? undefined : q.page;
    if (current && page !== undefined && page === lastPage) {
      current.questions.push(q);
    } else {
      let id = page ?? q.id;
      // A page id used again further down still needs a screen id of its own (the element keys on it).
      for (let n = 2; out.some((s) => s.id === id); n++) id = `${page ?? q.id}-${n}`;
      out.push({ id, questions: [q] });
    }
    lastPage = page;
  }
  return out;
}

/**
 * Only what the patient can still see and actually answered: answers of hidden questions, statements, unknown ids
 * and blank answers are dropped, so an abandoned branch never reaches the practice.
 */
export function visibleAnswers(def: SurveyDefinition, answers: Answers): Answers {
  const out: Record<string, AnswerValue> = {};
  for (const q of visibleQuestions(def, answers)) {
    const value = answers[q.id];
    if (q.type !== 'statement' && !isEmptyAnswer(value)) out[q.id] = value as AnswerValue;
  }
  return out;
}

/** A first-impression answer that should lead to "Would you tell us what went wrong?". */
export function wantsRecovery(def: SurveyDefinition, answers: Answers): boolean {
  if (def.kind !== 'first-impression') return false;
  const rule = def.recoveryWhen ?? DEFAULT_RECOVERY_WHEN;
  return matches({ question: rule.question, in: rule.in }, visibleAnswers(def, answers)[rule.question]);
}
