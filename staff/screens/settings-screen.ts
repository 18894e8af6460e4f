/**
 * @summary `<pf-staff-settings>`: what holds for the whole deployment, for admins who see every practice — how long
 * patients' words and contact details are kept (empty: until a patient asks for erasure) and how long the audit
 * trail is kept. The collector checks the periods (src/core/settings-api.ts has the bounds); a refused one is named
 * beside its field, in the screen's language. Each change is audited.
 */
import { LitElement, html, nothing } from 'lit';
import { AUDIT_DAYS, SUBMISSION_DAYS, type RetentionSettings } from '../../src/core/settings-api.js';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../api/client.js';
import { isGroupAdmin } from '../api/refusal.js';
import { AnnounceEvent } from '../app/events.js';
import { fill, staffStrings } from '../i18n/index.js';
import { settingsStrings } from '../i18n/settings.js';
import { sharedStyles } from '../styles/shared.js';
import { filterStyles } from './filters.styles.js';
import { ScreenLoad } from './screen-load.js';

type Field = keyof RetentionSettings;
const BOUNDS: Record<Field, { min: number; max: number }> = { submissionDays: SUBMISSION_DAYS, auditDays: AUDIT_DAYS };
const SETTINGS = '/api/staff/settings';

export class SettingsScreen extends LitElement {
  static override styles = [sharedStyles, filterStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    problem: { state: true },
    wrong: { state: true },
    saving: { state: true },
    saved: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  /** Why the collector refused a change. */
  declare problem: string;
  /** The field the collector refused. */
  declare wrong: Field | undefined;
  declare saving: boolean;
  declare saved: boolean;

  constructor() {
    super();
    this.problem = '';
    this.saving = false;
    this.saved = false;
  }

  private readonly settings = new ScreenLoad(this, {
    read: ({ signal }) => this.api.request<RetentionSettings>(SETTINGS, { signal }),
    allowed: isGroupAdmin,
    forbidden: (lang) => settingsStrings(lang).forbidden,
  });

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const days = (name: Field) => {
      const value = form.get(name);
      return typeof value === 'string' && value.trim() ? Number(value) : null;
    };
    const s = settingsStrings(this.lang);
    this.saving = true;
    this.saved = false;
    this.problem = '';
    this.wrong = undefined;
    try {
      const wanted = { submissionDays: days('submissionDays'), auditDays: days('auditDays') };
      this.settings.value = await this.api.request<RetentionSettings>(SETTINGS, { method: 'POST', body: wanted });
      this.saved = true;
      this.dispatchEvent(new AnnounceEvent(s.saved));
    } catch (error) {
      const path = error instanceof ApiError && error.status === 400 ? error.path : undefined;
      if (path === 'submissionDays' || path === 'auditDays') {
        this.wrong = path;
        const { min, max } = BOUNDS[path];
        this.problem = fill(s.wrongDays, s[path], min, max);
      } else {
        this.problem = this.settings.refusal(error);
      }
    } finally {
      this.saving = false;
    }
  };

  private field(name: Field, value: number | null, hint: string) {
    const s = settingsStrings(this.lang);
    const wrong = this.wrong === name;
    const id = name === 'auditDays' ? 'audit-days' : 'submission-days';
    return html`<div class="field">
      <label for=${id}>${s[name]}</label>
      <input
        id=${id}
        name=${name}
        type="number"
        inputmode="numeric"
        min=${BOUNDS[name].min}
        max=${BOUNDS[name].max}
        .value=${value === null ? '' : String(value)}
        aria-invalid=${wrong ? 'true' : 'false'}
        aria-describedby=${wrong ? `${id}-hint settings-problem` : `${id}-hint`}
      />
      <p class="hint" id=${`${id}-hint`}>${hint}</p>
    </div>`;
  }

  private body() {
    const s = settingsStrings(this.lang);
    if (!this.settings.allowed) return html`<p>${s.forbidden}</p>`;
    return this.settings.view((now) => {
      const current = now.submissionDays === null ? s.submissionNowKept : fill(s.submissionNow, now.submissionDays);
      return html`<p>${s.intro}</p>
        <form @submit=${this.onSubmit} @input=${() => (this.saved = false)} novalidate aria-labelledby="keeping">
          <h2 id="keeping">${s.keepingTitle}</h2>
          ${this.field('submissionDays', now.submissionDays, `${s.submissionHint} ${current}`)}
          ${this.field('auditDays', now.auditDays, fill(s.auditHint, AUDIT_DAYS.min))}
          ${this.problem ? html`<p id="settings-problem" class="problem" role="alert">${this.problem}</p>` : nothing}
          ${this.saved ? html`<p role="status"><strong>${s.saved}</strong></p>` : nothing}
          <div class="actions">
            <button type="submit" class="primary" ?disabled=${this.saving}>${this.saving ? s.saving : s.save}</button>
          </div>
        </form>`;
    });
  }

  /** The heading stays the same element whatever follows it: focus put on it on arrival is not lost. */
  override render() {
    return html`<h1 tabindex="-1">${staffStrings(this.lang).navSettings}</h1>
      ${this.body()}`;
  }
}

customElements.define('pf-staff-settings', SettingsScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-settings': SettingsScreen;
  }
}
