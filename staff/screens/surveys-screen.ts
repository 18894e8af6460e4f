/**
 * @summary `<pf-staff-surveys>`: the survey registry for admins (issue 13, stage 4) — the versions their practices
 * use (built in, or published by whom and when, and since when patients answer them), an editor that checks a
 * definition as it is typed and previews it with the real patient element, publishing a new version, and which
 * address a tablet or a website is given to show one. Staff who are not admins are told the screen is for admins
 * (the collector refuses them a new version all the same).
 */
import { LitElement, html } from 'lit';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../api/client.js';
import type { SurveyVersion } from '../api/surveys.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import './surveys/survey-editor.js';
import './surveys/survey-list.js';
import './surveys/survey-use.js';

export class SurveysScreen extends LitElement {
  static override styles = sharedStyles;
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    surveys: { state: true },
    problem: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare surveys: SurveyVersion[] | undefined;
  declare problem: string;

  private abort: AbortController | undefined;

  constructor() {
    super();
    this.problem = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.me.role === 'admin') void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.problem = '';
    try {
      const surveys = await this.api.surveys(abort.signal);
      if (!abort.signal.aborted) this.surveys = surveys;
    } catch (error) {
      if (abort.signal.aborted) return;
      const t = staffStrings(this.lang);
      this.problem =
        error instanceof ApiError && error.status === 0
          ? t.offline
          : fill(t.problem, error instanceof Error ? error.message : String(error));
    }
  }

  private onChanged = (): void => void this.load();

  override render() {
    const t = staffStrings(this.lang);
    if (this.me.role !== 'admin') {
      return html`<h1>${t.navSurveys}</h1>
        <p>${t.surveysAdminsOnly}</p>`;
    }
    const surveys = this.surveys;
    return html`<h1>${t.navSurveys}</h1>
      <p>${t.surveysIntro}</p>
      ${
        surveys
          ? html`<pf-staff-survey-list .me=${this.me} .lang=${this.lang} .surveys=${surveys}></pf-staff-survey-list>
            <pf-staff-survey-editor
              .api=${this.api}
              .me=${this.me}
              .lang=${this.lang}
              .surveys=${surveys}
              @pf-staff-surveys-changed=${this.onChanged}
            ></pf-staff-survey-editor>
            <pf-staff-survey-use .me=${this.me} .lang=${this.lang} .surveys=${surveys}></pf-staff-survey-use>`
          : this.problem
            ? html`<p class="problem" role="alert">${this.problem}</p>
              <button type="button" @click=${this.onChanged}>${t.tryAgain}</button>`
            : html`<p>${t.loading}</p>`
      }`;
  }
}

customElements.define('pf-staff-surveys', SurveysScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-surveys': SurveysScreen;
  }
}
