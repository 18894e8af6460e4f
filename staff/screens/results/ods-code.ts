/**
 * @summary `<pf-staff-ods-code>`: a practice's NHS organisation (ODS) code, which heads its return; admins set it
 * here (a letter and five digits for a GP practice, F81001). The collector checks it and says what is wrong.
 *
 * @fires pf-staff-ods-code - the code as the collector now has it.
 */
import { LitElement, html, nothing } from 'lit';
import { normalizeOdsCode } from '../../../src/core/results/ods-code.js';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../../api/client.js';
import { AnnounceEvent } from '../../app/events.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { OdsCodeEvent } from './events.js';
import { resultsStyles } from './results.styles.js';

export class OdsCodeForm extends LitElement {
  static override styles = [sharedStyles, resultsStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    practice: { attribute: false },
    saving: { state: true },
    problem: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare practice: { id: string; name: string; odsCode: string | null };
  declare saving: boolean;
  declare problem: string;

  constructor() {
    super();
    this.saving = false;
    this.problem = '';
  }

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const t = staffStrings(this.lang);
    const typed = new FormData(event.target as HTMLFormElement).get('ods');
    this.saving = true;
    this.problem = '';
    try {
      const { odsCode } = await this.api.organisationCode({
        practice: this.practice.id,
        odsCode: normalizeOdsCode(typeof typed === 'string' ? typed : ''),
      });
      this.dispatchEvent(new OdsCodeEvent(this.practice.id, odsCode));
      this.dispatchEvent(new AnnounceEvent(t.saved));
    } catch (error) {
      this.problem =
        error instanceof ApiError && error.status === 400
          ? fill(t.odsCodeWrong, error.message)
          : error instanceof ApiError && error.status === 0
            ? t.offline
            : fill(t.problem, error instanceof Error ? error.message : String(error));
    } finally {
      this.saving = false;
    }
  };

  override render() {
    const t = staffStrings(this.lang);
    const p = this.practice;
    return html`<p class="ods">
        ${fill(t.odsCodeOf, p.name)} <strong>${p.odsCode ?? t.odsCodeNotSet}</strong>
      </p>
      ${
        this.me.role === 'admin'
          ? html`<form class="ods-form no-print" @submit=${this.onSubmit}>
              <div class="field">
                <label for="ods">${fill(t.odsCodeLabel, p.name)}</label>
                <input
                  id="ods"
                  name="ods"
                  autocomplete="off"
                  spellcheck="false"
                  maxlength="8"
                  aria-describedby="ods-hint"
                  .value=${p.odsCode ?? ''}
                />
                <p class="hint" id="ods-hint">${t.odsCodeHint}</p>
              </div>
              <button type="submit" ?disabled=${this.saving}>${this.saving ? t.saving : t.odsCodeSave}</button>
              ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
            </form>`
          : nothing
      }`;
  }
}

customElements.define('pf-staff-ods-code', OdsCodeForm);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-ods-code': OdsCodeForm;
  }
}
