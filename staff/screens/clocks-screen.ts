/**
 * @summary `<pf-staff-clocks>`: a practice's deadlines and holidays, for its admins (issue 13, stage 2) — the
 * practice's own promise (working days to contact a patient who asked to be; empty for none), the complaint rule
 * (a nation's preset, its note and source shown, each stage's days to acknowledge and to respond editable; empty:
 * none, or no fixed limit) and the public holidays the clocks leave out. **Save** sends what changed
 * (`POST /api/staff/practices/<id>/clocks`) and says Saved, or the API's refusal beside the field it names.
 * Staff who are not admins may read the settings (the Cases screen counts by them) but not change them.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ClockSettings, ComplaintRuleId, Me, StaffLanguage } from '../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../api/client.js';
import { refusalText } from '../api/refusal.js';
import { AnnounceEvent } from '../app/events.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { caseStyles } from './case.styles.js';
import { clocksChange, fieldId, stagesOf } from './clocks-change.js';
import { clocksStyles } from './clocks.styles.js';

export class ClocksScreen extends LitElement {
  static override styles = [sharedStyles, caseStyles, clocksStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    practice: { attribute: false },
    chosen: { state: true },
    settings: { state: true },
    ruleId: { state: true },
    problem: { state: true },
    invalid: { state: true },
    saving: { state: true },
    saved: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  /** The practice the address names (`?practice=<id>`), if any. */
  declare practice: string | undefined;
  declare chosen: string;
  declare settings: ClockSettings | undefined;
  /** The rule the form holds: its stages are the preset's until saved. */
  declare ruleId: ComplaintRuleId;
  declare problem: string;
  /** The id of the field a refusal named. */
  declare invalid: string;
  declare saving: boolean;
  declare saved: boolean;

  private abort: AbortController | undefined;
  private focusInvalid = false;

  constructor() {
    super();
    this.chosen = '';
    this.problem = '';
    this.invalid = '';
    this.saving = false;
    this.saved = false;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('practice') || changed.has('me')) {
      const seen = this.me.practices;
      this.chosen = seen.find((p) => p.id === this.practice)?.id ?? seen[0]?.id ?? '';
    }
    if (changed.has('chosen') && this.chosen) void this.load();
  }

  protected override updated(): void {
    if (!this.focusInvalid) return;
    this.focusInvalid = false;
    this.renderRoot.querySelector<HTMLElement>(`#${this.invalid}`)?.focus();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.settings = undefined;
    this.problem = '';
    this.invalid = '';
    this.saved = false;
    try {
      const settings = await this.api.clocks(this.chosen, abort.signal);
      if (abort.signal.aborted) return;
      this.show(settings);
    } catch (error) {
      if (!abort.signal.aborted) this.problem = this.refusal(error);
    }
  }

  private show(settings: ClockSettings): void {
    this.settings = settings;
    this.ruleId = settings.rule.id;
  }

  private refusal(error: unknown): string {
    return refusalText(error, this.lang, staffStrings(this.lang).clocksForbidden);
  }

  private onPractice = (event: Event): void => {
    this.chosen = (event.target as HTMLSelectElement).value;
  };

  private onRule = (event: Event): void => {
    this.ruleId = (event.target as HTMLSelectElement).value as ComplaintRuleId;
  };

  private onInput = (): void => {
    this.saved = false;
  };

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const t = staffStrings(this.lang);
    const settings = this.settings!;
    const change = clocksChange(event.target as HTMLFormElement, settings, this.ruleId);
    this.saved = false;
    if ('wrong' in change) {
      this.problem = fill(t.notWholeDays, change.wrong);
      this.invalid = change.id;
      this.focusInvalid = true;
      return;
    }
    if (!Object.keys(change).length) {
      this.problem = t.clocksNothingChanged;
      this.invalid = '';
      return;
    }
    this.saving = true;
    this.problem = '';
    this.invalid = '';
    try {
      this.show(await this.api.changeClocks(settings.practiceId, change));
      this.saved = true;
      this.dispatchEvent(new AnnounceEvent(t.saved));
    } catch (error) {
      const path = error instanceof ApiError && error.status === 400 ? (error.path ?? '') : '';
      this.problem = path ? fill(t.notSaved, (error as Error).message) : this.refusal(error);
      this.invalid = path ? fieldId(path) : '';
      this.focusInvalid = !!this.invalid;
    } finally {
      this.saving = false;
    }
  };

  /** A control's ARIA for a refusal naming it: marked invalid, and described by the refusal too. */
  private described(id: string, hint: string) {
    return this.invalid === id ? `${hint} k-problem` : hint;
  }

  private practiceChoice() {
    const t = staffStrings(this.lang);
    const seen = this.me.practices;
    if (seen.length === 1) return html`<p>${t.practice}: <span class="words">${seen[0]!.name}</span></p>`;
    return html`<div class="field">
      <label for="k-practice">${t.practice}</label>
      <select id="k-practice" @change=${this.onPractice}>
        ${seen.map((p) => html`<option value=${p.id} ?selected=${p.id === this.chosen}>${p.name}</option>`)}
      </select>
    </div>`;
  }

  private numberField(id: string, label: string, value: number | null, hint: string) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      <input
        id=${id}
        type="number"
        min="0"
        step="1"
        inputmode="numeric"
        .value=${value === null ? '' : String(value)}
        aria-invalid=${this.invalid === id ? 'true' : 'false'}
        aria-describedby=${this.described(id, `${id}-hint`)}
      />
      <p id=${`${id}-hint`} class="hint">${hint}</p>
    </div>`;
  }

  private form(s: ClockSettings) {
    const t = staffStrings(this.lang);
    const rule = this.ruleId === s.rule.id ? s.rule : (s.presets.find((p) => p.id === this.ruleId) ?? s.rule);
    const stages = stagesOf(s, this.ruleId);
    // Anyone who sees the practice may read its clocks; only its admins may change them (the API refuses others).
    const canChange = this.me.role === 'admin';
    return html`${canChange ? nothing : html`<p><strong>${t.clocksForbidden}</strong></p>`}
      <form @submit=${this.onSubmit} @input=${this.onInput} novalidate>
      <fieldset class="whole" ?disabled=${!canChange}>
      <p>${fill(t.clocksTimeZone, s.timeZone)}</p>
      ${this.numberField('k-promiseDays', t.promiseDays, s.promiseDays, t.promiseDaysHint)}
      ${s.promise ? html`<p class="hint words">${fill(t.promiseWords, s.promise)}</p>` : nothing}
      <h2>${t.complaintRuleLabel}</h2>
      <div class="field">
        <label for="k-ruleId">${t.complaintRuleLabel}</label>
        <select id="k-ruleId" @change=${this.onRule} aria-describedby=${this.described('k-ruleId', 'k-rule-note')}>
          ${s.presets.map((p) => html`<option value=${p.id} ?selected=${p.id === this.ruleId}>${p.name}</option>`)}
        </select>
        <p id="k-rule-note" class="hint">${rule.note}</p>
        <p class="hint">${fill(t.complaintSource, rule.source)}</p>
        ${s.edited && this.ruleId === s.rule.id ? html`<p><strong>${t.ruleEdited}</strong></p>` : nothing}
      </div>
      ${keyed(
        // A rule chosen anew shows its own stages' days, never what was typed for another.
        this.ruleId,
        stages.map(
          (stage, i) =>
            html`<fieldset>
            <legend>${stage.name}</legend>
            <div class="fields">
              ${this.numberField(
                `k-stages-${i}-acknowledgeDays`,
                t.stageAcknowledgeDays,
                stage.acknowledgeDays,
                t.stageAcknowledgeHint,
              )}
              ${this.numberField(`k-stages-${i}-respondDays`, t.stageRespondDays, stage.respondDays, t.stageRespondHint)}
            </div>
          </fieldset>`,
        ),
      )}
      <h2>${t.holidays}</h2>
      <div class="field">
        <label for="k-holidays">${t.holidays}</label>
        <textarea
          id="k-holidays"
          rows="6"
          .value=${s.holidays.join('\n')}
          aria-invalid=${this.invalid === 'k-holidays' ? 'true' : 'false'}
          aria-describedby=${this.described('k-holidays', 'k-holidays-hint')}
        ></textarea>
        <p id="k-holidays-hint" class="hint">${t.holidaysHint}</p>
      </div>
      ${this.problem ? html`<p id="k-problem" class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.saved ? html`<p class="saved">${t.saved}</p>` : nothing}
      ${
        canChange
          ? html`<div class="actions">
            <button type="submit" class="primary" ?disabled=${this.saving}>${this.saving ? t.saving : t.save}</button>
          </div>`
          : nothing
      }
      </fieldset>
    </form>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    if (!this.me.practices.length) return html`<h1>${t.navClocks}</h1><p>${t.noPractice}</p>`;
    const s = this.settings;
    return html`<h1>${t.navClocks}</h1>
      <p>${t.clocksIntro}</p>
      ${this.practiceChoice()}
      ${
        s
          ? this.form(s)
          : this.problem
            ? html`<p class="problem" role="alert">${this.problem}</p>`
            : html`<p>${t.loading}</p>`
      }`;
  }
}

customElements.define('pf-staff-clocks', ClocksScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-clocks': ClocksScreen;
  }
}
