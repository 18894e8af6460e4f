/**
 * The survey registry as the staff API tells it: the shapes are the shared contract's (src/core/surveys-api.ts).
 */
export type { SurveyPublished, SurveyVersion, SurveyWithDefinition } from '../../src/core/surveys-api.js';
