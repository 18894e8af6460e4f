/**
 * What came in, by practice (a template, not an element): one row per practice with its counts, captioned, in a box
 * of its own that scrolls sideways on a phone (reached by keyboard: the box takes focus). Names shown as text.
 */
import { html } from 'lit';
import type { PracticeCounts, PracticeSummary } from '../../../src/core/practices-api.js';
import type { PracticesStrings } from '../../i18n/practices.js';
import { tableBox } from '../../styles/table-box.js';

const COLUMNS: (keyof PracticeCounts)[] = [
  'firstImpressions',
  'whatWentWrong',
  'openCases',
  'unknownLocation',
  'looksAutomated',
];

export function rollupTable(practices: readonly PracticeSummary[], s: PracticesStrings) {
  return tableBox({
    id: 'rollup-caption',
    caption: s.rollupCaption,
    head: [s.practice, ...COLUMNS.map((c) => s[c])],
    rows: practices.map(
      (p) =>
        html`<tr>
          <th scope="row">${p.name}</th>
          ${COLUMNS.map((c) => html`<td class="count">${p.counts[c]}</td>`)}
        </tr>`,
    ),
  });
}
