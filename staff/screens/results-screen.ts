/**
 * @summary `<pf-staff-results>`: how a practice is doing, for the filters the address holds (`query`) — the NHS
 * Friends and Family Test return per practice, month and collection method, ready to copy and hand in; weekly %
 * positive as a Making Data Count SPC chart; how each theme question was answered; what went wrong; time to first
 * contact against the promise; and the locations side by side. Every chart has a sentence and a table beside it.
 * "Print results poster" prints one page for the waiting room: the practice, the month's % positive, the chart.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { FftMonth, ResultsPage } from '../../src/core/results-api.js';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../api/client.js';
import type { ResultsFilters } from '../api/results-query.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { FftMonthEvent, OdsCodeEvent } from './results/events.js';
import { resultsPoster } from './results/results-poster.js';
import {
  categoriesSection,
  firstContactSection,
  locationsSection,
  ownSurveySection,
  themeSection,
} from './results/results-sections.js';
import { resultsScreenStyles } from './results/results-screen.styles.js';
import './results/fft-month.js';
import './results/ods-code.js';
import './results/results-filters.js';
import './results/spc-chart.js';

const sameMonth = (a: FftMonth, b: FftMonth) => a.practiceId === b.practiceId && a.month === b.month;

export class ResultsScreen extends LitElement {
  static override styles = [sharedStyles, resultsScreenStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    query: { attribute: false },
    page: { state: true },
    loading: { state: true },
    problem: { state: true },
    suppress: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare query: ResultsFilters;
  declare page: ResultsPage | undefined;
  declare loading: boolean;
  declare problem: string;
  /** Hide counts under 5 (for publishing). */
  declare suppress: boolean;

  private abort: AbortController | undefined;

  constructor() {
    super();
    this.query = {};
    this.loading = false;
    this.problem = '';
    this.suppress = false;
    this.addEventListener(FftMonthEvent.type, this.onMonth);
    this.addEventListener(OdsCodeEvent.type, this.onOdsCode);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('lang')) void this.load();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const t = staffStrings(this.lang);
    this.loading = true;
    this.problem = '';
    try {
      const page = await this.api.results({ ...this.query, lang: this.lang }, abort.signal);
      if (abort.signal.aborted) return;
      this.page = page;
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof ApiError && error.status === 0) this.problem = t.offline;
      else if (error instanceof ApiError && error.status === 400)
        this.problem = fill(t.resultsWrongFilter, error.message);
      else this.problem = fill(t.problem, error instanceof Error ? error.message : String(error));
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  private onMonth = (event: FftMonthEvent): void => {
    if (!this.page) return;
    this.page = { ...this.page, fft: this.page.fft.map((m) => (sameMonth(m, event.month) ? event.month : m)) };
  };

  private onOdsCode = (event: OdsCodeEvent): void => {
    if (!this.page) return;
    const { practiceId, odsCode } = event;
    this.page = {
      ...this.page,
      practices: this.page.practices.map((p) => (p.id === practiceId ? { ...p, odsCode } : p)),
      fft: this.page.fft.map((m) => (m.practiceId === practiceId ? { ...m, odsCode } : m)),
    };
  };

  private onSuppress = (event: Event): void => {
    this.suppress = (event.target as HTMLInputElement).checked;
  };

  private fft(page: ResultsPage) {
    const t = staffStrings(this.lang);
    const zone = (id: string) => page.practices.find((p) => p.id === id)?.timeZone;
    return html`<section aria-labelledby="fft">
      <h2 id="fft">${t.fftTitle}</h2>
      <p>${t.fftIntro}</p>
      ${page.practices.map(
        (p) =>
          html`<pf-staff-ods-code .api=${this.api} .me=${this.me} .lang=${this.lang} .practice=${p}></pf-staff-ods-code>`,
      )}
      <div class="check no-print">
        <input id="suppress" type="checkbox" .checked=${this.suppress} @change=${this.onSuppress} aria-describedby="suppress-hint" />
        <label for="suppress">${t.hideSmall}</label>
      </div>
      <p class="hint" id="suppress-hint">${t.hideSmallHint}</p>
      ${
        page.fft.length
          ? page.fft.map(
              (m) => html`<pf-staff-fft-month
                .api=${this.api}
                .me=${this.me}
                .lang=${this.lang}
                .month=${m}
                .timeZone=${zone(m.practiceId)}
                ?suppress=${this.suppress}
              ></pf-staff-fft-month>`,
            )
          : html`<p>${t.fftNone}</p>`
      }
    </section>`;
  }

  private sections(page: ResultsPage) {
    const t = staffStrings(this.lang);
    const c = { t, lang: this.lang };
    return html`<div class="screen-only">
        <p class="no-print"><button type="button" @click=${() => window.print()}>${t.printPoster}</button></p>
        ${this.fft(page)}
        <section aria-labelledby="weekly">
          <h2 id="weekly">${t.weeklyTitle}</h2>
          <p>${t.weeklyIntro}</p>
          <pf-staff-spc-chart .lang=${this.lang} .weeks=${page.weeks} .chart=${page.chart}></pf-staff-spc-chart>
        </section>
        <section aria-labelledby="themes">
          <h2 id="themes">${t.themesTitle}</h2>
          ${page.themes.length ? page.themes.map((theme) => themeSection(theme, c)) : html`<p>${t.themesNone}</p>`}
        </section>
        ${
          page.ownSurveys.length
            ? html`<section aria-labelledby="own-surveys">
              <h2 id="own-surveys">${t.ownSurveysTitle}</h2>
              ${page.ownSurveys.map((survey) => ownSurveySection(survey, c))}
            </section>`
            : ''
        }
        <section aria-labelledby="categories">
          <h2 id="categories">${t.categoriesTitle}</h2>
          ${categoriesSection(page, c)}
        </section>
        <section aria-labelledby="first-contact">
          <h2 id="first-contact">${t.firstContactTitle}</h2>
          ${firstContactSection(page, c)}
        </section>
        <section aria-labelledby="locations">
          <h2 id="locations">${t.locationsTitle}</h2>
          ${locationsSection(page, c)}
        </section>
      </div>
      ${resultsPoster(page, c)}`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const page = this.page;
    return html`<h1>${t.resultsTitle}</h1>
      <div class="screen-only">
        <p>${t.resultsIntro}</p>
        <pf-staff-results-filters
          .me=${this.me}
          .lang=${this.lang}
          .query=${this.query}
          .shown=${page ? { from: page.from, to: page.to } : undefined}
        ></pf-staff-results-filters>
      </div>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.loading ? html`<p>${t.loading}</p>` : nothing} ${page ? this.sections(page) : nothing}`;
  }
}

customElements.define('pf-staff-results', ResultsScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-results': ResultsScreen;
  }
}
