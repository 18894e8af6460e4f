import { firstImpression } from '../../surveys/index.js';
import { SurveyForm } from '../survey-form/survey-form.js';

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

  protected override readonly offersRecovery = true;

  constructor() {
    super();
    this.builtIn = firstImpression;
  }
}
