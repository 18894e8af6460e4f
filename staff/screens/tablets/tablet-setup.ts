/**
 * @summary `<pf-staff-tablet-setup>`: "Set up a new tablet" for a practice's admins — name, location, survey,
 * language and idle time — then the setup link and its QR code, shown this once, with what to do on the tablet
 * (open the camera, point it at the code). The collector makes the link (`POST /api/staff/tablets`); a refusal is
 * said beside the field it names.
 *
 * @event pf-staff-tablet-added - a tablet was set up: the list shows it.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import type { TabletSetup } from '../../../src/core/tablets-api.js';
import { localize } from '../../../src/core/text.js';
import { ApiError, type StaffApi } from '../../api/client.js';
import type { SurveyVersion } from '../../api/surveys.js';
import { AnnounceEvent } from '../../app/events.js';
import { fill, LANGUAGE_NAMES, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { tabletsStyles } from './tablets.styles.js';

export class TabletAddedEvent extends Event {
  static readonly type = 'pf-staff-tablet-added';
  constructor() {
    super(TabletAddedEvent.type, { bubbles: true, composed: true });
  }
}

type Practice = Me['practices'][number];
const FIELDS = ['name', 'location', 'survey', 'lang', 'idleSeconds'] as const;

export class TabletSetupForm extends LitElement {
  static override styles = [sharedStyles, tabletsStyles];
  static override properties = {
    api: { attribute: false },
    lang: { attribute: false },
    practice: { attribute: false },
    surveys: { state: true },
    setup: { state: true },
    problem: { state: true },
    invalid: { state: true },
    making: { state: true },
  };

  declare api: StaffApi;
  declare lang: StaffLanguage;
  declare practice: Practice;
  declare surveys: SurveyVersion[];
  /** The link just made: shown until Done (or another practice). */
  declare setup: TabletSetup | undefined;
  declare problem: string;
  declare invalid: string;
  declare making: boolean;

  constructor() {
    super();
    this.surveys = [];
    this.problem = '';
    this.invalid = '';
    this.making = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.api.surveys().then(
      (surveys) => (this.surveys = surveys.filter((s) => s.kind === 'first-impression' && !s.builtIn)),
      () => (this.surveys = []),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('practice') && changed.get('practice') !== undefined) this.setup = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('setup') && this.setup) this.renderRoot.querySelector<HTMLElement>('.ready h3')?.focus();
    if (changed.has('invalid') && this.invalid)
      this.renderRoot.querySelector<HTMLElement>(`#setup-${this.invalid}`)?.focus();
  }

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
    this.making = true;
    this.problem = '';
    this.invalid = '';
    try {
      this.setup = await this.api.addTablet({
        practiceId: this.practice.id,
        name: text('name'),
        location: text('location'),
        survey: text('survey'),
        lang: text('lang') || 'en',
        idleSeconds: Number(text('idleSeconds')),
      });
      (event.target as HTMLFormElement).reset();
      this.dispatchEvent(new TabletAddedEvent());
      this.dispatchEvent(new AnnounceEvent(fill(staffStrings(this.lang).setupReady, this.setup.tablet.name)));
    } catch (error) {
      const t = staffStrings(this.lang);
      const path = error instanceof ApiError && error.status === 400 ? (error.path ?? '') : '';
      this.invalid = (FIELDS as readonly string[]).includes(path) ? path : '';
      this.problem =
        error instanceof ApiError && error.status === 0
          ? t.offline
          : fill(t.notSaved, error instanceof Error ? error.message : String(error));
    } finally {
      this.making = false;
    }
  };

  private field(name: (typeof FIELDS)[number], label: string, control: unknown, hint?: string) {
    const hintId = `setup-${name}-hint`;
    return html`<div class="field">
      <label for=${`setup-${name}`}>${label}</label>
      ${control} ${hint ? html`<p id=${hintId} class="hint">${hint}</p>` : nothing}
    </div>`;
  }

  private describedBy(name: string, hint: boolean): string {
    return [hint ? `setup-${name}-hint` : '', this.invalid === name ? 'setup-problem' : ''].filter(Boolean).join(' ');
  }

  private ready(setup: TabletSetup) {
    const t = staffStrings(this.lang);
    const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`;
    return html`<section class="ready" aria-labelledby="setup-ready">
      <h3 id="setup-ready" tabindex="-1">${fill(t.setupReady, setup.tablet.name)}</h3>
      <p>${t.setupSteps}</p>
      <div class="qr"><img src=${qr} alt=${fill(t.setupQr, setup.tablet.name)} /></div>
      <p><strong>${t.setupOnce}</strong></p>
      <p>${t.setupLink}:</p>
      <p class="link">${setup.link}</p>
      <button type="button" @click=${() => (this.setup = undefined)}>${t.setupDone}</button>
    </section>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const invalid = (name: string) => (this.invalid === name ? 'true' : 'false');
    const locations = this.practice.locations;
    const surveys = this.surveys.filter((s) => s.practiceId === null || s.practiceId === this.practice.id);
    return html`<h2>${t.setupTitle}</h2>
      ${this.setup ? this.ready(this.setup) : nothing}
      <form @submit=${this.onSubmit} novalidate>
        ${this.field(
          'name',
          t.setupName,
          html`<input id="setup-name" name="name" required autocomplete="off" aria-invalid=${invalid('name')}
            aria-describedby=${this.describedBy('name', true)} />`,
          t.setupNameHint,
        )}
        ${this.field(
          'location',
          t.setupLocation,
          html`<input id="setup-location" name="location" required autocomplete="off" list="setup-locations"
              aria-invalid=${invalid('location')} aria-describedby=${this.describedBy('location', true)} />
            <datalist id="setup-locations">${locations.map((l) => html`<option value=${l.id}>${l.name}</option>`)}</datalist>`,
          t.setupLocationHint,
        )}
        ${this.field(
          'survey',
          t.setupSurvey,
          html`<select id="setup-survey" name="survey" aria-invalid=${invalid('survey')}>
            <option value="">${t.setupSurveyStandard}</option>
            ${surveys.map((s) => html`<option value=${s.url}>${localize(s.title, this.lang, s.languages[0] ?? 'en')} (${s.version})</option>`)}
          </select>`,
        )}
        ${this.field(
          'lang',
          t.setupLanguage,
          html`<select id="setup-lang" name="lang">
            ${Object.entries(LANGUAGE_NAMES).map(
              ([code, name]) => html`<option value=${code} ?selected=${code === this.lang}>${name}</option>`,
            )}
          </select>`,
        )}
        ${this.field(
          'idleSeconds',
          t.setupIdle,
          html`<input id="setup-idleSeconds" name="idleSeconds" type="number" min="30" step="1" value="60"
            inputmode="numeric" aria-invalid=${invalid('idleSeconds')}
            aria-describedby=${this.describedBy('idleSeconds', true)} />`,
          t.setupIdleHint,
        )}
        ${this.problem ? html`<p id="setup-problem" class="problem" role="alert">${this.problem}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.making}>
            ${this.making ? t.setupMaking : t.setupButton}
          </button>
        </div>
      </form>`;
  }
}

customElements.define('pf-staff-tablet-setup', TabletSetupForm);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-tablet-setup': TabletSetupForm;
  }
  interface HTMLElementEventMap {
    'pf-staff-tablet-added': TabletAddedEvent;
  }
}
