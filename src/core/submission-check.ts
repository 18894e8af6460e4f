import type { Answers, ChoiceOption, Question, Submission, SurveyDefinition } from './definition.js';
import { visibleQuestions } from './flow.js';
import { readSubmissionShape, SubmissionShapeError } from './submission-shape.js';
import { ALL_CONTACT_METHODS, validateAnswer, type AnswerProblem } from './validate.js';

/**
 * The one check of an incoming submission, for any endpoint (the collector uses it): first its shape
 * (submission-shape.ts), then its answers against the survey version it names, when the endpoint knows that version.
 * A survey the endpoint does not know is no reason to refuse: the submission is kept, marked as not checked, so a
 * practice's own survey is never "undeliverable" because its answers are not the built-in ones.
 */

/** The survey definition for an id and version, or undefined when this endpoint does not know it. */
export type FindSurvey = (id: string, version: string) => SurveyDefinition | undefined;

/** `checked`: against the survey version it names. `unknown-survey`: that version is unknown here; kept unchecked. */
export type AnswerCheck = 'checked' | 'unknown-survey';

/** What staff and the web person are told about a submission kept without its answers checked. */
export const UNKNOWN_SURVEY_NOTE = 'unknown survey — answers not checked';

export type SubmissionCheck =
  { ok: true; submission: Submission; answers: AnswerCheck } | { ok: false; path: string; message: string };

/** A lookup over a list of definitions (the built-in surveys, plus any the endpoint was given). */
export function surveyFinder(definitions: readonly SurveyDefinition[]): FindSurvey {
  const byKey = new Map(definitions.map((d) => [`${d.id}\u0000${d.version}`, d]));
  return (id, version) => byKey.get(`${id}\u0000${version}`);
}

const values = (options: readonly ChoiceOption[]) => options.map((o) => o.value).join(', ');

function allowed(q: Question, field: AnswerProblem['field']): string {
  if (q.type === 'single' || q.type === 'multiple') return `one of ${values(q.options)}`;
  if (q.type === 'yes-no') return 'yes or no';
  if (q.type === 'contact')
    return field === 'method' ? `one of ${(q.methods ?? ALL_CONTACT_METHODS).join(', ')}` : 'a contact';
  return 'text';
}

/** A problem `validateAnswer` found, in words for the web person, at its path in the submission. */
function inWords(q: Question, p: AnswerProblem): { path: string; problem: string } {
  const path = p.field ? `answers.${q.id}.${p.field}` : `answers.${q.id}`;
  const problem = {
    required: 'is required by this survey',
    'too-long': `must be at most ${p.max} characters`,
    'not-an-option': `must be ${allowed(q, p.field)}`,
    'invalid-email': 'is not an e-mail address',
    'invalid-phone': 'is not a phone number',
    'missing-contact-value': 'is needed when a way to be contacted is chosen',
    'consent-needed': 'must be true when a way to be contacted is chosen',
  }[p.code];
  return { path, problem };
}

/**
 * The first problem of these answers against their survey: an answer to no question of it, to a question the patient
 * could not see (its `showIf` not met), a value not among the options, a required answer missing from a question the
 * patient saw (a hidden question's answer is never required). Undefined when there is none.
 */
export function answerProblem(def: SurveyDefinition, answers: Answers): { path: string; problem: string } | undefined {
  const shown = visibleQuestions(def, answers);
  for (const key of Object.keys(answers)) {
    const q = def.questions.find((x) => x.id === key);
    const path = `answers.${key}`;
    if (!q) return { path, problem: `is not a question of survey ${def.id} version ${def.version}` };
    if (q.type === 'statement') return { path, problem: 'is a statement, which has no answer' };
    if (!shown.includes(q)) {
      const on = q.showIf ? ` (it is shown only when ${q.showIf.question} is ${q.showIf.in.join(' or ')})` : '';
      return { path, problem: `answers a question the patient was not shown${on}` };
    }
  }
  for (const q of shown) {
    const first = validateAnswer(q, answers[q.id])[0];
    if (first) return inWords(q, first);
  }
  return undefined;
}

export function checkSubmission(body: unknown, findSurvey: FindSurvey): SubmissionCheck {
  let submission: Submission;
  try {
    submission = readSubmissionShape(body);
  } catch (error) {
    if (error instanceof SubmissionShapeError) return { ok: false, path: error.path, message: error.message };
    throw error;
  }
  const def = findSurvey(submission.survey.id, submission.survey.version);
  if (!def) return { ok: true, submission, answers: 'unknown-survey' };
  if (def.kind !== submission.kind) {
    return { ok: false, path: 'kind', message: `kind: must be ${def.kind}, the kind of survey ${def.id}` };
  }
  const found = answerProblem(def, submission.answers);
  if (found) return { ok: false, path: found.path, message: `${found.path}: ${found.problem}` };
  return { ok: true, submission, answers: 'checked' };
}
