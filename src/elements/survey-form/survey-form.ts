import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { Channel, SurveyDefinition, SurveyKind } from '../../core/definition.js';
import { textDirection } from '../../i18n/direction.js';
import { inLanguage } from '../../i18n/index.js';
import { PfErrorEvent, type PfErrorCode } from '../events.js';
import { answers } from './answers.styles.js';
import { card } from './card.styles.js';
import { endpointChecker, isProblem, type ConfigurationProblem } from './configuration.js';
import { surveyToShow } from './definition-source.js';
import { DeliveryLink, whenIdle } from './delivery-link.js';
import { displaySettings } from './display-settings.styles.js';
import { SessionController } from './session-controller.js';
import { SurveyLanguage } from './survey-language.js';
import { ReadingAids } from './reading-aids.js';
import { renderSession } from './session-view.js';
import type { Continuation } from './survey-session.js';

type Loaded = SurveyDefinition | ConfigurationProblem | 'pending';

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
 * @attr easy-read - Easy read: one question per screen, a picture for each answer that has one, short sentences,
 * larger type; the answers sent are the same values.
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
  // In the order they cascade: the card (whose container sets the private colours the others read), the answers, and
  // last the patient's display settings, which adjust both.
  static override styles = [card, answers, displaySettings];
  static override properties = {
    endpoint: { type: String },
    practice: { type: String },
    location: { type: String },
    lang: { type: String, reflect: true },
    survey: { type: String },
    definition: { attribute: false },
    channel: { type: String },
    kiosk: { type: Boolean, reflect: true },
    easyRead: { type: Boolean, reflect: true, attribute: 'easy-read' },
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
  /** Easy read: one question per screen, pictures, short sentences, larger type; the same answer values. */
  declare easyRead: boolean;
  /** The practice's follow-up promise, shown only to patients who asked to be contacted. */
  declare promise: string | undefined;
  /** Shown on the first screen of the recovery form. */
  declare emergency: string | undefined;
  /** The main survey, or why there is none, or `pending` while it arrives. */
  declare protected loaded: Loaded;

  private readonly delivery = new DeliveryLink(this, {
    endpoint: () => this.endpointUrl(),
    report: (code, message) => this.report(code, message),
  });
  private readonly flow = new SessionController(this, {
    deliver: this.delivery.deliver,
    build: this.delivery.build,
    context: (def) => ({
      endpoint: this.endpointUrl(),
      lang: this.languages.of(def),
      channel: this.channel,
      practice: this.practice,
      location: this.location,
      relatedTo: this.relatedToId(),
    }),
    continuation: this.continuation(),
    inLanguage: (def) => inLanguage(def, this.languages.of(def)),
  });
  private readonly aids = new ReadingAids(this);
  private loadAbort?: AbortController;
  /** The configuration problem last reported, so each is told once. */
  private reported = '';
  /** Parts still arriving (a language's words, the parser, a template): `updateComplete` waits for them. */
  private readonly arriving = new Set<Promise<unknown>>();
  private readonly languages = new SurveyLanguage(this, (part) => this.arrive(part));
  private readonly checkEndpoint = endpointChecker(this.localName);

  constructor() {
    super();
    this.channel = 'embed';
    this.kiosk = this.easyRead = false;
  }

  /** True while a patient has started and not finished (the kiosk waits for false before updating itself). */
  get inProgress(): boolean {
    return this.flow.session.inProgress;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    whenIdle(() => this.isConnected && this.prefetch());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.loadAbort?.abort();
  }

  /** Resolves once the survey is drawn with everything it needs (its language's words, its definition checked). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.arriving.size) {
      await Promise.allSettled([...this.arriving]);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || changed.has('survey') || changed.has('definition')) this.load();
    const main = this.loaded;
    this.flow.session.useDefinition(main !== 'pending' && !isProblem(main) ? main : undefined);
  }

  /** The survey used when neither `survey` nor `definition` is given: trusted data, used without parsing. */
  protected builtIn(): SurveyDefinition | Promise<SurveyDefinition> {
    throw new Error('an element extending SurveyForm names its built-in survey');
  }

  /** The kind of survey the element shows: a practice's own definition of the other kind is refused. */
  protected surveyKind(): SurveyKind {
    throw new Error('an element extending SurveyForm names the kind of survey it shows');
  }

  /** What the patient may need after the first question, fetched while they read it. */
  protected prefetch(): void {
    this.delivery.connect().catch(() => undefined);
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

  /** The endpoint as an absolute URL, or undefined when it is missing or unusable. */
  endpointUrl(): string | undefined {
    const checked = this.checkEndpoint(this.endpoint);
    return isProblem(checked) ? undefined : checked.url;
  }

  /** Bad configuration blocks the survey: a patient must not fill in a form that cannot reach anyone. */
  configurationProblem(): ConfigurationProblem | undefined {
    const endpoint = this.checkEndpoint(this.endpoint);
    const def = this.loaded;
    return isProblem(endpoint) ? endpoint : isProblem(def) ? def : this.flow.session.recoveryProblem;
  }

  /** A `pf-error` event and one console line telling the web person what to fix. */
  private report(code: PfErrorCode, message: string): void {
    console.error(message);
    this.dispatchEvent(new PfErrorEvent({ code, message }));
  }

  /** The main survey (definition-source.ts), or why there is none, or `pending` while it arrives. */
  private load(): void {
    this.loadAbort?.abort();
    const abort = (this.loadAbort = new AbortController());
    const given = { definition: this.definition, survey: this.survey, builtIn: () => this.builtIn() };
    const source = surveyToShow(this.localName, this.surveyKind(), given, abort.signal);
    if (!(source instanceof Promise)) return void (this.loaded = source);
    this.loaded = 'pending';
    this.arrive(source.then((result) => void (abort.signal.aborted || (this.loaded = result))));
  }

  private arrive(part: Promise<unknown>): void {
    this.arriving.add(part);
    void part.finally(() => {
      this.arriving.delete(part);
      this.requestUpdate();
    });
  }

  /** Back to the first screen with every answer and all state gone, as if freshly placed on the page. */
  reset(): void {
    this.flow.session.reset();
  }

  protected override render(): TemplateResult {
    const s = this.flow.session;
    const problem = this.configurationProblem();
    const lang = this.languages.of(s.definition);
    const t = this.languages.words(lang);
    // Keyed by the session's generation: after reset() no DOM node of the previous patient survives.
    return html`<div class="container" part="container" lang=${lang} dir=${textDirection(lang)} aria-busy=${t ? nothing : 'true'}
      @change=${this.forwardChange}>
      ${keyed(
        s.generation,
        !t
          ? nothing
          : problem
            ? html`<div class="box" role="alert" part="error" data-code=${problem.code}>
                <p><strong>${t.unavailable}</strong></p>
                <p class="detail">${problem.message}</p>
              </div>`
            : s.phase !== 'loading' && !this.aids.holding
              ? renderSession(this, s, lang, t, this.aids, this.delivery.thankYou)
              : html`<p role="status">${t.loading}</p>`,
      )}
    </div>`;
  }

  /** `change` is not composed; re-fire it from the host so the page can listen like on any form control. */
  private forwardChange = (e: Event) => {
    if (e.target !== this) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  };
}
