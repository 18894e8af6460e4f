/**
 * The survey versions this collector checks answers against: the built-in surveys, and any definitions it was given
 * (a practice's own; the survey registry will add them from the database). A submission naming any other survey
 * version is stored with its answers unchecked, never refused for it (src/core/submission-check.ts).
 */
import type { SurveyDefinition } from '../src/core/definition.js';
import { surveyFinder, type FindSurvey } from '../src/core/submission-check.js';
import { firstImpression, whatWentWrong } from '../src/surveys/index.js';

export const BUILT_IN_SURVEYS: readonly SurveyDefinition[] = [firstImpression, whatWentWrong];

export function knownSurveys(more: readonly SurveyDefinition[] = []): FindSurvey {
  return surveyFinder([...BUILT_IN_SURVEYS, ...more]);
}
