/**
 * The results poster, printed for the waiting room: the practice, the newest month's % positive in large type with
 * its sentence, and the weekly chart. It is for the public, so small numbers are hidden (a % of 3 patients gives
 * their answers away: src/core/results/fft-suppression.ts), and it holds figures only, never a patient's words.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ResultsPage } from '../../../src/core/results-api.js';
import { addFftCounts, fftFigures } from '../../../src/core/results/fft-figures.js';
import { SUPPRESSED, suppressSmallNumbers } from '../../../src/core/results/fft-suppression.js';
import { fftSummary } from '../../../src/core/results/summaries.js';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { monthWords, percentWords, summaryWords } from '../../format/results-words.js';
import { fill, type StaffStrings } from '../../i18n/index.js';
import './spc-chart.js';

export function resultsPoster(page: ResultsPage, c: { t: StaffStrings; lang: StaffLanguage }): TemplateResult {
  const { t, lang } = c;
  const newest = page.fft[0]?.month;
  const months = page.fft.filter((m) => m.month === newest);
  const figures = fftFigures(addFftCounts(...months.map((m) => m.all.counts)));
  const shown = suppressSmallNumbers(figures);
  const practices = new Intl.ListFormat(lang, { type: 'conjunction' }).format(page.practices.map((p) => p.name));
  const month = newest ? monthWords(newest, lang) : '';
  const big =
    shown.percentPositive === null
      ? t.noFigure
      : shown.percentPositive === SUPPRESSED
        ? t.posterTooFew
        : percentWords(shown.percentPositive, lang);
  return html`<section class="poster" aria-label=${t.posterName}>
    <h2>${fill(t.posterHeading, practices)}</h2>
    ${
      newest
        ? html`<p>${fill(t.posterMonth, month)}</p>
            <p class="big">${big}</p>
            ${shown.percentPositive === SUPPRESSED ? nothing : html`<p>${fftSummary(figures, month, summaryWords(lang))}</p>`}`
        : html`<p>${t.fftNone}</p>`
    }
    <h3>${t.weeklyTitle}</h3>
    <pf-staff-spc-chart poster .lang=${lang} .weeks=${page.weeks} .chart=${page.chart}></pf-staff-spc-chart>
    <p class="thanks">${t.posterThanks}</p>
  </section>`;
}
