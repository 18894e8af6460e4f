import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Channel, SurveyDefinition } from '../../core/definition.js';
import { uiStrings } from '../../i18n/index.js';
import { onDeliveryProblem, startDelivery } from '../../delivery/index.js';
import { PfErrorEvent, PfScreenEvent, type PfErrorCode } from '../events.js';
import { checkEndpoint, isProblem, type ConfigurationProblem } from './configuration.js';
import { checkDefinition, loadDefinition } from './definition-source.js';
import { resolveLanguage } from './language.js';
import { SurveySession } from './survey-session.js';
import { renderSession } from './session-view.js';
import { styles } from './survey-form.styles.js';

type Loaded = SurveyDefinition | ConfigurationProblem | 'pending' | undefined;

/**
 * Behaviour shared by `<pf-first-impression>` and `<pf-what-went-wrong>`: configuration checks, loading a
 * practice's own definition, language, delivery problems. Not registered; the public elements extend it.
 * The answering itself (screens, validation, submit, thank-you) lives in `SurveySession`, a reactive controller.
 */
export class SurveyForm extends LitElement {
  static override styles = styles;
  static override properties = {
    endpoint: { type: String },
    practice: { type: String },
    location: { type: String },
    lang: { type: String, reflect: true },
    survey: { type: String },
    definition: { attribute: false },
    channel: { type: String },
    kiosk: { type: Boolean, reflect: true },
    promise: { type: String },
    emergency: { type: String },
    loaded: { state: true, attribute: false },
  };

  /** URL that receives each submission (POST, JSON). */
  declare endpoint: string | undefined;
  /** The practice's name, as patients know it. */
  declare practice: string | undefined;
  /** Free label for where the answers come from, e.g. `front-desk-tablet`. */
  declare location: string | undefined;
  /** BCP 47 language; default: the page's, then the browser's. */
  declare lang: string;
  /** URL of the practice's own survey definition (JSON). */
  declare survey: string | undefined;
  /** The practice's own survey definition as an object (same shape as the JSON). */
  declare definition: unknown;
  /** `embed` on a website (default), `kiosk` on the waiting-room tablet. */
  declare channel: Channel;
  /** Shared tablet: no autofill, autocorrect or spellcheck learning; larger type. */
  declare kiosk: boolean;
  /** The practice's follow-up promise, shown only to patients who asked to be contacted. */
  declare promise: string | undefined;
  /** Shown on the first screen of the recovery form. */
  declare emergency: string | undefined;
  declare protected loaded: Loaded;

  /** The definition used when neither `survey` nor `definition` is given. */
  protected builtIn!: SurveyDefinition;
  protected readonly session = new SurveySession(this);
  private loadAbort?: AbortController;
  private reported = '';
  private stopProblems?: () => void;

  constructor() {
    super();
    this.channel = 'embed';
    this.kiosk = false;
  }

  /** True while a patient has started and not finished (the kiosk waits for false before updating itself). */
  get inProgress(): boolean {
    return this.session.inProgress;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    startDelivery();
    this.stopProblems = onDeliveryProblem((p) => {
      const mine = this.endpointUrl();
      if (p.endpoint && mine && p.endpoint !== mine) return;
      this.report(p.code, `<${this.localName}>: ${p.message}`);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopProblems?.();
    this.loadAbort?.abort();
    this.session.abortRecoveryLoad();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('survey')) this.load();
  }

  protected override updated(): void {
    const problem = this.configurationProblem();
    if (problem) this.report(problem.code, problem.message);
    else this.reported = '';
  }

  /** The endpoint as an absolute URL, or undefined when it is missing or unusable. */
  endpointUrl(): string | undefined {
    const checked = checkEndpoint(this.localName, this.endpoint, document.baseURI);
    return isProblem(checked) ? undefined : checked.url;
  }

  /** The first-impression (or standalone) definition, or the reason there is none yet. */
  mainDefinition(): Loaded {
    if (this.definition !== undefined && this.definition !== null) {
      return checkDefinition(this.localName, this.definition, 'the "definition" property');
    }
    if (this.survey) return this.loaded;
    return checkDefinition(this.localName, this.builtIn, 'the built-in survey');
  }

  /** Bad configuration blocks the survey: a patient must not fill in a form that cannot reach anyone. */
  configurationProblem(): ConfigurationProblem | undefined {
    const endpoint = checkEndpoint(this.localName, this.endpoint, document.baseURI);
    if (isProblem(endpoint)) return endpoint;
    const def = this.mainDefinition();
    if (isProblem(def)) return def;
    return this.session.recoveryProblem;
  }

  language(def: SurveyDefinition | undefined): string {
    return resolveLanguage(this, this.lang || undefined, def?.languages ?? ['en']);
  }

  /** A `pf-error` event and one console line telling the web person what to fix; each problem reported once. */
  report(code: PfErrorCode, message: string): void {
    const key = `${code}:${message}`;
    if (code !== 'undeliverable' && key === this.reported) return;
    this.reported = key;
    console.error(message);
    this.dispatchEvent(new PfErrorEvent({ code, message }));
  }

  announceScreen(detail: PfScreenEvent['detail']): void {
    this.dispatchEvent(new PfScreenEvent(detail));
  }

  private load(): void {
    this.loadAbort?.abort();
    if (!this.survey) {
      this.loaded = undefined;
      return;
    }
    const abort = (this.loadAbort = new AbortController());
    this.loaded = 'pending';
    loadDefinition(this.localName, this.survey, abort.signal).then(
      (result) => {
        if (!abort.signal.aborted) this.loaded = result;
      },
      () => undefined, // aborted: a newer `survey` value is loading
    );
  }

  /** Back to the first screen with every answer and all state gone, as if freshly placed on the page. */
  reset(): void {
    this.session.reset();
  }

  protected override render(): TemplateResult {
    const problem = this.configurationProblem();
    const main = this.mainDefinition();
    const def = this.session.activeDefinition(main);
    const lang = this.language(def);
    const t = uiStrings(lang);
    let body: TemplateResult | typeof nothing;
    if (problem) body = renderProblem(t, problem);
    else if (main === 'pending' || !def) body = html`<p class="loading" role="status">${t.loading}</p>`;
    else body = renderSession(this, this.session, def, lang, t);
    // Keyed by the session's generation: after reset() no DOM node of the previous patient survives.
    return html`<div class="container" part="container" lang=${lang} @change=${this.forwardChange}>
      ${keyed(this.session.generation, body)}
    </div>`;
  }

  /** `change` is not composed; re-fire it from the host so the page can listen like on any form control. */
  private forwardChange = (e: Event) => {
    if (e.target !== this) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
}

function renderProblem(t: ReturnType<typeof uiStrings>, p: ConfigurationProblem): TemplateResult {
  return html`<div class="problem" role="alert" part="error" data-code=${p.code}>
    <p><strong>${t.unavailable}</strong></p>
    <p class="problem-detail">${p.message}</p>
  </div>`;
}
