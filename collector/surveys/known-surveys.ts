/**
 * The survey versions a collector checks answers against and reads words from: the built-in surveys and the
 * registry's (survey-directory.ts). A submission naming any other survey version is stored with its answers
 * unchecked, never refused for it (src/core/submission-check.ts).
 *
 * `KnownSurveys` is a lookup (a `FindSurvey`, so the pure code takes it as it is) that can be brought up to date
 * before work that must see every survey added so far: a results fold, an erasure.
 */
import type { SurveyDefinition } from '../../src/core/definition.js';
import { surveyFinder, type FindSurvey } from '../../src/core/submission-check.js';
import { BUILT_IN_SURVEYS } from './built-in-surveys.js';

export { BUILT_IN_SURVEYS };

export type KnownSurveys = FindSurvey & {
  /** Reads the registry again if what this process holds may be out of date. */
  refresh(): Promise<void>;
};

/** A fixed list (the built-in surveys and `more`): for tools and tests that have no registry. */
export function knownSurveys(more: readonly SurveyDefinition[] = []): KnownSurveys {
  const find = surveyFinder([...BUILT_IN_SURVEYS, ...more]);
  return Object.assign((id: string, version: string) => find(id, version), { refresh: () => Promise.resolve() });
}
