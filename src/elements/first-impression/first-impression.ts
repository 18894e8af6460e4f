import type { SurveyDefinition, SurveyKind } from '../../core/definition.js';
import { builtInSurvey } from '../../i18n/index.js';
import { firstImpression } from '../../surveys/first-impression.js';
import { loadDefinition } from '../survey-form/definition-source.js';
import { builtInRecoveryForm, RecoveryContinuation } from '../survey-form/recovery-continuation.js';
import { SurveyForm } from '../survey-form/survey-form.js';
import type { Continuation } from '../survey-form/survey-session.js';

/**
 * @tagname pf-first-impression
 * @summary The first-impression survey: a few big screens about arrival, the front desk, the wait and being
 * listened to, headed by the NHS Friends and Family Test question. After a Poor or Very poor overall answer it asks
 * "Would you tell us what went wrong?" and can continue, in the same place, with the recovery form.
 *
 * @attr recovery-survey - URL of the practice's own recovery-form definition (JSON); default: the built-in one.
 */
export class PfFirstImpression extends SurveyForm {
  static override properties = {
    ...SurveyForm.properties,
    recoverySurvey: { type: String, attribute: 'recovery-survey' },
  };

  /** URL of the practice's own recovery-form definition; default: the built-in one. */
  declare recoverySurvey: string | undefined;

  protected override builtIn(): SurveyDefinition {
    return builtInSurvey(firstImpression);
  }

  protected override surveyKind(): SurveyKind {
    return 'first-impression';
  }

  protected override prefetch(): void {
    super.prefetch();
    // The offer after a poor answer is made only once the recovery form is here.
    builtInRecoveryForm().catch(() => undefined);
  }

  protected override continuation(): Continuation {
    return new RecoveryContinuation(
      this.localName,
      () => this.recoverySurvey,
      (url, signal) => loadDefinition(this.localName, url, signal, 'what-went-wrong'),
    );
  }
}
