import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Channel, SurveyDefinition } from '../../core/definition.js';
import { chooseLanguage } from '../../core/text.js';
import { deliver, onDeliveryProblem, startDelivery } from '../../delivery/index.js';
import { uiStrings } from '../../i18n/index.js';
import { PfErrorEvent, type PfErrorCode } from '../events.js';
import { checkEndpoint, isProblem, type ConfigurationProblem } from './configuration.js';
import { checkDefinition, loadDefinition } from './definition-source.js';
import { SessionController } from './session-controller.js';
import { renderSession } from './session-view.js';
import { styles } from './survey-form.styles.js';
import type { Continuation } from './survey-session.js';

type Loaded = SurveyDefinition | ConfigurationProblem | 'pending' | undefined;

let deliveryStarted = false;

/**
 * Flushing the outbox opens IndexedDB and may send: started once per page, after the first question is on screen
 * (idle time), so a patient never waits for it. Never stopped by an element: a single-page site may remove the
 * element right after "Thank you" while the answer is still queued.
 */
function startDeliveryWhenIdle(): void {
  if (deliveryStarted) return;
  deliveryStarted = true;
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => startDelivery(), { timeout: 2000 });
  else setTimeout(() => startDelivery(), 500);
}

/**
 * Behaviour shared by `<pf-first-impression>` and `<pf-what-went-wrong>`: configuration checks, loading a
 * practice's own definition, language, delivery problems. Not registered; the public elements extend it.
 * The answering itself (screens, validation, submit, thank-you) lives in `SurveySession` (survey-session.ts), which
 * this element feeds its definition and context and renders; `SessionController` ties it to Lit.
 * This comment is the API both elements share (the manifest analyzer gives it to each); an element's own comment
 * adds only what is its own.
 *
 * @attr endpoint - URL that receives each submission (POST, JSON). Required.
 * @attr practice - The practice's name, shown to patients and sent with each submission.
 * @attr location - Where the answers come from, e.g. `website` or `front-desk-tablet`.
 * @attr lang - Language (BCP 47); default: the nearest ancestor's, then the browser's.
 * @attr survey - URL of the practice's own survey definition (JSON).
 * @attr promise - The practice's follow-up promise, e.g. "We will call you within one business day", shown on the
 * recovery form's confirmation only to a patient who asked to be contacted.
 * @attr emergency - The emergency notice on the recovery form's first screen (default: call 911 or your local
 * emergency number).
 * @attr kiosk - Shared tablet: no autofill, autocorrect or spellcheck learning; larger type.
 * @attr channel - `embed` (default) on a website, `kiosk` on the waiting-room tablet; sent as the submission's
 * `channel`.
 *
 * @event pf-submitted - Once per submission, when it is safe: `{ submission, status: 'delivered' | 'queued' }`.
 * @event pf-error - Bad configuration or delivery trouble: `{ code, message }`.
 * @event pf-screen - The screen changed: `{ phase, screen, total, inProgress }`.
 * @event input - An answer changed (native, from the control).
 * @event change - An answer changed (re-fired from the host: the native one is not composed).
 *
 * @csspart container - The card holding everything.
 * @csspart heading - The heading of each screen.
 * @csspart progress - "Step 2 of 5" and the progress bar.
 * @csspart question - A group of options.
 * @csspart option - One option tile.
 * @csspart field - A text field.
 * @csspart button - Every button.
 * @csspart button-primary - Next, Submit and the main choice on a screen.
 * @csspart error - Error messages and the error summary.
 * @csspart emergency - The emergency notice on the recovery form's first screen.
 * @csspart thank-you - The final screen.
 *
 * @cssproperty --pf-accent - Buttons, selected options, progress, the notes' edge.
 * @cssproperty --pf-accent-text - Accent used as text (secondary buttons, faces).
 * @cssproperty --pf-on-accent - Words on the accent (primary buttons).
 * @cssproperty --pf-font - Font family.
 * @cssproperty --pf-font-size - Base font size.
 * @cssproperty --pf-kiosk-font-size - Base font size with `kiosk` (default 1.375rem).
 * @cssproperty --pf-radius - Corner radius.
 * @cssproperty --pf-surface - Card background. Setting it means owning every colour on it: set `--pf-text`,
 * `--pf-muted`, `--pf-error`, `--pf-focus`, `--pf-track` too, and `color-scheme` on the element.
 * @cssproperty --pf-text - Text colour (set it with `--pf-surface`).
 * @cssproperty --pf-muted - Hints, progress text and counters.
 * @cssproperty --pf-border - Option and field borders.
 * @cssproperty --pf-field - Text field background.
 * @cssproperty --pf-selected - Background of a chosen option.
 * @cssproperty --pf-track - Progress bar track.
 * @cssproperty --pf-error - Error messages and invalid fields.
 * @cssproperty --pf-focus - Focus ring colour.
 * @cssproperty --pf-padding - Space inside the card.
 * @cssproperty --pf-max-width - Widest the card grows.
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

  /** The definition used when neither `survey` nor `definition` is given: trusted data, used without parsing. */
  protected builtIn!: SurveyDefinition;
  private readonly flow = new SessionController(this, {
    deliver: (submission, endpoint) => deliver(submission, endpoint),
    context: (def) => ({
      endpoint: this.endpointUrl(),
      lang: this.language(def),
      channel: this.channel,
      practice: this.practice,
      location: this.location,
      relatedTo: this.relatedToId(),
    }),
    continuation: this.continuation(),
  });
  private loadAbort?: AbortController;
  /** The configuration problem last reported, so each is told once. */
  private reported = '';
  /** The storage problem last reported, so it is told once per submission however often Try again is pressed. */
  private deliveryReported = '';
  private stopProblems?: () => void;
  private endpointChecked?: [string | undefined, { url: string } | ConfigurationProblem];

  constructor() {
    super();
    this.channel = 'embed';
    this.kiosk = false;
  }

  /** True while a patient has started and not finished (the kiosk waits for false before updating itself). */
  get inProgress(): boolean {
    return this.flow.session.inProgress;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    startDeliveryWhenIdle();
    this.stopProblems = onDeliveryProblem((p) => {
      const mine = this.endpointUrl();
      const key = p.code + p.submissionId;
      if ((p.endpoint && mine && p.endpoint !== mine) || (p.code !== 'undeliverable' && key === this.deliveryReported))
        return;
      this.deliveryReported = key;
      this.report(p.code, `<${this.localName}>: ${p.message}`);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopProblems?.();
    this.loadAbort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('survey')) this.load();
    const main = this.mainDefinition();
    this.flow.session.useDefinition(main && main !== 'pending' && !isProblem(main) ? main : undefined);
  }

  /** What may follow a submitted survey; `<pf-first-impression>` offers the recovery form. */
  protected continuation(): Continuation | undefined {
    return undefined;
  }

  /** The submission a submitted form follows up on (`<pf-what-went-wrong related-to>`). */
  protected relatedToId(): string | undefined {
    return undefined;
  }

  protected override updated(): void {
    const problem = this.configurationProblem();
    const key = problem ? problem.code + problem.message : '';
    if (key !== this.reported && problem) this.report(problem.code, problem.message);
    this.reported = key;
  }

  private checkedEndpoint(): { url: string } | ConfigurationProblem {
    const c = this.endpointChecked;
    if (c && c[0] === this.endpoint) return c[1];
    return (this.endpointChecked = [this.endpoint, checkEndpoint(this.localName, this.endpoint, document.baseURI)])[1];
  }

  /** The endpoint as an absolute URL, or undefined when it is missing or unusable. */
  endpointUrl(): string | undefined {
    const checked = this.checkedEndpoint();
    return isProblem(checked) ? undefined : checked.url;
  }

  /** The first-impression (or standalone) definition, or the reason there is none yet. */
  private mainDefinition(): Loaded {
    if (this.definition != null) return checkDefinition(this.localName, this.definition, 'the "definition" property');
    return this.survey ? this.loaded : this.builtIn;
  }

  /** Bad configuration blocks the survey: a patient must not fill in a form that cannot reach anyone. */
  configurationProblem(): ConfigurationProblem | undefined {
    const endpoint = this.checkedEndpoint();
    const def = this.mainDefinition();
    return isProblem(endpoint) ? endpoint : isProblem(def) ? def : this.flow.session.recoveryProblem;
  }

  /**
   * The element's own `lang`, then the nearest ancestor's (crossing shadow roots: a kiosk app may hold the survey in
   * its own shadow DOM), then the page's, then the browser's, matched against the survey's languages. An unsupported
   * choice falls back quietly: no error for a patient to see.
   */
  private language(def: SurveyDefinition | undefined): string {
    let node: Node | null = this.parentNode;
    let inherited: string | null = null;
    while (node && !inherited) {
      inherited = node instanceof Element ? node.getAttribute('lang') : null;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return chooseLanguage([this.lang, inherited, ...navigator.languages], def?.languages ?? ['en']);
  }

  /** A `pf-error` event and one console line telling the web person what to fix. */
  private report(code: PfErrorCode, message: string): void {
    console.error(message);
    this.dispatchEvent(new PfErrorEvent({ code, message }));
  }

  private load(): void {
    this.loadAbort?.abort();
    if (!this.survey) return void (this.loaded = undefined);
    const abort = (this.loadAbort = new AbortController());
    this.loaded = 'pending';
    loadDefinition(this.localName, this.survey, abort.signal).then(
      (result) => void (abort.signal.aborted || (this.loaded = result)),
      () => undefined, // aborted: a newer `survey` value is loading
    );
  }

  /** Back to the first screen with every answer and all state gone, as if freshly placed on the page. */
  reset(): void {
    this.flow.session.reset();
  }

  protected override render(): TemplateResult {
    const s = this.flow.session;
    const problem = this.configurationProblem();
    const lang = this.language(s.definition ?? this.builtIn);
    const t = uiStrings(lang);
    // Keyed by the session's generation: after reset() no DOM node of the previous patient survives.
    return html`<div class="container" part="container" lang=${lang} @change=${this.forwardChange}>
      ${keyed(
        s.generation,
        problem
          ? html`<div class="box" role="alert" part="error" data-code=${problem.code}>
              <p><strong>${t.unavailable}</strong></p>
              <p class="detail">${problem.message}</p>
            </div>`
          : s.phase !== 'loading'
            ? renderSession(this, s, lang, t)
            : html`<p role="status">${t.loading}</p>`,
      )}
    </div>`;
  }

  /** `change` is not composed; re-fire it from the host so the page can listen like on any form control. */
  private forwardChange = (e: Event) => {
    if (e.target !== this) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
}
