/**
 * Which answers of a submission are counted in results: its choices, never its words. For a survey version the
 * collector knows, each single-choice, multiple-choice and yes/no question — the option chosen, each option of a
 * multiple choice (a what-went-wrong form's `categories` count once each), or `''` when the question was left
 * unanswered (or holds something that is not one of its options). For a survey it does not know, only `overall`, when
 * it reads as an option value (`very-good`), else `''`: anything else might be a patient's words.
 *
 * These are exactly the answers that erasing a submission's words keeps (collector/patient-data/redact.ts, same rules),
 * so a submission counts the same before and after its words are erased, and the monthly aggregates never need
 * correcting for an erasure (tested).
 */
import type { Question, SurveyDefinition } from '../../src/core/definition.js';
import type { FindSurvey } from '../../src/core/submission-check.js';

/** An option value as surveys write them (the same test as redact.ts). */
const OPTION_VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_UNKNOWN_VALUE = 40;

/** `[question, answer]`; answer `''` for unanswered. */
export type CountedAnswer = readonly [question: string, answer: string];

interface ChoiceQuestion {
  id: string;
  multiple: boolean;
  allowed: ReadonlySet<string>;
}

const choicesOf = new WeakMap<SurveyDefinition, ChoiceQuestion[]>();

function choiceQuestions(survey: SurveyDefinition): ChoiceQuestion[] {
  let found = choicesOf.get(survey);
  if (!found) {
    const choice = (q: Question): ChoiceQuestion | undefined =>
      q.type === 'yes-no'
        ? { id: q.id, multiple: false, allowed: new Set(['yes', 'no']) }
        : q.type === 'single' || q.type === 'multiple'
          ? { id: q.id, multiple: q.type === 'multiple', allowed: new Set(q.options.map((o) => o.value)) }
          : undefined;
    found = survey.questions.map(choice).filter((q): q is ChoiceQuestion => q !== undefined);
    choicesOf.set(survey, found);
  }
  return found;
}

export function countedAnswers(body: Record<string, unknown>, findSurvey: FindSurvey): CountedAnswer[] {
  const given = body.answers;
  const answers: Record<string, unknown> =
    given && typeof given === 'object' && !Array.isArray(given) ? (given as Record<string, unknown>) : {};
  const survey = body.survey as { id?: unknown; version?: unknown } | undefined;
  const definition =
    typeof survey?.id === 'string' && typeof survey.version === 'string'
      ? findSurvey(survey.id, survey.version)
      : undefined;
  if (!definition) {
    const overall = answers.overall;
    const fits = typeof overall === 'string' && overall.length <= MAX_UNKNOWN_VALUE && OPTION_VALUE.test(overall);
    return [['overall', fits ? overall : '']];
  }
  const counted: CountedAnswer[] = [];
  for (const question of choiceQuestions(definition)) {
    const value = answers[question.id];
    if (question.multiple) {
      const chosen = Array.isArray(value)
        ? [...new Set(value.filter((v): v is string => typeof v === 'string' && question.allowed.has(v)))]
        : [];
      if (chosen.length === 0) counted.push([question.id, '']);
      for (const v of chosen) counted.push([question.id, v]);
    } else {
      counted.push([question.id, typeof value === 'string' && question.allowed.has(value) ? value : '']);
    }
  }
  return counted;
}
