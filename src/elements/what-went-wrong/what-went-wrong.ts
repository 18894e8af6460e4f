import type { SurveyDefinition, SurveyKind } from '../../core/definition.js';
import { builtInRecoveryForm } from '../survey-form/recovery-continuation.js';
import { SurveyForm } from '../survey-form/survey-form.js';

/**
 * @tagname pf-what-went-wrong
 * @summary "Tell us what went wrong": the service-recovery form. It apologises first, listens (what it was about,
 * then the patient's own words), asks what would make it right and whether — and how — to follow up. The
 * confirmation shows a reference code and, only when contact was requested with consent, the practice's promise.
 *
 * @attr related-to - Id of the first-impression submission this follows, if any.
 */
export class PfWhatWentWrong extends SurveyForm {
  static override properties = {
    ...SurveyForm.properties,
    relatedTo: { type: String, attribute: 'related-to' },
  };

  /** Id of the first-impression submission this recovery form follows. */
  declare relatedTo: string | undefined;

  /** Fetched after the script (it is the recovery form `<pf-first-impression>` fetches too). */
  protected override builtIn(): Promise<SurveyDefinition> {
    return builtInRecoveryForm();
  }

  protected override surveyKind(): SurveyKind {
    return 'what-went-wrong';
  }

  protected override relatedToId(): string | undefined {
    return this.relatedTo;
  }
}
