/**
 * @summary `<pf-staff-fft-month>`: one practice's Friends and Family Test return for one month — the table per
 * collection method, the text for the return (copied with a button, or by hand from the box), the form for counts
 * from paper cards or text messages, and, for admins, "Mark as handed in". A month handed in shows its figures as
 * handed in, frozen, and what arrived since apart, in a row and a sentence; its counts can no longer be entered, and
 * a month not over yet cannot be handed in (the collector refuses both, so neither is offered).
 *
 * The text for the return always carries every count: hiding small numbers is for publishing, never for the
 * return itself (src/core/results/fft-suppression.ts).
 *
 * @fires pf-staff-fft-month - the month after it was marked handed in.
 */
import { LitElement, html, nothing } from 'lit';
import type { FftMonth } from '../../../src/core/results-api.js';
import { FFT_ANSWERS, type FftCounts } from '../../../src/core/results/fft-figures.js';
import { handInText } from '../../../src/core/results/fft-hand-in-text.js';
import { fftSummary, handInSummary } from '../../../src/core/results/summaries.js';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../../api/client.js';
import { AnnounceEvent } from '../../app/events.js';
import {
  handInWords,
  methodWords,
  monthFigures,
  monthNow,
  monthWords,
  summaryWords,
} from '../../format/results-words.js';
import { staffTime } from '../../format/time.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { FftMonthEvent } from './events.js';
import { countsRow, fftTable, type FftRow } from './fft-table.js';
import { resultsStyles } from './results.styles.js';
import './hand-counts-form.js';

const totalOf = (counts: FftCounts) => FFT_ANSWERS.reduce((sum, a) => sum + counts[a], 0);

export class FftMonthPanel extends LitElement {
  static override styles = [sharedStyles, resultsStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    month: { attribute: false },
    timeZone: { attribute: false },
    suppress: { type: Boolean },
    busy: { state: true },
    problem: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare month: FftMonth;
  declare timeZone: string | undefined;
  declare suppress: boolean;
  declare busy: boolean;
  declare problem: string;

  constructor() {
    super();
    this.suppress = false;
    this.busy = false;
    this.problem = '';
  }

  private text(): string {
    const t = staffStrings(this.lang);
    const m = this.month;
    const figures = monthFigures(m, true);
    return handInText(
      [{ odsCode: m.odsCode ?? '', practiceName: m.practiceName, month: monthWords(m.month, this.lang), figures }],
      handInWords(t),
    );
  }

  private copy = async (): Promise<void> => {
    const t = staffStrings(this.lang);
    try {
      await navigator.clipboard.writeText(this.text());
      this.dispatchEvent(new AnnounceEvent(t.copied));
    } catch {
      // No clipboard here (a plain-http address, a refused permission): the box below has the same text.
      const details = this.renderRoot.querySelector('details.copy');
      details?.setAttribute('open', '');
      this.renderRoot.querySelector('textarea')?.select();
      this.dispatchEvent(new AnnounceEvent(t.copyByHand));
    }
  };

  private handIn = async (): Promise<void> => {
    const t = staffStrings(this.lang);
    this.busy = true;
    this.problem = '';
    try {
      const month = await this.api.handIn({ practice: this.month.practiceId, month: this.month.month });
      this.dispatchEvent(new FftMonthEvent(month));
      this.dispatchEvent(new AnnounceEvent(t.handedInDone));
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.handed-in')?.focus();
    } catch (error) {
      this.problem =
        error instanceof ApiError && error.status === 0
          ? t.offline
          : fill(t.problem, error instanceof Error ? error.message : String(error));
    } finally {
      this.busy = false;
    }
  };

  private rows(): FftRow[] {
    const t = staffStrings(this.lang);
    const methods = methodWords(t);
    const m = this.month;
    const label = (method: keyof typeof methods, handEntered: boolean) =>
      handEntered ? fill(t.handEntered, methods[method]) : methods[method];
    if (!m.handedIn) {
      return [
        ...m.methods.map((x) => ({ label: label(x.method, x.handEntered), figures: x.figures })),
        { label: t.allMethods, figures: m.all, sum: true },
      ];
    }
    const h = m.handedIn;
    const handEntered = new Set(m.methods.filter((x) => x.handEntered).map((x) => x.method));
    const rows: (FftRow & { countsOnly?: boolean })[] = [
      ...h.methods.map((x) => ({ label: label(x.method, handEntered.has(x.method)), figures: x.figures })),
      { label: t.allMethodsHandedIn, figures: h.all, sum: true },
    ];
    if (totalOf(h.later) > 0) rows.push(countsRow(t.arrivedLater, h.later));
    if (totalOf(h.fewer) > 0) rows.push(countsRow(t.noLongerCounted, h.fewer));
    return rows;
  }

  override render() {
    const t = staffStrings(this.lang);
    const m = this.month;
    const month = monthWords(m.month, this.lang);
    const words = summaryWords(this.lang);
    const h = m.handedIn;
    const laterTotal = h ? totalOf(h.later) : 0;
    const fewerTotal = h ? totalOf(h.fewer) : 0;
    // The collector refuses to hand in a month that has not ended, or to change one handed in: neither is offered.
    const canHandIn = this.me.role === 'admin' && !h && m.month < monthNow(this.timeZone);
    return html`<section aria-labelledby="heading">
      <h3 id="heading">${fill(t.fftMonthHeading, m.practiceName, month)}</h3>
      <p>${fftSummary(h ? h.all : m.all, month, words)}</p>
      ${fftTable(this.rows(), { t, lang: this.lang, suppress: this.suppress, caption: fill(t.fftCaption, m.practiceName, month) })}
      ${
        h
          ? html`<p class="handed-in" tabindex="-1">
              <strong>${fill(t.handedInOn, staffTime(h.at, this.lang, this.timeZone), h.by)}</strong>
              ${handInSummary(
                {
                  later: h.later,
                  laterTotal,
                  fewer: h.fewer,
                  fewerTotal,
                  changed: laterTotal + fewerTotal > 0,
                },
                words,
              )}
            </p>`
          : nothing
      }
      <div class="actions no-print">
        <button type="button" @click=${this.copy}>${t.copyForReturn}</button>
        ${
          canHandIn
            ? html`<button type="button" ?disabled=${this.busy} @click=${this.handIn} aria-describedby="hand-in-hint">
                ${fill(t.markHandedIn, month)}
              </button>`
            : nothing
        }
      </div>
      ${canHandIn ? html`<p class="hint no-print" id="hand-in-hint">${t.handInHint}</p>` : nothing}
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <details class="copy no-print">
        <summary>${t.returnText}</summary>
        <label for="return-text">${fill(t.returnTextLabel, month)}</label>
        <p class="hint" id="return-text-hint">${t.returnTextHint}</p>
        <textarea id="return-text" readonly rows="4" aria-describedby="return-text-hint" .value=${this.text()}></textarea>
      </details>
      ${
        h
          ? nothing
          : html`<pf-staff-hand-counts class="no-print" .api=${this.api} .lang=${this.lang} .month=${m}></pf-staff-hand-counts>`
      }
    </section>`;
  }
}

customElements.define('pf-staff-fft-month', FftMonthPanel);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-fft-month': FftMonthPanel;
  }
}
