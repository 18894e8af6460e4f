import type { Answers, SurveyDefinition } from '../../core/definition.js';
import { wantsRecovery } from '../../core/flow.js';
import { builtInSurvey } from '../../i18n/index.js';
import { loadTemplates } from '../questions/index.js';
import { isProblem, type ConfigurationProblem } from './configuration.js';
import { partUnavailable, recoveryFormPart } from './parts.js';
import type { Continuation } from './survey-session.js';

/** Loads a practice's definition from a URL (definition-source.ts in the element, a stand-in in a unit test). */
export type DefinitionLoader = (url: string, signal: AbortSignal) => Promise<SurveyDefinition | ConfigurationProblem>;

/** The built-in recovery form, drawable: its definition and its contact question's template, fetched together. */
export async function builtInRecoveryForm(): Promise<SurveyDefinition> {
  const { whatWentWrong } = await recoveryFormPart();
  await loadTemplates(whatWentWrong);
  return builtInSurvey(whatWentWrong);
}

/**
 * After a poor first impression, "Would you tell us what went wrong?" and, when the patient accepts, the recovery
 * form in the same place: the built-in one, or the practice's own from `recovery-survey` (read when it is needed,
 * so a changed attribute counts). Used only by `<pf-first-impression>`. The built-in form is fetched before the
 * offer is made: if it cannot be had, no offer is made — the patient is thanked, never led into a broken form.
 */
export class RecoveryContinuation implements Continuation {
  constructor(
    private readonly tag: string,
    private readonly recoverySurvey: () => string | undefined,
    private readonly loadDefinition: DefinitionLoader,
    private readonly builtIn: () => Promise<SurveyDefinition> = builtInRecoveryForm,
  ) {}

  async offers(definition: SurveyDefinition, answers: Answers): Promise<boolean> {
    if (!wantsRecovery(definition, answers)) return false;
    if (this.recoverySurvey()) return true;
    return this.builtIn().then(
      () => true,
      () => false,
    );
  }

  async load(signal: AbortSignal): Promise<SurveyDefinition | ConfigurationProblem> {
    const url = this.recoverySurvey();
    if (!url) return this.builtIn().catch((error: unknown) => partUnavailable(this.tag, 'the recovery form', error));
    const def = await this.loadDefinition(url, signal);
    if (isProblem(def)) return def;
    return loadTemplates(def).then(
      () => def,
      (error: unknown) => partUnavailable(this.tag, 'a question of the recovery form', error),
    );
  }
}
