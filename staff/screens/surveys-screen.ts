/**
 * @summary `<pf-staff-surveys>`: the survey registry for admins (issue 13, stage 4) — the versions their practices
 * use (built in, or published by whom and when, and since when patients answer them), an editor that checks a
 * definition as it is typed and previews it with the real patient element, publishing a new version, and which
 * address a tablet or a website is given to show one. Staff who are not admins are told the screen is for admins
 * (the collector refuses them a new version all the same).
 */
import { LitElement, html, nothing } from 'lit';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import type { StaffApi } from '../api/client.js';
import { staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { ScreenLoad } from './screen-load.js';
import './surveys/survey-editor.js';
import './surveys/survey-list.js';
import './surveys/survey-use.js';

export class SurveysScreen extends LitElement {
  static override styles = sharedStyles;
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;

  private readonly surveys = new ScreenLoad(this, {
    read: ({ signal }) => this.api.surveys(signal),
    allowed: (me) => me.role === 'admin',
  });

  private onChanged = (): void => void this.surveys.load();

  /** Try again: Loading… while it does. */
  private onTryAgain = (): void => {
    this.surveys.problem = '';
    void this.surveys.load();
  };

  override render() {
    const t = staffStrings(this.lang);
    if (!this.surveys.allowed) {
      return html`<h1>${t.navSurveys}</h1>
        <p>${t.surveysAdminsOnly}</p>`;
    }
    const refused = !this.surveys.value && this.surveys.problem;
    return html`<h1>${t.navSurveys}</h1>
      <p>${t.surveysIntro}</p>
      ${this.surveys.view(
        (surveys) =>
          html`<pf-staff-survey-list .me=${this.me} .lang=${this.lang} .surveys=${surveys}></pf-staff-survey-list>
            <pf-staff-survey-editor
              .api=${this.api}
              .me=${this.me}
              .lang=${this.lang}
              .surveys=${surveys}
              @pf-staff-surveys-changed=${this.onChanged}
            ></pf-staff-survey-editor>
            <pf-staff-survey-use .me=${this.me} .lang=${this.lang} .surveys=${surveys}></pf-staff-survey-use>`,
      )}
      ${refused ? html`<button type="button" @click=${this.onTryAgain}>${t.tryAgain}</button>` : nothing}`;
  }
}

customElements.define('pf-staff-surveys', SurveysScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-surveys': SurveysScreen;
  }
}
