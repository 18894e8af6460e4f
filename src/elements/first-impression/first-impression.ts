import { firstImpression } from '../../surveys/index.js';
import { SurveyForm } from '../survey-form/survey-form.js';

/**
 * @tagname pf-first-impression
 * @summary The first-impression survey: a few big screens about arrival, the front desk, the wait and being
 * listened to, headed by the NHS Friends and Family Test question. After a Poor or Very poor overall answer it asks
 * "Would you tell us what went wrong?" and can continue, in the same place, with the recovery form.
 *
 * @attr endpoint - URL that receives each submission (POST, JSON). Required.
 * @attr practice - The practice's name.
 * @attr location - Where the answers come from, e.g. `front-desk-tablet`.
 * @attr lang - Language (BCP 47); default: the page's, then the browser's.
 * @attr survey - URL of the practice's own survey definition (JSON).
 * @attr recovery-survey - URL of the practice's own recovery-form definition (JSON).
 * @attr promise - The practice's follow-up promise for the recovery form, e.g. "We will call you within one business day".
 * @attr emergency - Emergency notice on the recovery form's first screen.
 * @attr kiosk - Shared tablet: no autofill or keyboard learning, larger type.
 *
 * @event pf-submitted - Once per submission: `{ submission, status: 'delivered' | 'queued' }`.
 * @event pf-error - Bad configuration or delivery trouble: `{ code, message }`.
 * @event pf-screen - The screen changed: `{ phase, screen, total, inProgress }`.
 * @event input - An answer changed (native, from the control).
 * @event change - An answer changed (re-fired from the host).
 *
 * @csspart container - The card holding everything.
 * @csspart heading - The heading of each screen.
 * @csspart progress - "Step 2 of 5" and the progress bar.
 * @csspart question - A group of options.
 * @csspart option - One option tile.
 * @csspart field - A text field.
 * @csspart button - Every button.
 * @csspart button-primary - Next, Submit and the main choice on a screen.
 * @csspart error - Error messages and the error summary.
 * @csspart thank-you - The final screen.
 *
 * @cssproperty --pf-accent - Buttons, selected options, progress.
 * @cssproperty --pf-accent-text - Accent used as text (secondary buttons, faces).
 * @cssproperty --pf-font - Font family.
 * @cssproperty --pf-font-size - Base font size (`--pf-kiosk-font-size` with `kiosk`).
 * @cssproperty --pf-radius - Corner radius.
 * @cssproperty --pf-surface - Card background. A dark one in light mode: set `--pf-text` and `--pf-muted` too, and
 * `color-scheme: dark` on the element so its radios and checkboxes turn dark as well.
 * @cssproperty --pf-text - Text colour (set it with `--pf-surface`).
 * @cssproperty --pf-track - Progress bar track.
 * @cssproperty --pf-muted - Hints, progress text and counters.
 * @cssproperty --pf-border - Option and field borders.
 * @cssproperty --pf-selected - Background of a chosen option.
 * @cssproperty --pf-error - Error messages and invalid fields.
 * @cssproperty --pf-focus - Focus ring colour.
 * @cssproperty --pf-on-accent - Words on the accent (primary buttons).
 * @cssproperty --pf-field - Text field background.
 * @cssproperty --pf-padding - Space inside the card.
 * @cssproperty --pf-max-width - Widest the card grows.
 */
export class PfFirstImpression extends SurveyForm {
  static override properties = {
    ...SurveyForm.properties,
    recoverySurvey: { type: String, attribute: 'recovery-survey' },
  };

  /** URL of the practice's own recovery-form definition; default: the built-in one. */
  declare recoverySurvey: string | undefined;

  constructor() {
    super();
    this.builtIn = firstImpression;
    this.session.offersRecovery = true;
  }
}
