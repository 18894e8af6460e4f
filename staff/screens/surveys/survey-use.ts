/**
 * @summary `<pf-staff-survey-use>`: which survey a tablet or a website shows, and how to change it. A tablet or a
 * page shows a version when it is given the version's address: the kiosk's setup link takes `survey=<address>`, the
 * website's element its `survey` attribute. The collector knows when patients first answered each version; it does
 * not yet know which tablet or website asked for which (tablets become known devices in a later stage), so this
 * says so rather than guess. Each address is ready to copy.
 */
import { LitElement, html, nothing } from 'lit';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import { localize } from '../../../src/core/text.js';
import type { SurveyVersion } from '../../api/surveys.js';
import { AnnounceEvent } from '../../app/events.js';
import { staffTime } from '../../format/time.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { surveysStyles } from './surveys.styles.js';

const keyOf = (s: SurveyVersion) => `${s.id}\n${s.version}`;

/** The practice's endpoint (docs/collector.md: the `default` practice's is /api/feedback). */
function endpointOf(practiceId: string | null): string {
  const path =
    practiceId === null
      ? '/api/feedback/p/<practice>'
      : practiceId === 'default'
        ? '/api/feedback'
        : `/api/feedback/p/${practiceId}`;
  return `${location.origin}${path}`;
}

export class SurveyUse extends LitElement {
  static override styles = [sharedStyles, surveysStyles];
  static override properties = {
    me: { attribute: false },
    lang: { attribute: false },
    surveys: { attribute: false },
    chosen: { state: true },
  };

  declare me: Me;
  declare lang: StaffLanguage;
  declare surveys: readonly SurveyVersion[];
  declare chosen: string;

  constructor() {
    super();
    this.chosen = '';
  }

  private onChoose = (event: Event): void => {
    this.chosen = (event.target as HTMLSelectElement).value;
  };

  private async copy(id: string): Promise<void> {
    const t = staffStrings(this.lang);
    const field = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      this.dispatchEvent(new AnnounceEvent(t.surveyCopied));
    } catch {
      // No clipboard (a page over plain http, or permission refused): selected for Ctrl+C instead.
      field.focus();
      field.select();
      this.dispatchEvent(new AnnounceEvent(t.copySelected));
    }
  }

  private copyable(id: string, label: string, value: string, multiline = false) {
    const t = staffStrings(this.lang);
    return html`<div class="field">
      <label id=${`${id}-label`} for=${id}>${label}</label>
      <div class="copy">
        ${
          multiline
            ? html`<textarea id=${id} readonly rows="3" spellcheck="false" .value=${value}></textarea>`
            : html`<input id=${id} readonly spellcheck="false" .value=${value} />`
        }
        <button type="button" @click=${() => void this.copy(id)} aria-describedby=${`${id}-label`}>${t.copy}</button>
      </div>
    </div>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const surveys = this.surveys;
    const survey =
      surveys.find((s) => keyOf(s) === this.chosen) ?? [...surveys].reverse().find((s) => !s.builtIn) ?? surveys[0];
    if (!survey) return nothing;
    const address = new URL(survey.url, location.origin).href;
    const tag = survey.kind === 'first-impression' ? 'pf-first-impression' : 'pf-what-went-wrong';
    const zone = survey.practiceId ? this.me.practices.find((p) => p.id === survey.practiceId)?.timeZone : undefined;
    return html`<h2>${t.surveyUseTitle}</h2>
      <p>${t.surveyUseIntro}</p>
      <div class="field">
        <label for="use-version">${t.surveyUseVersion}</label>
        <select id="use-version" @change=${this.onChoose}>
          ${surveys.map(
            (s) =>
              html`<option value=${keyOf(s)} ?selected=${s === survey}>
                ${fill(t.surveyChoice, localize(s.title, this.lang, s.languages[0] ?? 'en'), s.version, s.id)}
              </option>`,
          )}
        </select>
      </div>
      <p>
        ${
          survey.usedAt
            ? fill(t.surveyFirstAnswered, staffTime(survey.usedAt, this.lang, zone))
            : survey.builtIn
              ? t.surveyBuiltInUse
              : t.surveyNotAnswered
        }
        ${t.surveyWhoUsesUnknown}
      </p>
      ${this.copyable('use-address', t.surveyAddress, address)}
      ${
        survey.kind === 'first-impression'
          ? html`<p>${t.surveyUseTablet}</p>
            ${this.copyable('use-kiosk', t.surveyKioskSetting, `survey=${encodeURIComponent(address)}`)}`
          : html`<p>${t.surveyNoTablet}</p>`
      }
      <p>${t.surveyUseWebsite}</p>
      ${this.copyable(
        'use-embed',
        t.surveyEmbedCode,
        `<${tag} endpoint="${endpointOf(survey.practiceId)}" survey="${address}"></${tag}>`,
        true,
      )}`;
  }
}

customElements.define('pf-staff-survey-use', SurveyUse);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-survey-use': SurveyUse;
  }
}
