/**
 * A case's file: everything done to it, oldest first — who, what, when — in words (a formal complaint's steps
 * included: marked with its day or unmarked, a stage, acknowledged, responded, a response date agreed or cleared). A
 * note is shown whole, as text, as its writer typed it. This is what the printed case file carries.
 */
import { html } from 'lit';
import type { CaseEvent, StaffLanguage } from '../../src/core/staff-api.js';
import { staffDay, staffTime } from '../format/time.js';
import { anyOutcomeWords, anyStatusWords } from '../format/words.js';
import { fill, type StaffStrings } from '../i18n/index.js';

function eventWords(event: CaseEvent, t: StaffStrings, lang: StaffLanguage) {
  switch (event.what) {
    case 'status':
      return fill(t.eventStatus, anyStatusWords(event.value, t));
    case 'assignee':
      return event.value ? fill(t.eventAssignee, event.value) : t.eventUnassigned;
    case 'outcome':
      return fill(t.eventOutcome, event.value ? anyOutcomeWords(event.value, t) : t.outcomeNone);
    case 'note':
      return html`${t.eventNote}: <span class="words">${event.value}</span>`;
    case 'formal':
      return event.value ? fill(t.eventFormal, staffDay(event.value, lang)) : t.eventUnmarked;
    case 'stage':
      return fill(t.eventStage, event.value);
    case 'acknowledged':
      return t.eventAcknowledged;
    case 'responded':
      return t.eventResponded;
    case 'agreed':
      return event.value ? fill(t.eventAgreed, staffDay(event.value, lang)) : t.eventAgreedCleared;
    default:
      return `${String(event.what)}: ${String(event.value)}`;
  }
}

export function caseHistory(history: readonly CaseEvent[], t: StaffStrings, lang: StaffLanguage, timeZone: string) {
  if (!history.length) return html`<p>${t.historyEmpty}</p>`;
  return html`<ol class="history">
    ${history.map(
      (event) =>
        html`<li>
          <p class="when">
            <time datetime=${event.at}>${staffTime(event.at, lang, timeZone)}</time> ·
            <span class="words">${event.by}</span>
          </p>
          <p>${eventWords(event, t, lang)}</p>
        </li>`,
    )}
  </ol>`;
}
