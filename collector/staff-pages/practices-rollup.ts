/** The roll-up table a group's staff read: one row per practice they see (server-rendered, text escaped). */
import { escapeHtml as h } from '../html.js';
import type { PracticeRollup } from '../practices/rollup.js';

const HEADINGS = [
  'Practice',
  'First impressions',
  'What went wrong',
  'Open cases',
  'Unlisted location',
  'Looks automated',
];

export function rollupTable(rows: readonly PracticeRollup[], headingId: string): string {
  const head = HEADINGS.map((name) => `<th scope="col">${name}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row">${h(r.practice.name)}</th><td>${r.firstImpressions}</td><td>${r.whatWentWrong}</td>` +
        `<td>${r.openCases}</td><td>${r.unknownLocation}</td><td>${r.looksAutomated}</td></tr>`,
    )
    .join('\n');
  return `<div class="table-scroll" role="region" aria-labelledby="${headingId}" tabindex="0"><table>
<thead><tr>${head}</tr></thead>
<tbody>${body}</tbody></table></div>`;
}
