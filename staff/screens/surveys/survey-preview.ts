/**
 * @summary `<pf-staff-survey-preview>`: the survey as a patient will see it, drawn by the real patient element
 * (`<pf-first-impression>` or `<pf-what-went-wrong>`, by the definition's kind), in a region named Preview. Loaded
 * the first time the screen shows (the console's other screens never need the patients' elements).
 *
 * It sends nothing. The element refuses to show a survey without an endpoint, so it is given one that cannot be
 * reached (`.invalid` names no computer, and the console's Content-Security-Policy allows requests to its own
 * address only); and the preview's Submit is stopped before the element hears it (a capture listener on the
 * element's host), so no submission is built, stored in the browser's outbox or posted. The person is told so.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { SurveyDefinition } from '../../../src/core/definition.js';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { AnnounceEvent } from '../../app/events.js';
import { staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';

/** An endpoint the element accepts and no request can reach (RFC 2606: `.invalid` never resolves). */
const NOWHERE = 'https://preview.invalid/nothing-is-sent';

/** What the preview needs of the patient element. */
interface PatientElement extends HTMLElement {
  reset(): void;
}

/** The element's Submit: its main button on the survey's last screen (where its honeypot field is drawn). */
function isSubmit(event: Event, host: Element): boolean {
  const button = event.composedPath().find((node): node is HTMLButtonElement => node instanceof HTMLButtonElement);
  const primary = button?.getAttribute('part')?.split(' ').includes('button-primary') ?? false;
  return primary && !!host.shadowRoot?.querySelector('input[name="website"]');
}

export class SurveyPreview extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      :host {
        display: block;
      }
      section {
        border: 2px dashed var(--staff-line);
        border-radius: 8px;
        padding: 0.5rem 1rem 1rem;
        min-width: 0;
      }
      h2 {
        margin-top: 0.5rem;
      }
      .stopped {
        font-weight: 600;
      }
    `,
  ];
  static override properties = {
    definition: { attribute: false },
    lang: { attribute: false },
    stale: { attribute: false },
    ready: { state: true },
    shownIn: { state: true },
    stopped: { state: true },
  };

  /** The last definition that read correctly; none yet: nothing to show. */
  declare definition: SurveyDefinition | undefined;
  declare lang: StaffLanguage;
  /** The text has changed since and no longer reads: the preview shows the last one that did. */
  declare stale: boolean;
  /** The patient elements are defined. */
  declare ready: boolean;
  /** The language the preview is shown in (one of the survey's). */
  declare shownIn: string;
  /** Submit was pressed in the preview: nothing was sent. */
  declare stopped: boolean;

  /** Listens before the element does, and stops its Submit. */
  private readonly guard = {
    capture: true,
    handleEvent: (event: Event) => {
      if (!isSubmit(event, event.currentTarget as Element)) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      this.stopped = true;
      this.dispatchEvent(new AnnounceEvent(staffStrings(this.lang).previewNotSent));
    },
  };

  constructor() {
    super();
    this.stale = false;
    this.ready = false;
    this.shownIn = '';
    this.stopped = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void import('../../../src/elements/define.js').then(() => (this.ready = true));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const languages = this.definition?.languages ?? [];
    if ((changed.has('definition') || changed.has('lang')) && !languages.includes(this.shownIn)) {
      this.shownIn = languages.includes(this.lang) ? this.lang : (languages[0] ?? '');
    }
  }

  private onLanguage = (event: Event): void => {
    this.shownIn = (event.target as HTMLSelectElement).value;
  };

  private startAgain = (): void => {
    this.renderRoot.querySelector<PatientElement>('pf-first-impression, pf-what-went-wrong')?.reset();
    this.stopped = false;
  };

  private patientElement(def: SurveyDefinition) {
    // A new element for a new kind (a first impression's answers mean nothing to the other form).
    return keyed(
      def.kind,
      def.kind === 'first-impression'
        ? html`<pf-first-impression
            endpoint=${NOWHERE}
            lang=${this.shownIn}
            .definition=${def}
            @click=${this.guard}
          ></pf-first-impression>`
        : html`<pf-what-went-wrong
            endpoint=${NOWHERE}
            lang=${this.shownIn}
            .definition=${def}
            @click=${this.guard}
          ></pf-what-went-wrong>`,
    );
  }

  override render() {
    const t = staffStrings(this.lang);
    const def = this.definition;
    const languages = def?.languages ?? [];
    return html`<section aria-labelledby="preview-heading">
      <h2 id="preview-heading">${t.previewTitle}</h2>
      <p>${t.previewIntro}</p>
      ${
        languages.length > 1
          ? html`<div class="field">
            <label for="preview-lang">${t.previewLanguage}</label>
            <select id="preview-lang" @change=${this.onLanguage}>
              ${languages.map((l) => html`<option value=${l} ?selected=${l === this.shownIn}>${l}</option>`)}
            </select>
          </div>`
          : nothing
      }
      ${this.stale && def ? html`<p class="hint">${t.previewStale}</p>` : nothing}
      ${
        this.stopped
          ? html`<p class="stopped">${t.previewNotSent}</p>
            <button type="button" @click=${this.startAgain}>${t.previewStartAgain}</button>`
          : nothing
      }
      ${
        !def
          ? html`<p class="hint">${t.previewNothing}</p>`
          : !this.ready
            ? html`<p>${t.loading}</p>`
            : this.patientElement(def)
      }
    </section>`;
  }
}

customElements.define('pf-staff-survey-preview', SurveyPreview);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-survey-preview': SurveyPreview;
  }
}
