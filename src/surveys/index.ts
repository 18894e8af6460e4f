/**
 * The built-in surveys with every language's words written in: what the collector, the staff console, exports and
 * `patient-feedback/definitions` use. The elements import the English files (`first-impression.ts`,
 * `what-went-wrong.ts`) and fetch one language at a time instead.
 */
import type { SurveyDefinition } from '../core/definition.js';
import { TRANSLATIONS } from '../translations/index.js';
import { withWords } from '../translations/with-words.js';
import { firstImpression as firstImpressionInEnglish } from './first-impression.js';
import { whatWentWrong as whatWentWrongInEnglish } from './what-went-wrong.js';

const inEveryLanguage = (def: SurveyDefinition): SurveyDefinition =>
  TRANSLATIONS.reduce((out, file) => withWords(out, file.lang, file.surveys[def.id]), def);

export const firstImpression = inEveryLanguage(firstImpressionInEnglish);
export const whatWentWrong = inEveryLanguage(whatWentWrongInEnglish);
