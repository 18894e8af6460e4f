/**
 * What the inbox's filters offer for the overall rating and the categories: the built-in surveys' own options in the
 * staff member's language, read from the one registry of surveys (src/surveys) rather than copied here.
 */
import type { SurveyDefinition } from '../../src/core/definition.js';
import type { StaffLanguage } from '../../src/core/staff-api.js';
import { localize } from '../../src/core/text.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';

function choices(definition: SurveyDefinition, questionId: string, lang: StaffLanguage): [string, string][] {
  const question = definition.questions.find((q) => q.id === questionId);
  if (question?.type !== 'single' && question?.type !== 'multiple') return [];
  const fallback = definition.languages[0] ?? 'en';
  return question.options.map((o) => [o.value, localize(o.label, lang, fallback)]);
}

/** The overall question's answers, best first (Very good … Don't know): `[value, words]`. */
export const ratingChoices = (lang: StaffLanguage) => choices(firstImpression, 'overall', lang);

/** What a "what went wrong" form can be about: `[value, words]`. */
export const categoryChoices = (lang: StaffLanguage) => choices(whatWentWrong, 'categories', lang);
