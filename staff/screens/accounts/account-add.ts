/**
 * @summary `<pf-staff-account-add>`: "Add a person" for admins — email, role and practices — which makes the
 * account without a password and a set-up link (`POST /api/staff/accounts`); a refusal is said beside the field it
 * names.
 *
 * @event pf-staff-account-link - an account was added: the screen shows its set-up link, once.
 */
import { LitElement, html, nothing } from 'lit';
import type { AccountSetup } from '../../../src/core/accounts-api.js';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import type { AccountsApi } from '../../api/accounts.js';
import { ApiError } from '../../api/client.js';
import { accountStrings } from '../../i18n/accounts.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { practiceFields, readFields, roleField } from './account-fields.js';
import { accountsStyles } from './accounts.styles.js';

export class AccountLinkEvent extends Event {
  static readonly type = 'pf-staff-account-link';
  constructor(readonly setup: AccountSetup) {
    super(AccountLinkEvent.type, { bubbles: true, composed: true });
  }
}

export class AccountAddForm extends LitElement {
  static override styles = [sharedStyles, accountsStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    problem: { state: true },
    invalid: { state: true },
    adding: { state: true },
  };

  declare api: AccountsApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare problem: string;
  declare invalid: string;
  declare adding: boolean;

  constructor() {
    super();
    this.problem = '';
    this.invalid = '';
    this.adding = false;
  }

  private focusInvalid(): void {
    const target =
      this.invalid === 'practices'
        ? this.renderRoot.querySelector<HTMLElement>('fieldset input')
        : this.renderRoot.querySelector<HTMLElement>(`#add-${this.invalid}`);
    target?.focus();
  }

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const a = accountStrings(this.lang);
    const typed = new FormData(form).get('email');
    const email = typeof typed === 'string' ? typed.trim() : '';
    const { role, practices } = readFields(form);
    this.problem = '';
    this.invalid = '';
    if (!practices) {
      this.invalid = 'practices';
      this.problem = a.choosePractices;
      await this.updateComplete;
      return this.focusInvalid();
    }
    this.adding = true;
    try {
      const setup = await this.api.add({ email, role, practices });
      form.reset();
      this.dispatchEvent(new AccountLinkEvent(setup));
    } catch (error) {
      const t = staffStrings(this.lang);
      const path = error instanceof ApiError ? (error.path ?? '') : '';
      this.invalid = ['email', 'role', 'practices'].includes(path) ? path : '';
      this.problem =
        error instanceof ApiError && error.status === 0
          ? t.offline
          : fill(a.problem, error instanceof Error ? error.message : String(error));
      await this.updateComplete;
      this.focusInvalid();
    } finally {
      this.adding = false;
    }
  };

  override render() {
    const a = accountStrings(this.lang);
    const fields = { prefix: 'add', me: this.me, a, role: 'staff' as const, practices: [], invalid: this.invalid };
    const described = (name: string) => (this.invalid === name ? 'add-problem' : nothing);
    return html`<h2>${a.addTitle}</h2>
      <p>${a.addHint}</p>
      <form @submit=${this.onSubmit} novalidate>
        <div class="field">
          <label for="add-email">${a.email}</label>
          <input id="add-email" name="email" type="email" autocomplete="off" required
            aria-invalid=${this.invalid === 'email' ? 'true' : 'false'} aria-describedby=${described('email')} />
        </div>
        ${roleField(fields)} ${practiceFields(fields)}
        ${this.problem ? html`<p id="add-problem" class="problem" role="alert">${this.problem}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.adding}>${this.adding ? a.adding : a.add}</button>
        </div>
      </form>`;
  }
}

customElements.define('pf-staff-account-add', AccountAddForm);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-account-add': AccountAddForm;
  }
  interface HTMLElementEventMap {
    'pf-staff-account-link': AccountLinkEvent;
  }
}
