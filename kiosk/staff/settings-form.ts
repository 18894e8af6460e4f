/**
 * @summary `<pf-kiosk-settings-form>`: the tablet's settings (the same ones a provisioning URL sets) and the staff PIN.
 * Errors sit next to their field (aria-invalid, aria-describedby) and focus moves to the first one.
 *
 * @fires pf-kiosk-settings-done - saved (`saved`: the kiosk fetches the survey again) or cancelled; back to the panel.
 */
import { LitElement, html, nothing } from 'lit';
import {
  SUPPORTED_LANGUAGES,
  checkSettings,
  loadSettings,
  saveSettings,
  type KioskSettings,
  type SettingsErrors,
} from '../settings.js';
import { clearRefusals } from '../setup-link-notice.js';
import { languageName } from '../strings.js';
import { PIN_PATTERN, setPin } from './pin.js';
import { staffStyles } from './staff.styles.js';
import { SettingsDoneEvent } from '../events.js';

const NO_AUTOFILL = { autocomplete: 'off', spellcheck: 'false' } as const;
const PROMISE_HINT =
  'For example: We will get back to you within one business day (patients may choose phone, text or e-mail). ' +
  'Leave empty to promise nothing.';
const SURVEY_HINT =
  'The web address of your practice’s own survey, for example /surveys/smile-dental-visit/2.json or ' +
  'https://feedback.example-dental.com/surveys/smile-dental-visit/2.json. The tablet keeps a copy for when the ' +
  'network is down.';

const EASY_READ_HINT =
  'One question per screen, a picture for each answer, short sentences and larger type. The answers are the same, ' +
  'so results stay comparable.';

/** A text field's value: FormData may also hold files, which these forms never have. */
function textOf(data: FormData, name: string, fallback = ''): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : fallback;
}

export class SettingsForm extends LitElement {
  static override styles = staffStyles;
  static override properties = {
    errors: { state: true },
    pinMessage: { state: true },
  };

  declare errors: SettingsErrors;
  declare pinMessage: string;

  private readonly initial: KioskSettings = loadSettings();

  constructor() {
    super();
    this.errors = {};
    this.pinMessage = '';
  }

  private done(saved = false): void {
    this.dispatchEvent(new SettingsDoneEvent(saved));
  }

  private async onSave(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const languages = data.getAll('languages').map(String);
    const lang = textOf(data, 'lang', 'en');
    const settings: KioskSettings = {
      endpoint: textOf(data, 'endpoint').trim(),
      practice: textOf(data, 'practice').trim(),
      location: textOf(data, 'location').trim(),
      promise: textOf(data, 'promise').trim(),
      survey: textOf(data, 'survey').trim(),
      lang: languages.includes(lang) ? lang : (languages[0] ?? 'en'),
      idleSeconds: Number(data.get('idleSeconds')),
      languages,
      retentionDays: Number(data.get('retentionDays')),
      easyRead: data.has('easyRead'),
    };
    this.errors = checkSettings(settings);
    if (Object.keys(this.errors).length > 0) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    saveSettings(settings);
    // Staff have now chosen every setting themselves: what a setup link was refused no longer applies.
    clearRefusals();
    this.done(true);
  }

  private async onPin(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const pin = textOf(data, 'newPin');
    if (!PIN_PATTERN.test(pin)) {
      this.pinMessage = 'A staff PIN is 4 to 8 digits.';
    } else if (pin !== textOf(data, 'repeatPin')) {
      this.pinMessage = 'The two PINs were different.';
    } else {
      await setPin(pin);
      this.pinMessage = 'PIN changed.';
    }
    form.reset();
  }

  private field(name: keyof KioskSettings, label: string, value: string, type = 'text', extra = '') {
    const error = this.errors[name];
    return html`
      <label for=${name}>${label}</label>
      ${extra ? html`<p id=${`${name}-hint`}>${extra}</p>` : nothing}
      <input
        id=${name}
        name=${name}
        type=${type}
        .value=${value}
        autocomplete=${NO_AUTOFILL.autocomplete}
        spellcheck=${NO_AUTOFILL.spellcheck}
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${[extra ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || nothing}
      />
      ${error ? html`<p id=${`${name}-error`} class="error">${error}</p>` : nothing}
    `;
  }

  override render() {
    const s = this.initial;
    const langError = this.errors.languages;
    return html`
      <main>
        <h2>Settings</h2>
        <form @submit=${this.onSave} novalidate>
          ${this.field('endpoint', 'Endpoint (where submissions are sent)', s.endpoint, 'url', 'For example https://feedback.example-dental.com/api/feedback')}
          ${this.field('practice', 'Practice name (shown on the start screen)', s.practice)}
          ${this.field('location', 'Location of this tablet', s.location, 'text', 'For example front-desk-tablet')}
          ${this.field('promise', 'Your follow-up promise (shown only to patients who ask to be contacted)', s.promise, 'text', PROMISE_HINT)}
          ${this.field('survey', 'Survey address (leave empty for the standard survey)', s.survey, 'url', SURVEY_HINT)}
          ${this.field('idleSeconds', 'Seconds without a touch before "Are you still there?" (at least 30)', String(s.idleSeconds), 'number')}
          ${this.field('retentionDays', 'Days this tablet keeps its copies for export', String(s.retentionDays), 'number')}
          <fieldset aria-describedby=${langError ? 'languages-error' : nothing}>
            <legend>Languages offered</legend>
            ${SUPPORTED_LANGUAGES.map(
              (l) => html`<label class="check"
                ><input type="checkbox" name="languages" value=${l} ?checked=${s.languages.includes(l)} />${languageName(l)}</label
              >`,
            )}
          </fieldset>
          ${langError ? html`<p id="languages-error" class="error">${langError}</p>` : nothing}
          <label class="check"
            ><input type="checkbox" name="easyRead" ?checked=${s.easyRead} aria-describedby="easyRead-hint" />Easy
            read</label
          >
          <p id="easyRead-hint">${EASY_READ_HINT}</p>
          <label for="lang">Language the start screen opens in</label>
          <select id="lang" name="lang">
            ${SUPPORTED_LANGUAGES.map((l) => html`<option value=${l} ?selected=${l === s.lang}>${languageName(l)}</option>`)}
          </select>
          <div class="actions">
            <button class="primary" type="submit">Save settings</button>
            <button type="button" @click=${() => this.done()}>Cancel</button>
          </div>
        </form>
        <form @submit=${this.onPin} novalidate>
          <h3>Change the staff PIN</h3>
          <label for="newPin">New PIN (4 to 8 digits)</label>
          <input id="newPin" name="newPin" type="password" inputmode="numeric" autocomplete="off" />
          <label for="repeatPin">New PIN again</label>
          <input id="repeatPin" name="repeatPin" type="password" inputmode="numeric" autocomplete="off" />
          <p class="message" role="status">${this.pinMessage || nothing}</p>
          <div class="actions"><button type="submit">Change PIN</button></div>
        </form>
      </main>
    `;
  }
}

if (!customElements.get('pf-kiosk-settings-form')) customElements.define('pf-kiosk-settings-form', SettingsForm);

declare global {
  interface HTMLElementTagNameMap {
    'pf-kiosk-settings-form': SettingsForm;
  }
}
