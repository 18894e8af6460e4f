/**
 * What is left of a submission once a patient's words and contact details are erased (at their request, or when
 * the practice's retention period has passed): the answers that are counted in results — chosen options, yes or no,
 * how the patient wanted to be contacted — and the facts around them (survey, dates, practice, location, channel,
 * the reference the patient was given, the survey it followed). Free text, contact details, the hidden field and any
 * field this version does not know are gone. Pure: no store, no HTTP.
 *
 * A survey the collector knows decides which answers are choices. For one it does not know, only an `overall`
 * answer that reads as an option value (`very-good`, `poor`) is kept: anything else might be words.
 */
import type { Question, SurveyDefinition } from '../../src/core/definition.js';
import type { FindSurvey } from '../../src/core/submission-check.js';

/** The submission's own facts, none of them a patient's words. */
const KEPT_FIELDS = [
  'id',
  'kind',
  'survey',
  'submittedAt',
  'lang',
  'channel',
  'practice',
  'location',
  'relatedTo',
  'reference',
  'startedAt',
] as const;

/** An option value as surveys write them: lower-case words joined by dashes. */
const OPTION_VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const CHOICE_TYPES = new Set<Question['type']>(['single', 'multiple', 'yes-no']);

function choiceAnswer(question: Question, value: unknown): unknown {
  const allowed =
    question.type === 'yes-no'
      ? ['yes', 'no']
      : question.type === 'single' || question.type === 'multiple'
        ? question.options.map((o) => o.value)
        : [];
  if (typeof value === 'string') return allowed.includes(value) ? value : undefined;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string' && allowed.includes(v));
  return undefined;
}

/** How the patient wanted to be reached, without the number, address or time. */
function contactMethod(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const { method, consent } = value as Record<string, unknown>;
  if (typeof method !== 'string') return undefined;
  return { method, value: '', consent: consent === true, bestTime: '' };
}

function keptAnswers(answers: Record<string, unknown>, survey: SurveyDefinition | undefined): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  if (!survey) {
    const overall = answers.overall;
    if (typeof overall === 'string' && overall.length <= 40 && OPTION_VALUE.test(overall)) kept.overall = overall;
    return kept;
  }
  for (const question of survey.questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    const answer = CHOICE_TYPES.has(question.type)
      ? choiceAnswer(question, value)
      : question.type === 'contact'
        ? contactMethod(value)
        : undefined;
    if (answer !== undefined) kept[question.id] = answer;
  }
  return kept;
}

/** The submission with the patient's words and contact details taken out; the input is not changed. */
export function redactSubmission(body: Record<string, unknown>, findSurvey: FindSurvey): Record<string, unknown> {
  const redacted: Record<string, unknown> = {};
  for (const field of KEPT_FIELDS) if (body[field] !== undefined) redacted[field] = body[field];
  const survey = body.survey as { id?: unknown; version?: unknown } | undefined;
  const definition =
    typeof survey?.id === 'string' && typeof survey.version === 'string'
      ? findSurvey(survey.id, survey.version)
      : undefined;
  const answers = body.answers;
  redacted.answers =
    answers && typeof answers === 'object' && !Array.isArray(answers)
      ? keptAnswers(answers as Record<string, unknown>, definition)
      : {};
  return redacted;
}
