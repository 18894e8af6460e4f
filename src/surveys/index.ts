import type { SurveyDefinition, SurveyKind } from '../core/definition.js';
import { firstImpression } from './first-impression.js';
import { whatWentWrong } from './what-went-wrong.js';

export { firstImpression, whatWentWrong };

/** The survey an element uses when the practice gives no `survey` URL or `definition`. */
export function builtInSurvey(kind: SurveyKind): SurveyDefinition {
  return kind === 'what-went-wrong' ? whatWentWrong : firstImpression;
}
