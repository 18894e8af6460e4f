/** The surveys every collector knows without being told: the built-in definitions (src/surveys), never stored. */
import type { SurveyDefinition } from '../../src/core/definition.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';

export const BUILT_IN_SURVEYS: readonly SurveyDefinition[] = [firstImpression, whatWentWrong];

export const isBuiltIn = (id: string): boolean => BUILT_IN_SURVEYS.some((s) => s.id === id);
