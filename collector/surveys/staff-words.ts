/**
 * The words staff read for a stored submission's answers: the survey version it names, from the registry (built-in
 * or the practice's own), in the staff member's language where the definition has it (src/core/answer-words.ts).
 * A submission that names no survey (from before surveys were named) reads as the built-in survey of its kind.
 */
import { surveyWords, type AnswerStrings, type SurveyWords } from '../../src/core/answer-words.js';
import type { SurveyDefinition } from '../../src/core/definition.js';
import type { FindSurvey } from '../../src/core/submission-check.js';
import { en } from '../../src/i18n/en.js';
import { uiWordsIn } from '../../src/translations/index.js';
import { BUILT_IN_SURVEYS } from './built-in-surveys.js';
import { STAFF_LANGUAGES, type StaffLanguage } from '../../src/core/staff-api.js';

const es = uiWordsIn('es');

export { STAFF_LANGUAGES, type StaffLanguage };

const STRINGS: Record<StaffLanguage, AnswerStrings> = { en, es };

export const isStaffLanguage = (lang: unknown): lang is StaffLanguage =>
  STAFF_LANGUAGES.includes(lang as StaffLanguage);

/**
 * The survey version a stored submission is read by: the one it names, or for a submission from before surveys were
 * named, the built-in survey of its kind. Undefined when the registry does not know the version it names.
 */
export function surveyOf(find: FindSurvey, body: { kind?: unknown; survey?: unknown }): SurveyDefinition | undefined {
  const named = body.survey as { id?: unknown; version?: unknown } | undefined;
  return typeof named?.id === 'string' && typeof named.version === 'string'
    ? find(named.id, named.version)
    : BUILT_IN_SURVEYS.find((s) => s.kind === body.kind);
}

/** `body` as stored: `{ kind, survey: { id, version }, … }`. */
export function staffWords(find: FindSurvey, body: Record<string, unknown>, lang: StaffLanguage = 'en'): SurveyWords {
  return surveyWords(surveyOf(find, body), lang, STRINGS[lang]);
}
