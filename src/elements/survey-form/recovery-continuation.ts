import type { Answers, SurveyDefinition } from '../../core/definition.js';
import { wantsRecovery } from '../../core/flow.js';
import { whatWentWrong } from '../../surveys/index.js';
import type { ConfigurationProblem } from './configuration.js';
import type { Continuation } from './survey-session.js';

/** Loads a practice's definition from a URL (definition-source.ts in the element, a stand-in in a unit test). */
export type DefinitionLoader = (url: string, signal: AbortSignal) => Promise<SurveyDefinition | ConfigurationProblem>;

/**
 * After a poor first impression, "Would you tell us what went wrong?" and, when the patient accepts, the recovery
 * form in the same place: the built-in one, or the practice's own from `recovery-survey` (read when it is needed,
 * so a changed attribute counts). Used only by `<pf-first-impression>`.
 */
export class RecoveryContinuation implements Continuation {
  constructor(
    private readonly recoverySurvey: () => string | undefined,
    private readonly loadDefinition: DefinitionLoader,
  ) {}

  offers(definition: SurveyDefinition, answers: Answers): boolean {
    return wantsRecovery(definition, answers);
  }

  load(signal: AbortSignal): Promise<SurveyDefinition | ConfigurationProblem> {
    const url = this.recoverySurvey();
    return url ? this.loadDefinition(url, signal) : Promise.resolve(whatWentWrong);
  }
}
