/**
 * A month's Friends and Family Test figures as a table, one row per collection method and an "All methods" row:
 * the six counts, the total, % positive and % negative — in a box of its own that scrolls sideways on a phone (the
 * page never does), labelled and focusable so it can be scrolled with the keyboard. With `suppress`, counts from
 * 1 to 4 and the percentages of fewer than 5 patients are shown as `*` (src/core/results/fft-suppression.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { FFT_ANSWERS, fftFigures, type FftCounts, type FftFigures } from '../../../src/core/results/fft-figures.js';
import { suppressSmallNumbers, unsuppressed, type ShownFftFigures } from '../../../src/core/results/fft-suppression.js';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { answerWords, countWords, percentWords } from '../../format/results-words.js';
import type { StaffStrings } from '../../i18n/index.js';

export interface FftRow {
  label: string;
  figures: FftFigures;
  /** The row adds the others up (drawn apart). */
  sum?: boolean;
}

export interface FftTableContext {
  t: StaffStrings;
  lang: StaffLanguage;
  suppress: boolean;
  caption: string;
}

/** A row of counts alone (answers that arrived later): no percentages, which would be of a handful. */
export function countsRow(label: string, counts: FftCounts): FftRow & { countsOnly: true } {
  return { label, figures: fftFigures(counts), countsOnly: true };
}

export function fftTable(rows: readonly (FftRow & { countsOnly?: boolean })[], c: FftTableContext): TemplateResult {
  const { t, lang } = c;
  const words = answerWords(t);
  const show = (f: FftFigures): ShownFftFigures => (c.suppress ? suppressSmallNumbers(f) : unsuppressed(f));
  const count = (n: number | '*') => (n === '*' ? n : countWords(n, lang));
  const percent = (p: number | '*' | null) => (p === null ? t.noFigure : p === '*' ? p : percentWords(p, lang));
  return html`<div class="table-box" role="region" aria-label=${c.caption} tabindex="0">
    <table class="figures">
      <caption>
        ${c.caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.method}</th>
          ${FFT_ANSWERS.map((a) => html`<th scope="col">${words[a]}</th>`)}
          <th scope="col">${t.total}</th>
          <th scope="col">${t.percentPositive}</th>
          <th scope="col">${t.percentNegative}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => {
          const f = show(row.figures);
          return html`<tr class=${row.sum ? 'sum' : nothing}>
            <th scope="row">${row.label}</th>
            ${FFT_ANSWERS.map((a) => html`<td>${count(f.counts[a])}</td>`)}
            <td>${count(f.total)}</td>
            <td>${row.countsOnly ? '' : percent(f.percentPositive)}</td>
            <td>${row.countsOnly ? '' : percent(f.percentNegative)}</td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
