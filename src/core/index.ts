/** The pure survey core: no DOM, no storage, no network. Elements, delivery, kiosk and collector build on it. */
export type * from './definition.js';
export { DefinitionError, parseDefinition } from './parse.js';
export { chooseLanguage, localize, textLength } from './text.js';
export {
  DEFAULT_RECOVERY_WHEN,
  isEmptyAnswer,
  progress,
  screens,
  visibleAnswers,
  visibleQuestions,
  wantsRecovery,
  type Screen,
} from './flow.js';
export {
  ALL_CONTACT_METHODS,
  BEST_TIME_MAX_LENGTH,
  DEFAULT_MAX_LENGTH,
  isEmail,
  isPhone,
  validateAnswer,
  validateScreen,
  type AnswerProblem,
} from './validate.js';
export { buildSubmission, newSubmissionId, type SubmissionInput } from './submission.js';
export { automationSign, type AutomationSign } from './automation.js';
export { referenceFromId } from './reference.js';
export { isReference, normalizeReference } from './reference-lookup.js';
export { ANSWER_SYSTEM, questionnaireCanonical, toQuestionnaireResponse, type QuestionnaireResponse } from './fhir.js';
