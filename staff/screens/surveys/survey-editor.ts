/**
 * @summary `<pf-staff-survey-editor>`: a survey definition pasted, uploaded or copied from a published version,
 * checked as it is typed (errors naming the path, each a button that puts the caret on the mistake), previewed with
 * the real patient element, and published for a practice or every practice (`POST /api/staff/surveys`). The
 * collector's answer is said in words: the new version and its address, the mistake it found (400, by its path), or
 * that a version patients have answered can no longer change (409).
 *
 * @event pf-staff-surveys-changed - The registry may have changed (a version published or found answered).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { SurveyDefinition } from '../../../src/core/definition.js';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import { localize } from '../../../src/core/text.js';
import { ApiError, type StaffApi } from '../../api/client.js';
import type { SurveyPublished, SurveyVersion } from '../../api/surveys.js';
import { AnnounceEvent } from '../../app/events.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { checkDefinition, nextVersion, type DefinitionCheck, type DefinitionProblem } from './definition-check.js';
import { lineAndColumn, placeOf } from './json-places.js';
import { practiceChoice } from './practice-choice.js';
import { surveysStyles } from './surveys.styles.js';
import type { SurveyTextEvent } from './survey-source.js';
import './survey-preview.js';
import './survey-source.js';

export class SurveysChangedEvent extends Event {
  static readonly type = 'pf-staff-surveys-changed';
  constructor() {
    super(SurveysChangedEvent.type, { bubbles: true, composed: true });
  }
}

export class SurveyEditor extends LitElement {
  static override styles = [sharedStyles, surveysStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    surveys: { attribute: false },
    text: { state: true },
    practice: { state: true },
    publishing: { state: true },
    published: { state: true },
    refusal: { state: true },
    refusedAt: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare surveys: readonly SurveyVersion[];
  /** The definition as typed. */
  declare text: string;
  /** The practice it is for; '' is every practice (admins of the whole group only). */
  declare practice: string;
  declare publishing: boolean;
  declare published: SurveyPublished | undefined;
  /** Why the collector refused it, in a sentence. */
  declare refusal: string;
  /** Where the collector's refusal points (400 with a path). */
  declare refusedAt: DefinitionProblem | undefined;

  private check: DefinitionCheck = { empty: true, problems: [] };
  /** The last definition that read correctly: the preview keeps showing it while the text is being mended. */
  private lastGood: SurveyDefinition | undefined;

  constructor() {
    super();
    this.text = '';
    this.practice = '';
    this.publishing = false;
    this.refusal = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('me') && !this.me.everyPractice) this.practice = this.me.practices[0]?.id ?? '';
    if (changed.has('text') || changed.has('surveys') || changed.has('lang')) {
      const builtIn = (this.surveys ?? []).filter((s) => s.builtIn).map((s) => s.id);
      this.check = checkDefinition(this.text, builtIn, staffStrings(this.lang));
      if (this.check.definition) this.lastGood = this.check.definition;
      if (this.check.empty) this.lastGood = undefined;
    }
  }

  private get textarea(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  private onInput = (event: Event): void => {
    this.text = (event.target as HTMLTextAreaElement).value;
    this.refusal = '';
    this.refusedAt = undefined;
  };

  private onText = async (event: SurveyTextEvent): Promise<void> => {
    this.text = event.text;
    this.refusal = '';
    this.refusedAt = undefined;
    this.published = undefined;
    const owner = event.practiceId;
    if (owner === null && this.me.everyPractice) this.practice = '';
    else if (owner && this.me.practices.some((p) => p.id === owner)) this.practice = owner;
    await this.updateComplete;
    this.textarea?.focus();
    this.textarea?.setSelectionRange(0, 0);
    this.dispatchEvent(new AnnounceEvent(staffStrings(this.lang).surveyInEditor));
  };

  private onPractice = (event: Event): void => {
    this.practice = (event.target as HTMLSelectElement).value;
  };

  /** Puts the caret on a mistake (its first line selected) and scrolls the field to it. */
  private goTo(problem: DefinitionProblem): void {
    const field = this.textarea;
    if (!field) return;
    field.focus();
    field.setSelectionRange(problem.at, problem.at + problem.length);
    const lineHeight = parseFloat(getComputedStyle(field).lineHeight) || 20;
    field.scrollTop = Math.max(0, (lineAndColumn(this.text, problem.at).line - 3) * lineHeight);
  }

  private publish = async (): Promise<void> => {
    const t = staffStrings(this.lang);
    // What was typed last is checked before it is sent (the check runs as the editor updates).
    await this.updateComplete;
    const { check } = this;
    this.published = undefined;
    this.refusedAt = undefined;
    if (check.empty || !check.definition || check.problems.length) {
      this.refusal = check.empty ? t.surveyNothingToPublish : t.surveyFixFirst;
      if (check.problems[0]) this.goTo(check.problems[0]);
      else this.textarea?.focus();
      return;
    }
    this.refusal = '';
    this.publishing = true;
    try {
      this.published = await this.api.publishSurvey(check.json, this.practice || null);
      this.dispatchEvent(new AnnounceEvent(this.publishedWords(this.published)));
      this.dispatchEvent(new SurveysChangedEvent());
    } catch (error) {
      this.refusal = await this.refusalWords(error, check.definition);
      if (error instanceof ApiError && error.status === 400 && error.path) {
        const place = placeOf(this.text, error.path) ?? { start: 0, end: 0 };
        const length = this.text.slice(place.start, place.end).split('\n')[0]!.length;
        this.refusedAt = { message: error.message, at: place.start, length };
      }
    } finally {
      this.publishing = false;
    }
  };

  private async refusalWords(error: unknown, def: SurveyDefinition): Promise<string> {
    const t = staffStrings(this.lang);
    if (!(error instanceof ApiError)) return fill(t.problem, String(error));
    if (error.status === 0) return t.offline;
    if (error.status === 400) return fill(t.surveyRefused, error.message);
    if (error.status === 403) return t.surveyForbidden;
    if (error.status === 409) {
      this.dispatchEvent(new SurveysChangedEvent());
      // Answered (the usual 409), or the id belongs to another practice: the registry says which.
      const answered = await this.api
        .survey(def.id, def.version)
        .then((s) => s.usedAt !== null)
        .catch(() => false);
      if (answered) return fill(t.surveyAnswered, def.version, nextVersion(def.version));
    }
    return fill(t.surveyRefused, error.message);
  }

  private publishedWords({ outcome, survey }: SurveyPublished): string {
    const t = staffStrings(this.lang);
    const title = localize(survey.title, this.lang, survey.languages[0] ?? 'en');
    const sentence = { added: t.surveyPublished, replaced: t.surveyReplaced, unchanged: t.surveyUnchanged }[outcome];
    return fill(sentence, survey.version, title);
  }

  private problems() {
    const t = staffStrings(this.lang);
    const { check } = this;
    const problems = this.refusedAt ? [...check.problems, this.refusedAt] : check.problems;
    const summary = check.empty
      ? t.surveyEmpty
      : problems.length
        ? fill(problems.length === 1 ? t.surveyOneMistake : t.surveyMistakes, problems.length)
        : t.surveyNoMistakes;
    return html`<div id="definition-check" class="problems">
      <p role="status" class=${problems.length || check.empty ? '' : 'ok'}>${summary}</p>
      ${
        problems.length
          ? html`<ul>
            ${problems.map(
              (p) =>
                html`<li><button type="button" class="place" @click=${() => this.goTo(p)}>${p.message}</button></li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private outcome() {
    const t = staffStrings(this.lang);
    if (this.refusal) return html`<p class="problem" role="alert">${this.refusal}</p>`;
    if (!this.published) return nothing;
    const address = new URL(this.published.survey.url, location.origin).href;
    return html`<p class="published">
      ${this.publishedWords(this.published)} ${t.surveyItsAddress} <a href=${address}>${address}</a>
    </p>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const invalid = this.check.problems.length > 0 || !!this.refusedAt;
    return html`<h2>${t.surveyEditorTitle}</h2>
      <p>${t.surveyEditorIntro}</p>
      <pf-staff-survey-source
        .api=${this.api}
        .lang=${this.lang}
        .surveys=${this.surveys}
        @pf-staff-survey-text=${this.onText}
      ></pf-staff-survey-source>
      <div class="field">
        <label for="definition">${t.surveyDefinition}</label>
        <p id="definition-hint" class="hint">${t.surveyDefinitionHint}</p>
        <textarea
          id="definition"
          class="definition"
          rows="18"
          spellcheck="false"
          autocomplete="off"
          autocapitalize="off"
          .value=${this.text}
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby="definition-hint definition-check"
          @input=${this.onInput}
        ></textarea>
        ${this.problems()}
      </div>
      ${practiceChoice(this.me, this.practice, t, this.onPractice)}
      <div class="row">
        <button type="button" class="primary" ?disabled=${this.publishing} @click=${this.publish}>
          ${this.publishing ? t.surveyPublishing : t.surveyPublish}
        </button>
      </div>
      ${this.outcome()}
      <pf-staff-survey-preview
        .definition=${this.lastGood}
        .stale=${!this.check.definition}
        .lang=${this.lang}
      ></pf-staff-survey-preview>`;
  }
}

customElements.define('pf-staff-survey-editor', SurveyEditor);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-survey-editor': SurveyEditor;
  }
  interface GlobalEventHandlersEventMap {
    'pf-staff-surveys-changed': SurveysChangedEvent;
  }
}
