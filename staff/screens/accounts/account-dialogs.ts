/**
 * The Accounts screen's dialogs (templates): Change (role and practices), the confirmation each weighty action
 * asks for (disable, enable, new set-up link, second factor off), and the set-up link shown once, with Copy and
 * what to tell the person.
 */
import { html, nothing } from 'lit';
import type { AccountSetup, StaffAccountSummary } from '../../../src/core/accounts-api.js';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import { staffTime } from '../../format/time.js';
import type { AccountStrings, ConfirmKind } from '../../i18n/accounts.js';
import { fill } from '../../i18n/index.js';
import { practiceFields, roleField } from './account-fields.js';

export interface ChangeDialog {
  account: StaffAccountSummary;
  me: Me;
  a: AccountStrings;
  problem: string;
  invalid: string;
  onSave: (event: SubmitEvent) => void;
  onCancel: () => void;
}

export function changeDialog(o: ChangeDialog) {
  const { a, account } = o;
  const fields = {
    prefix: 'change',
    me: o.me,
    a,
    role: account.role,
    practices: account.practices,
    invalid: o.invalid,
  };
  return html`<dialog aria-labelledby="change-title" @cancel=${o.onCancel}>
    <h2 id="change-title" class="words">${fill(a.changeTitle, account.email)}</h2>
    <form @submit=${o.onSave} novalidate>
      ${roleField(fields)} ${practiceFields(fields)}
      ${o.problem ? html`<p id="change-problem" class="problem" role="alert">${o.problem}</p>` : nothing}
      <div class="actions">
        <button type="submit" class="primary">${a.save}</button>
        <button type="button" @click=${o.onCancel}>${a.cancel}</button>
      </div>
    </form>
  </dialog>`;
}

export function confirmDialog(
  a: AccountStrings,
  account: StaffAccountSummary,
  kind: ConfirmKind,
  onConfirm: () => void,
  onCancel: () => void,
) {
  const words = a.confirm[kind];
  return html`<dialog aria-labelledby="confirm-title" aria-describedby="confirm-text" @cancel=${onCancel}>
    <h2 id="confirm-title" class="words">${fill(words.title, account.email)}</h2>
    <p id="confirm-text">${words.text}</p>
    <div class="actions">
      <button type="button" class="primary" @click=${onConfirm}>${words.button}</button>
      <button type="button" @click=${onCancel}>${a.cancel}</button>
    </div>
  </dialog>`;
}

export interface ReadyOptions {
  setup: AccountSetup;
  a: AccountStrings;
  lang: StaffLanguage;
  timeZone: string | undefined;
  copyNote: string;
  onCopy: () => void;
  onDone: () => void;
}

export function setupReady(o: ReadyOptions) {
  const { a, setup } = o;
  const until = staffTime(setup.expiresAt, o.lang, o.timeZone);
  return html`<section class="ready" aria-labelledby="link-title">
    <h2 id="link-title" class="words" tabindex="-1">${fill(a.linkTitle, setup.account.email)}</h2>
    <p><strong>${a.linkOnce}</strong></p>
    <p class="words">${fill(a.linkTell, setup.account.email, until)}</p>
    <div class="field">
      <label for="setup-link">${a.linkLabel}</label>
      <input id="setup-link" readonly .value=${setup.link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
    </div>
    <div class="actions">
      <button type="button" class="primary" @click=${o.onCopy}>${a.copy}</button>
      <button type="button" @click=${o.onDone}>${a.done}</button>
    </div>
    <p role="status">${o.copyNote}</p>
  </section>`;
}
