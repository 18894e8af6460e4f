import { html, nothing, type TemplateResult } from 'lit';
import type { ContactAnswer } from '../../core/definition.js';
import { fill, type UiStrings } from '../../i18n/index.js';
import type { SurveySession } from './survey-session.js';

/**
 * The last screen. Its heading starts with "Thank you" (a contract) and receives focus. The recovery form's shows
 * the reference code to quote and, only when the patient asked to be contacted and consented, the practice's promise
 * (no promise configured: no time is invented). After a poor first impression it asks "Would you tell us what went
 * wrong?". The first-impression thanks names the practice when `practice` is set. It arrives with delivery (the
 * after-submit part): no patient reaches it before delivery has taken their answers.
 */
export function thankYou(t: UiStrings, s: SurveySession, promise = '', practice = ''): TemplateResult {
  const submission = s.submission!;
  const recovery = submission.kind === 'what-went-wrong';
  const contact = submission.answers['contact'] as ContactAnswer | undefined;
  return html`<section part="thank-you">
    <h2 class="title" part="heading" tabindex="-1" data-screen-heading>${recovery ? t.thanksRecovery : t.thanks}</h2>
    <p>${recovery ? t.thanksRecoveryText : fill(t.thanksText, practice || t.us)}</p>
    ${
      recovery && submission.reference
        ? html`<p class="strong" id="reference">${t.reference}</p>
          <p class="reference-code" aria-describedby="reference"><bdi dir="ltr">${submission.reference}</bdi></p>
          <p class="hint">${t.referenceHint}</p>`
        : nothing
    }
    ${recovery && promise && contact?.consent && contact.method !== 'none' ? html`<p class="strong" dir="auto">${promise}</p>` : nothing}
    ${
      s.recoveryOffer === 'ask'
        ? html`<h3 class="title">${t.ask}</h3>
          <p>${t.askWhy}</p>
          <div class="actions offer">
            <button type="button" part="button" @click=${() => s.declineRecovery()}>${t.decline}</button>
            <button type="button" class="primary" part="button button-primary" @click=${() => void s.acceptRecovery()}>${t.accept}</button>
          </div>`
        : s.recoveryOffer === 'declined'
          ? html`<p role="status">${t.thanksRecoveryText}</p>`
          : nothing
    }
  </section>`;
}
