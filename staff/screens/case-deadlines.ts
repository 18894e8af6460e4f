/**
 * A case's Deadlines: its next deadline first ("Overdue: acknowledge by …"), then every clock it runs on or has met,
 * each in words. Overdue and due-today lines say so and are drawn heavier, with a thicker rule — never by colour
 * alone. Part of the printed case file.
 */
import { html, nothing } from 'lit';
import type { CaseDetail, StaffLanguage } from '../../src/core/staff-api.js';
import { clockWords, dueWords, isPressing } from '../format/clock-words.js';
import type { StaffStrings } from '../i18n/index.js';

export function caseDeadlines(detail: CaseDetail, t: StaffStrings, lang: StaffLanguage, timeZone: string) {
  const zone = { t, lang, timeZone };
  const due = detail.due;
  return html`<h3 id="deadlines-heading">${t.deadlines}</h3>
    ${
      due
        ? html`<p class="due next ${isPressing(due.state) ? 'pressing' : ''}" data-due=${due.kind}>
          <strong>${dueWords(due, zone)}</strong>
        </p>`
        : nothing
    }
    ${
      detail.clocks.length
        ? html`<ul class="clocks" aria-labelledby="deadlines-heading">
          ${detail.clocks.map(
            (clock) =>
              html`<li class="clock ${isPressing(clock.state) ? 'pressing' : ''}" data-state=${clock.state}>
                ${clockWords(clock, zone)}
              </li>`,
          )}
        </ul>`
        : html`<p>${t.deadlinesNone}</p>`
    }`;
}
