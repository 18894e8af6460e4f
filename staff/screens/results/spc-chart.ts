/**
 * @summary `<pf-staff-spc-chart>`: weekly % positive as NHS England's Making Data Count draws it — an XmR chart with
 * the mean and the process limits, each week a point, a special cause marked by shape and colour (never colour
 * alone) — with its summary in words and its data in a table. With fewer weeks than an SPC chart needs it says so
 * and draws a run chart: the weeks and their mean, no limits, no signals (src/core/results/xmr.ts).
 *
 * The chart is drawn from the collector's figures (`chart`, `weeks`); nothing is worked out again here.
 */
import { LitElement, css, html, nothing, svg } from 'lit';
import type { FftWeek } from '../../../src/core/results-api.js';
import { spcSummary } from '../../../src/core/results/summaries.js';
import type { ChartedPoint, Rule, SpecialCause, XmrChart } from '../../../src/core/results/xmr.js';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { countWords, dayWords, percentWords, summaryWords } from '../../format/results-words.js';
import { fill, staffStrings, type StaffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { resultsStyles } from './results.styles.js';
import { shape, shapeOf } from './point-shapes.js';

const W = 640;
const H = 300;
const LEFT = 48;
const RIGHT = 12;
const TOP = 12;
const BOTTOM = 40;

export class SpcChart extends LitElement {
  static override styles = [
    sharedStyles,
    resultsStyles,
    css`
      :host([poster]) .table-box,
      :host([poster]) .too-few {
        display: none;
      }
    `,
  ];
  static override properties = {
    lang: { attribute: false },
    weeks: { attribute: false },
    chart: { attribute: false },
    poster: { type: Boolean, reflect: true },
  };

  declare lang: StaffLanguage;
  declare weeks: readonly FftWeek[];
  declare chart: XmrChart;
  declare poster: boolean;

  constructor() {
    super();
    this.poster = false;
  }

  private signalWords(point: ChartedPoint | undefined, t: StaffStrings): string {
    if (!point) return t.signalNobody;
    if (!this.chart.enoughPoints) return t.noFigure;
    if (point.special === null) return t.signalCommon;
    const rules: Record<Rule, string> = {
      'outside-limits': t.ruleOutside,
      shift: t.ruleShift,
      trend: t.ruleTrend,
      'two-of-three': t.ruleTwoOfThree,
    };
    const kinds: Record<SpecialCause, string> = {
      improvement: t.signalImprovement,
      concern: t.signalConcern,
      'neither-high': t.signalHigh,
      'neither-low': t.signalLow,
    };
    const named = [...new Set(point.signals.map((s) => rules[s.rule]))];
    return fill(kinds[point.special], new Intl.ListFormat(this.lang, { type: 'conjunction' }).format(named));
  }

  private drawing(t: StaffStrings) {
    const { points } = this.chart;
    const c = this.chart;
    const values = [
      ...points.map((p) => p.value),
      ...(c.enoughPoints ? [c.shownLowerLimit ?? 0, c.shownUpperLimit ?? 100] : []),
    ];
    const low = values.length ? Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10) : 0;
    const high = values.length ? Math.min(100, Math.ceil((Math.max(...values) + 5) / 10) * 10) : 100;
    const step = high - low > 50 ? 20 : 10;
    const plotW = W - LEFT - RIGHT;
    const plotH = H - TOP - BOTTOM;
    const x = (i: number) => LEFT + ((i + 0.5) * plotW) / Math.max(1, points.length);
    const y = (v: number) => TOP + ((high - v) * plotH) / Math.max(1, high - low);
    const ticks: number[] = [];
    for (let v = low; v <= high; v += step) ticks.push(v);
    const line = (v: number | null, cls: string) =>
      v === null ? nothing : svg`<line class=${cls} x1=${LEFT} x2=${W - RIGHT} y1=${y(v)} y2=${y(v)}></line>`;
    const first = points[0];
    const last = points[points.length - 1];
    return html`<svg
      class="chart"
      viewBox="0 0 ${W} ${H}"
      role="img"
      aria-label=${fill(t.spcChartName, points.length)}
    >
      ${ticks.map(
        (v) =>
          svg`<line class="grid" x1=${LEFT} x2=${W - RIGHT} y1=${y(v)} y2=${y(v)}></line>
            <text class="axis" x=${LEFT - 6} y=${y(v) + 4} text-anchor="end">${percentWords(v, this.lang)}</text>`,
      )}
      ${c.enoughPoints ? [line(c.shownUpperLimit, 'limit'), line(c.shownLowerLimit, 'limit')] : nothing}
      ${line(c.mean, 'mean')}
      <polyline class="series" points=${points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')}></polyline>
      ${points.map((p, i) => shape(shapeOf(p.special), x(i), y(p.value)))}
      ${first ? svg`<text class="axis" x=${x(0)} y=${H - 12} text-anchor="start">${dayWords(first.date, this.lang)}</text>` : nothing}
      ${
        last && points.length > 1
          ? svg`<text class="axis" x=${x(points.length - 1)} y=${H - 12} text-anchor="end">${dayWords(last.date, this.lang)}</text>`
          : nothing
      }
    </svg>`;
  }

  private legend(t: StaffStrings) {
    const entry = (kind: ReturnType<typeof shapeOf>, words: string) =>
      html`<li><svg viewBox="0 0 20 20" aria-hidden="true">${shape(kind, 10, 10)}</svg> ${words}</li>`;
    const key = (cls: string, words: string) =>
      html`<li>
        <svg viewBox="0 0 28 20" aria-hidden="true"><line class=${cls} x1="0" x2="28" y1="10" y2="10"></line></svg>
        ${words}
      </li>`;
    return html`<ul class="legend">
      ${key('mean', t.legendMean)} ${this.chart.enoughPoints ? key('limit', t.legendLimits) : nothing}
      ${entry('common', t.legendCommon)}
      ${
        this.chart.enoughPoints
          ? html`${entry('improvement', t.legendImprovement)} ${entry('concern', t.legendConcern)}`
          : nothing
      }
    </ul>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const c = this.chart;
    const byWeek = new Map(c.points.map((p) => [p.date, p]));
    const mean = c.mean === null ? t.noFigure : percentWords(c.mean, this.lang);
    return html`<p class="summary">${spcSummary(c, t.percentPositive, summaryWords(this.lang))}</p>
      ${
        !c.enoughPoints && c.points.length > 0
          ? html`<p class="too-few">${fill(t.spcRunChart, c.minimumPoints)}</p>`
          : nothing
      }
      <figure>
        ${this.drawing(t)}
        <figcaption>
          ${
            c.enoughPoints
              ? fill(
                  t.spcLimits,
                  mean,
                  percentWords(c.shownLowerLimit ?? 0, this.lang),
                  percentWords(c.shownUpperLimit ?? 100, this.lang),
                )
              : fill(t.spcMeanOnly, mean)
          }
          ${this.legend(t)}
        </figcaption>
      </figure>
      <div class="table-box" role="region" aria-label=${t.spcTable} tabindex="0">
        <table>
          <caption>
            ${t.spcTable}
          </caption>
          <thead>
            <tr>
              <th scope="col">${t.week}</th>
              <th scope="col">${t.answersCount}</th>
              <th scope="col">${t.percentPositive}</th>
              <th scope="col">${t.signal}</th>
            </tr>
          </thead>
          <tbody>
            ${this.weeks.map(
              (w) =>
                html`<tr>
                  <th scope="row">${fill(t.weekOf, dayWords(w.week, this.lang))}</th>
                  <td>${countWords(w.total, this.lang)}</td>
                  <td>${w.percentPositive === null ? t.noFigure : percentWords(w.percentPositive, this.lang)}</td>
                  <td>${this.signalWords(byWeek.get(w.week), t)}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('pf-staff-spc-chart', SpcChart);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-spc-chart': SpcChart;
  }
}
