import { html, type TemplateResult } from 'lit';
import type { UiStrings } from '../../i18n/index.js';

/** Sending failed and the device could not keep it: say so plainly, never claim it was saved. */
export const notSaved = (t: UiStrings, retry: () => void): TemplateResult =>
  html`<section class="box" role="alert" part="error">
    <h2 class="title" part="heading" tabindex="-1" data-screen-heading>${t.notSaved}</h2>
    <p>${t.notSavedHint}</p>
    <div class="actions"><button type="button" class="primary" part="button button-primary" @click=${retry}>${t.tryAgain}</button></div>
  </section>`;
