/**
 * `import { parseDefinition, firstImpression } from 'patient-feedback/definitions'`: the survey definitions and the
 * checker, for a practice that builds or validates its own survey. Apart from the main entry so that a page with the
 * widget does not download them before the first question (the elements fetch them when they are needed).
 */
export { DefinitionError, parseDefinition } from './core/parse.js';
export { firstImpression, whatWentWrong } from './surveys/index.js';
