import { whatWentWrong } from '../../surveys/index.js';
import { SurveyForm } from '../survey-form/survey-form.js';

/**
 * @tagname pf-what-went-wrong
 * @summary "Tell us what went wrong": the service-recovery form. It apologises first, listens (what it was about,
 * then the patient's own words), asks what would make it right and whether — and how — to follow up. The
 * confirmation shows a reference code and, only when contact was requested with consent, the practice's promise.
 *
 * @attr endpoint - URL that receives each submission (POST, JSON). Required.
 * @attr practice - The practice's name.
 * @attr location - Where the answers come from.
 * @attr lang - Language (BCP 47); default: the page's, then the browser's.
 * @attr survey - URL of the practice's own recovery-form definition (JSON).
 * @attr promise - The practice's follow-up promise, e.g. "We will call you within one business day".
 * @attr emergency - Emergency notice on the first screen (default: call 911 or your local emergency number).
 * @attr related-to - Id of the first-impression submission this follows, if any.
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
 * @csspart progress - "Step 2 of 5" and its bar.
 * @csspart question - A group of options.
 * @csspart option - One option tile.
 * @csspart field - A text field.
 * @csspart button - Every button.
 * @csspart button-primary - Next and Submit.
 * @csspart error - Error messages and the error summary.
 * @csspart emergency - The emergency notice.
 * @csspart thank-you - The confirmation.
 *
 * @cssproperty --pf-accent - Buttons, selected options, the notes' edge.
 * @cssproperty --pf-accent-text - Accent used as text (secondary buttons, faces).
 * @cssproperty --pf-font - Font family.
 * @cssproperty --pf-font-size - Base font size (`--pf-kiosk-font-size` with `kiosk`).
 * @cssproperty --pf-radius - Corner radius.
 * @cssproperty --pf-surface - Card background. A dark one in light mode: set `--pf-text` and `--pf-muted` too, and
 * `color-scheme: dark` on the element so its radios and checkboxes turn dark as well.
 * @cssproperty --pf-text - Text colour (set it with `--pf-surface`).
 * @cssproperty --pf-track - Progress bar track.
 * @cssproperty --pf-muted - Hints and counters.
 * @cssproperty --pf-border - Option and field borders.
 * @cssproperty --pf-selected - Background of a chosen option.
 * @cssproperty --pf-error - Error messages and invalid fields.
 * @cssproperty --pf-focus - Focus ring colour.
 * @cssproperty --pf-on-accent - Words on the accent (primary buttons).
 * @cssproperty --pf-field - Text field background.
 * @cssproperty --pf-padding - Space inside the card.
 * @cssproperty --pf-max-width - Widest the card grows.
 */
export class PfWhatWentWrong extends SurveyForm {
  static override properties = {
    ...SurveyForm.properties,
    relatedTo: { type: String, attribute: 'related-to' },
  };

  /** Id of the first-impression submission this recovery form follows. */
  declare relatedTo: string | undefined;

  constructor() {
    super();
    this.builtIn = whatWentWrong;
  }
}
