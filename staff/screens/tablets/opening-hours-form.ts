/**
 * @summary `<pf-staff-opening-hours>`: a practice's opening hours, for its admins to set — one field a day, typed as
 * `08:00-18:00` or `08:00-12:30, 13:30-18:00`, empty when closed, in the practice's time zone. They decide when a
 * silent tablet needs attention (and when the alerts warn of one). Staff who are not admins read them.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { WEEK_DAYS, type OpeningHours, type OpeningHoursSettings } from '../../../src/core/tablets-api.js';
import { ApiError, type StaffApi } from '../../api/client.js';
import { refusalText } from '../../api/refusal.js';
import { AnnounceEvent } from '../../app/events.js';
import { dayNames, periodsFrom, periodsText } from '../../format/tablet-words.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { tabletsStyles } from './tablets.styles.js';

export class OpeningHoursForm extends LitElement {
  static override styles = [sharedStyles, tabletsStyles];
  static override properties = {
    api: { attribute: false },
    lang: { attribute: false },
    practiceId: { attribute: false },
    canChange: { attribute: false },
    settings: { state: true },
    problem: { state: true },
    invalid: { state: true },
    saving: { state: true },
    saved: { state: true },
  };

  declare api: StaffApi;
  declare lang: StaffLanguage;
  declare practiceId: string;
  declare canChange: boolean;
  declare settings: OpeningHoursSettings | undefined;
  declare problem: string;
  /** The day a refusal named (`mon`). */
  declare invalid: string;
  declare saving: boolean;
  declare saved: boolean;

  constructor() {
    super();
    this.canChange = false;
    this.problem = '';
    this.invalid = '';
    this.saving = false;
    this.saved = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('practiceId') && this.practiceId) void this.load();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('invalid') && this.invalid)
      this.renderRoot.querySelector<HTMLElement>(`#hours-${this.invalid}`)?.focus();
  }

  private async load(): Promise<void> {
    this.settings = undefined;
    this.problem = '';
    this.invalid = '';
    this.saved = false;
    try {
      this.settings = await this.api.openingHours(this.practiceId);
    } catch (error) {
      this.problem = refusalText(error, this.lang);
    }
  }

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const t = staffStrings(this.lang);
    const names = dayNames(this.lang);
    const data = new FormData(event.target as HTMLFormElement);
    const hours: OpeningHours = {};
    this.saved = false;
    for (const day of WEEK_DAYS) {
      const typed = data.get(day);
      const periods = periodsFrom(typeof typed === 'string' ? typed : '');
      if (!periods) {
        this.problem = fill(t.openingHoursWrong, names[day]);
        this.invalid = day;
        return;
      }
      if (periods.length) hours[day] = periods;
    }
    this.saving = true;
    this.problem = '';
    this.invalid = '';
    try {
      this.settings = await this.api.changeOpeningHours(this.practiceId, hours);
      this.saved = true;
      this.dispatchEvent(new AnnounceEvent(t.saved));
    } catch (error) {
      const path = error instanceof ApiError ? (error.path ?? '') : '';
      const day = /^openingHours\.(\w+)/.exec(path)?.[1] ?? '';
      this.invalid = (WEEK_DAYS as readonly string[]).includes(day) ? day : '';
      this.problem = refusalText(error, this.lang, undefined, t.notSaved);
    } finally {
      this.saving = false;
    }
  };

  override render() {
    const t = staffStrings(this.lang);
    const s = this.settings;
    const names = dayNames(this.lang);
    return html`<h2>${t.openingHoursTitle}</h2>
      ${
        s
          ? html`<p>${fill(t.openingHoursIntro, s.timeZone)}</p>
            ${s.set ? nothing : html`<p>${t.openingHoursDefault}</p>`}
            <form @submit=${this.onSubmit} @input=${() => (this.saved = false)} novalidate>
              <fieldset class="days" ?disabled=${!this.canChange}>
                <legend class="visually-hidden">${t.openingHoursTitle}</legend>
                ${WEEK_DAYS.map(
                  (day) => html`<div class="field">
                    <label for=${`hours-${day}`}>${names[day]}</label>
                    <input
                      id=${`hours-${day}`}
                      name=${day}
                      autocomplete="off"
                      .value=${periodsText(s.openingHours[day])}
                      aria-invalid=${this.invalid === day ? 'true' : 'false'}
                      aria-describedby=${this.invalid === day ? 'hours-problem' : nothing}
                    />
                  </div>`,
                )}
              </fieldset>
              ${this.problem ? html`<p id="hours-problem" class="problem" role="alert">${this.problem}</p>` : nothing}
              ${this.saved ? html`<p class="saved"><strong>${t.saved}</strong></p>` : nothing}
              ${
                this.canChange
                  ? html`<div class="actions">
                    <button type="submit" class="primary" ?disabled=${this.saving}>
                      ${this.saving ? t.saving : t.saveOpeningHours}
                    </button>
                  </div>`
                  : nothing
              }
            </form>`
          : this.problem
            ? html`<p class="problem" role="alert">${this.problem}</p>`
            : html`<p>${t.loading}</p>`
      }`;
  }
}

customElements.define('pf-staff-opening-hours', OpeningHoursForm);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-opening-hours': OpeningHoursForm;
  }
}
