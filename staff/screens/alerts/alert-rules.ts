/**
 * @summary `<pf-staff-alert-rules>`: for admins, the alert rules of the practices they see — each with its
 * kind, practice, who is e-mailed, on or off (Turn off / Turn on) and Remove — a form to add one (the kind's own
 * settings shown for the kind chosen), whether e-mail is set up on the server, and each practice's digest e-mail.
 * Refusals are shown beside the form, naming the field.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  ALERT_KINDS,
  DIGEST_FREQUENCIES,
  LOW_RATING_LEVELS,
  type AlertKind,
  type AlertRule,
  type AlertRuleInput,
  type AlertSettings,
  type DigestSettings,
} from '../../../src/core/alerts-api.js';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import { AlertsApi } from '../../api/alerts.js';
import { ApiError, type StaffApi } from '../../api/client.js';
import { AnnounceEvent } from '../../app/events.js';
import { answerWords } from '../../format/results-words.js';
import { alertStrings } from '../../i18n/alerts.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { caseStyles } from '../case.styles.js';

const NUMBERS: Partial<Record<AlertKind, (keyof AlertRule['settings'])[]>> = {
  'negative-share': ['percent', 'windowMinutes', 'minimumAnswers'],
  'deadline-near': ['hoursBefore'],
  'tablet-silent': ['silentMinutes'],
};

/** A form field's text ('' when absent). */
const field = (data: FormData, name: string): string => {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
};

const addresses = (text: string) =>
  text
    .split(/[,\s]+/)
    .map((e) => e.trim())
    .filter(Boolean);

export class AlertRulesPanel extends LitElement {
  static override styles = [sharedStyles, caseStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    settings: { state: true },
    kind: { state: true },
    problem: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare settings: AlertSettings | undefined;
  declare kind: AlertKind;
  declare problem: string;

  constructor() {
    super();
    this.kind = 'new-case';
    this.problem = '';
  }

  private get client(): AlertsApi {
    return new AlertsApi(this.api);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.settings = await this.client.settings();
    } catch (error) {
      this.problem = this.refusal(error);
    }
  }

  private refusal(error: unknown): string {
    const t = staffStrings(this.lang);
    if (error instanceof ApiError && error.status === 0) return t.offline;
    if (error instanceof ApiError && error.status === 403) return alertStrings(this.lang).forbidden;
    return fill(t.notSaved, error instanceof Error ? error.message : String(error));
  }

  private async act(work: () => Promise<unknown>, said: string): Promise<boolean> {
    try {
      await work();
      this.problem = '';
      this.dispatchEvent(new AnnounceEvent(said));
      await this.load();
      return true;
    } catch (error) {
      this.problem = this.refusal(error);
      return false;
    }
  }

  private onAdd = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const settings: Record<string, unknown> = {};
    if (this.kind === 'low-rating') settings.atOrBelow = data.get('atOrBelow');
    for (const name of NUMBERS[this.kind] ?? []) settings[name] = Number(data.get(name));
    const practice = field(data, 'practice');
    const rule: AlertRuleInput = {
      name: field(data, 'name'),
      kind: this.kind,
      practiceId: practice === '' ? null : practice,
      settings,
      emailTo: addresses(field(data, 'emailTo')),
      webhook: data.get('webhook') === 'on',
      includeWords: data.get('includeWords') === 'on',
    };
    if (await this.act(() => this.client.addRule(rule), alertStrings(this.lang).ruleAdded)) form.reset();
  };

  private onDigest = (practiceId: string) => async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const digest: Partial<DigestSettings> = {
      frequency: data.get('frequency') as DigestSettings['frequency'],
      time: field(data, 'time'),
      weekday: Number(data.get('weekday')),
      emailTo: addresses(field(data, 'emailTo')),
    };
    await this.act(() => this.client.setDigest(practiceId, digest), staffStrings(this.lang).saved);
  };

  private practiceName(id: string | null): string {
    const a = alertStrings(this.lang);
    return id === null ? a.everyPractice : (this.me.practices.find((p) => p.id === id)?.name ?? id);
  }

  private ruleRow(rule: AlertRule) {
    const a = alertStrings(this.lang);
    return html`<li>
      <p><strong>${rule.name}</strong> — ${rule.enabled ? a.on : a.off}</p>
      <p class="hint">
        ${a.kinds[rule.kind]} · ${this.practiceName(rule.practiceId)}${
          rule.emailTo.length ? html` · ${a.emailTo}: ${rule.emailTo.join(', ')}` : nothing
        }
      </p>
      <div class="actions">
        <button
          type="button"
          aria-label=${`${rule.enabled ? a.turnOff : a.turnOn}: ${rule.name}`}
          @click=${() => void this.act(() => this.client.changeRule(rule.id, { enabled: !rule.enabled }), rule.enabled ? a.off : a.on)}
        >
          ${rule.enabled ? a.turnOff : a.turnOn}
        </button>
        <button
          type="button"
          aria-label=${`${a.remove}: ${rule.name}`}
          @click=${() => {
            if (confirm(fill(a.confirmRemove, rule.name)))
              void this.act(() => this.client.removeRule(rule.id), a.remove);
          }}
        >
          ${a.remove}
        </button>
      </div>
    </li>`;
  }

  private kindFields() {
    const a = alertStrings(this.lang);
    const answers = answerWords(staffStrings(this.lang)) as Record<string, string>;
    if (this.kind === 'low-rating') {
      return html`<div class="field">
        <label for="r-atOrBelow">${a.atOrBelow}</label>
        <select id="r-atOrBelow" name="atOrBelow">
          ${LOW_RATING_LEVELS.map((l) => html`<option value=${l} ?selected=${l === 'poor'}>${answers[l]}</option>`)}
        </select>
      </div>`;
    }
    const defaults: Record<string, number> = {
      percent: 50,
      windowMinutes: 15,
      minimumAnswers: 4,
      hoursBefore: 4,
      silentMinutes: 10,
    };
    return (NUMBERS[this.kind] ?? []).map(
      (name) => html`<div class="field">
        <label for=${`r-${name}`}>${a[name as 'percent']}</label>
        <input id=${`r-${name}`} name=${name} type="number" min="1" step="1" inputmode="numeric" .value=${String(defaults[name])} />
      </div>`,
    );
  }

  private addForm() {
    const a = alertStrings(this.lang);
    const every = this.me.everyPractice;
    return html`<form @submit=${this.onAdd}>
      <h3>${a.addRule}</h3>
      <div class="fields">
        <div class="field">
          <label for="r-name">${a.ruleName}</label>
          <input id="r-name" name="name" required maxlength="120" aria-describedby="r-name-hint" />
          <p id="r-name-hint" class="hint">${a.ruleNameHint}</p>
        </div>
        <div class="field">
          <label for="r-kind">${a.kind}</label>
          <select id="r-kind" @change=${(e: Event) => (this.kind = (e.target as HTMLSelectElement).value as AlertKind)}>
            ${ALERT_KINDS.map((k) => html`<option value=${k} ?selected=${k === this.kind}>${a.kinds[k]}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="r-practice">${a.practice}</label>
          <select id="r-practice" name="practice">
            ${every ? html`<option value="">${a.everyPractice}</option>` : nothing}
            ${this.me.practices.map((p) => html`<option value=${p.id}>${p.name}</option>`)}
          </select>
        </div>
        ${this.kindFields()}
      </div>
      <div class="field">
        <label for="r-emailTo">${a.emailTo}</label>
        <input id="r-emailTo" name="emailTo" aria-describedby="r-emailTo-hint" />
        <p id="r-emailTo-hint" class="hint">${a.emailToHint}</p>
      </div>
      <p><label><input type="checkbox" name="webhook" /> ${a.webhook}</label></p>
      <p>
        <label><input type="checkbox" name="includeWords" aria-describedby="r-words-hint" /> ${a.includeWords}</label>
      </p>
      <p id="r-words-hint" class="hint">${a.includeWordsHint}</p>
      <button type="submit" class="primary">${a.addRule}</button>
    </form>`;
  }

  private digestForm(practiceId: string, name: string, digest: DigestSettings | undefined) {
    const a = alertStrings(this.lang);
    const id = (field: string) => `d-${practiceId}-${field}`;
    return html`<form @submit=${this.onDigest(practiceId)}>
      <fieldset>
        <legend>${name}</legend>
        <div class="fields">
          <div class="field">
            <label for=${id('frequency')}>${a.frequency}</label>
            <select id=${id('frequency')} name="frequency">
              ${DIGEST_FREQUENCIES.map((f) => html`<option value=${f} ?selected=${f === (digest?.frequency ?? 'off')}>${a.frequencies[f]}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for=${id('time')}>${a.time}</label>
            <input id=${id('time')} name="time" type="time" .value=${digest?.time ?? '08:00'} />
          </div>
          <div class="field">
            <label for=${id('weekday')}>${a.weekday}</label>
            <select id=${id('weekday')} name="weekday">
              ${a.weekdays.map((w, i) => html`<option value=${i + 1} ?selected=${i + 1 === (digest?.weekday ?? 1)}>${w}</option>`)}
            </select>
          </div>
        </div>
        <div class="field">
          <label for=${id('emailTo')}>${a.emailTo}</label>
          <input id=${id('emailTo')} name="emailTo" .value=${digest?.emailTo.join(', ') ?? ''} aria-describedby="digest-hint" />
        </div>
        <button type="submit">${a.saveDigest}</button>
      </fieldset>
    </form>`;
  }

  override render() {
    const a = alertStrings(this.lang);
    const s = this.settings;
    return html`<section aria-labelledby="rules-title">
      <h2 id="rules-title">${a.rulesTitle}</h2>
      <p>${a.rulesIntro}</p>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${
        s
          ? html`<p>${s.email.configured ? fill(a.emailOn, s.email.waiting, s.email.failed) : a.emailOff}</p>
            ${s.email.lastError ? html`<p class="words">${fill(a.emailError, s.email.lastError)}</p>` : nothing}
            ${s.rules.length ? html`<ul class="history" aria-label=${a.rulesTitle}>${s.rules.map((r) => this.ruleRow(r))}</ul>` : html`<p>${a.noRules}</p>`}
            ${this.addForm()}
            <h3>${a.digestTitle}</h3>
            <p id="digest-hint">${a.digestIntro} ${a.emailToHint}</p>
            ${this.me.practices.map((p) =>
              this.digestForm(
                p.id,
                p.name,
                s.digests.find((d) => d.practiceId === p.id),
              ),
            )}`
          : html`<p>${staffStrings(this.lang).loading}</p>`
      }
    </section>`;
  }
}

customElements.define('pf-staff-alert-rules', AlertRulesPanel);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-alert-rules': AlertRulesPanel;
  }
}
