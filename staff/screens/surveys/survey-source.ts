/**
 * @summary `<pf-staff-survey-source>`: where a definition comes from besides typing it — a copy of a version already
 * published ("Start from", read with `GET /api/staff/surveys/<id>/<version>`) or a `.json` file from the computer.
 * Either is put into the editor, replacing what it holds.
 *
 * @event pf-staff-survey-text - A definition's text to put into the editor, and the practice a copy belongs to.
 */
import { LitElement, html, nothing } from 'lit';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { localize } from '../../../src/core/text.js';
import { ApiError, type StaffApi } from '../../api/client.js';
import type { SurveyVersion } from '../../api/surveys.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { surveysStyles } from './surveys.styles.js';

/** The most the collector takes (collector/surveys/survey-rules.ts: MAX_DEFINITION_BYTES). */
const MAX_BYTES = 256 * 1024;

export class SurveyTextEvent extends Event {
  static readonly type = 'pf-staff-survey-text';
  constructor(
    readonly text: string,
    /** The copied version's practice (null: every practice); undefined for a file. */
    readonly practiceId?: string | null,
  ) {
    super(SurveyTextEvent.type, { bubbles: true, composed: true });
  }
}

const keyOf = (s: SurveyVersion) => `${s.id}\n${s.version}`;

export class SurveySource extends LitElement {
  static override styles = [sharedStyles, surveysStyles];
  static override properties = {
    api: { attribute: false },
    lang: { attribute: false },
    surveys: { attribute: false },
    chosen: { state: true },
    busy: { state: true },
    problem: { state: true },
  };

  declare api: StaffApi;
  declare lang: StaffLanguage;
  declare surveys: readonly SurveyVersion[];
  /** The version "Start from" names (`id\nversion`). */
  declare chosen: string;
  declare busy: boolean;
  declare problem: string;

  constructor() {
    super();
    this.chosen = '';
    this.busy = false;
    this.problem = '';
  }

  private onChoose = (event: Event): void => {
    this.chosen = (event.target as HTMLSelectElement).value;
  };

  private copy = async (): Promise<void> => {
    const t = staffStrings(this.lang);
    const survey = this.surveys.find((s) => keyOf(s) === this.chosen) ?? this.surveys.at(-1);
    if (!survey) return;
    this.busy = true;
    this.problem = '';
    try {
      const { definition } = await this.api.survey(survey.id, survey.version);
      this.dispatchEvent(new SurveyTextEvent(JSON.stringify(definition, null, 2), survey.practiceId));
    } catch (error) {
      this.problem =
        error instanceof ApiError && error.status === 0
          ? t.offline
          : fill(t.problem, error instanceof Error ? error.message : String(error));
    } finally {
      this.busy = false;
    }
  };

  private onFile = async (event: Event): Promise<void> => {
    const t = staffStrings(this.lang);
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    this.problem = '';
    if (file.size > MAX_BYTES) {
      this.problem = fill(t.surveyFileTooLarge, file.name, MAX_BYTES / 1024);
      return;
    }
    try {
      this.dispatchEvent(new SurveyTextEvent(await file.text()));
    } catch {
      this.problem = fill(t.surveyFileUnreadable, file.name);
    }
    // The same file chosen again (after a change on disk) is read again.
    input.value = '';
  };

  override render() {
    const t = staffStrings(this.lang);
    const chosen = this.chosen || (this.surveys.at(-1) ? keyOf(this.surveys.at(-1)!) : '');
    return html`<div class="field">
        <label for="start-from">${t.surveyStartFrom}</label>
        <div class="row">
          <select id="start-from" @change=${this.onChoose}>
            ${this.surveys.map(
              (s) =>
                html`<option value=${keyOf(s)} ?selected=${keyOf(s) === chosen}>
                  ${fill(t.surveyChoice, localize(s.title, this.lang, s.languages[0] ?? 'en'), s.version, s.id)}
                </option>`,
            )}
          </select>
          <button type="button" ?disabled=${this.busy} @click=${this.copy}>${t.surveyCopy}</button>
        </div>
        <p class="hint">${t.surveyCopyHint}</p>
      </div>
      <div class="field">
        <label for="upload">${t.surveyUpload}</label>
        <input id="upload" type="file" accept=".json,application/json" @change=${this.onFile} />
      </div>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}`;
  }
}

customElements.define('pf-staff-survey-source', SurveySource);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-survey-source': SurveySource;
  }
  interface GlobalEventHandlersEventMap {
    'pf-staff-survey-text': SurveyTextEvent;
  }
}
