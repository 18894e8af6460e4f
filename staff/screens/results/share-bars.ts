/**
 * @summary `<pf-staff-share-bars>`: shares as horizontal SVG bars — how a theme question was answered, what went
 * wrong, first contact against the promise, % positive per location — with a sentence saying what they show and a
 * table of the figures beside them. Bars are shares of people, never a mean of words; each bar carries its own
 * figure in text, so nothing is read from a bar's length alone.
 */
import { LitElement, html, nothing, svg } from 'lit';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { percentWords } from '../../format/results-words.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { resultsStyles } from './results.styles.js';

export interface ShareBar {
  label: string;
  /** 0–100; null: nothing to draw (nobody to take a share of). */
  percent: number | null;
  /** The table's cells after the label, in `headings` order. */
  cells: readonly string[];
}

const W = 320;
const ROW = 40;
const BAR = 240;

export class ShareBars extends LitElement {
  static override styles = [sharedStyles, resultsStyles];
  static override properties = {
    lang: { attribute: false },
    name: { attribute: false },
    summary: { attribute: false },
    headings: { attribute: false },
    bars: { attribute: false },
  };

  declare lang: StaffLanguage;
  /** The chart's accessible name and the table's caption. */
  declare name: string;
  declare summary: string;
  /** The table's column headings, the label's first. */
  declare headings: readonly string[];
  declare bars: readonly ShareBar[];

  override render() {
    const t = staffStrings(this.lang);
    const height = Math.max(1, this.bars.length) * ROW;
    return html`<p class="summary">${this.summary}</p>
      ${
        this.bars.length
          ? html`<svg class="bars" viewBox="0 0 ${W} ${height}" role="img" aria-label=${fill(t.chartOf, this.name)}>
              ${this.bars.map((bar, i) => {
                const top = i * ROW;
                const width = bar.percent === null ? 0 : (BAR * bar.percent) / 100;
                return svg`<text class="bar-label" x="0" y=${top + 13}>${bar.label}</text>
                  <rect class="track" x="0" y=${top + 18} width=${BAR} height="14"></rect>
                  <rect class="bar" x="0" y=${top + 18} width=${width} height="14"></rect>
                  <text class="bar-value" x=${BAR + 6} y=${top + 30}>${
                    bar.percent === null ? t.noFigure : percentWords(bar.percent, this.lang)
                  }</text>`;
              })}
            </svg>`
          : nothing
      }
      <div class="table-box" role="region" aria-label=${this.name} tabindex="0">
        <table>
          <caption>
            ${this.name}
          </caption>
          <thead>
            <tr>
              ${this.headings.map((h) => html`<th scope="col">${h}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${this.bars.map(
              (bar) =>
                html`<tr>
                  <th scope="row">${bar.label}</th>
                  ${bar.cells.map((cell) => html`<td>${cell}</td>`)}
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('pf-staff-share-bars', ShareBars);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-share-bars': ShareBars;
  }
}
