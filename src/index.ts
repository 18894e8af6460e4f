/**
 * patient-feedback: `import 'patient-feedback'` registers `<pf-first-impression>` and `<pf-what-went-wrong>`.
 * The exports are for practices that script the elements or build their own kiosk; the survey definitions and
 * their checker are in `patient-feedback/definitions` (src/definitions.ts).
 */
import './elements/define.js';

export { PfFirstImpression } from './elements/first-impression/first-impression.js';
export { PfWhatWentWrong } from './elements/what-went-wrong/what-went-wrong.js';
export {
  PfErrorEvent,
  PfScreenEvent,
  PfSubmittedEvent,
  type PfErrorCode,
  type PfErrorDetail,
  type PfScreenDetail,
  type PfSubmittedDetail,
} from './elements/events.js';
export type {
  Answers,
  AnswerValue,
  Channel,
  ContactAnswer,
  ContactMethod,
  LocalText,
  Question,
  Submission,
  SurveyDefinition,
  SurveyKind,
} from './core/definition.js';
export type { DeliveryProblem, DeliveryResult, OutboxStatus } from './delivery/index.js';
