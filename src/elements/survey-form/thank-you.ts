import { html, nothing, type TemplateResult } from 'lit';
import type { ContactAnswer, Submission } from '../../core/definition.js';
import type { UiStrings } from '../../i18n/index.js';

export interface ThankYouOptions {
  readonly t: UiStrings;
  readonly submission: Submission;
  readonly practice: string;
  /** The practice's follow-up promise, if it configured one. */
  readonly promise: string;
  /** First impression only: 'ask' shows "Would you tell us what went wrong?". */
  readonly recovery: 'ask' | 'declined' | 'none';
  readonly onAccept: () => void;
  readonly onDecline: () => void;
}

/** The practice promised to get back only to patients who asked for contact and gave consent. */
function contactRequested(submission: Submission): boolean {
  const c = submission.answers['contact'] as ContactAnswer | undefined;
  return !!c && typeof c === 'object' && c.method !== 'none' && c.consent === true;
}

/** The last screen. Its heading starts with "Thank you" (a contract) and receives focus. */
export function thankYou(o: ThankYouOptions): TemplateResult {
  const { t, submission } = o;
  const recovery = submission.kind === 'what-went-wrong';
  return html`<section class="thank-you" part="thank-you">
    <h2 class="title" part="heading" tabindex="-1" data-screen-heading>${recovery ? t.thankYouRecovery : t.thankYou}</h2>
    ${recovery
      ? html`<p>${t.thankYouRecoveryText}</p>
          ${submission.reference
            ? html`<div class="reference">
                <p class="reference-label" id="reference-label">${t.reference}</p>
                <p class="reference-code" aria-describedby="reference-label">${submission.reference}</p>
                <p class="help">${t.referenceHint}</p>
              </div>`
            : nothing}
          ${o.promise && contactRequested(submission) ? html`<p class="promise">${o.promise}</p>` : nothing}`
      : html`<p>${t.thankYouText(o.practice)}</p>`}
    ${o.recovery === 'ask'
      ? html`<div class="recovery-offer">
          <h3 class="title">${t.recoveryAsk}</h3>
          <p>${t.recoveryWhy}</p>
          <div class="actions">
            <button type="button" class="secondary" part="button" @click=${o.onDecline}>${t.recoveryDecline}</button>
            <button type="button" class="primary" part="button button-primary" @click=${o.onAccept}>${t.recoveryAccept}</button>
          </div>
        </div>`
      : nothing}
    ${o.recovery === 'declined' ? html`<p role="status">${t.declined}</p>` : nothing}
  </section>`;
}

/** Sending failed and the device could not keep it: say so plainly, never claim it was saved. */
export function notSaved(t: UiStrings, onRetry: () => void): TemplateResult {
  return html`<section class="not-saved" role="alert" part="error">
    <h2 class="title" part="heading" tabindex="-1" data-screen-heading>${t.notSaved}</h2>
    <p>${t.notSavedHint}</p>
    <div class="actions">
      <button type="button" class="primary" part="button button-primary" @click=${onRetry}>${t.tryAgain}</button>
    </div>
  </section>`;
}
