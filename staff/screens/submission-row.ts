/**
 * One submission in a list (the inbox, a section of Cases): enough to scan and choose — when it came (in its
 * practice's time zone), what kind, its reference, the overall answer and categories in words, where it came from,
 * a formal complaint and the case's next deadline ("Overdue: acknowledge by …", in words, not colour alone), the
 * case's status, the start of the patient's words, and its marks — and a link to the whole of it. Every value
 * of a patient is a text binding: markup they typed is shown as text.
 */
import { html, nothing } from 'lit';
import type { InboxItem, Me, StaffLanguage } from '../../src/core/staff-api.js';
import { submissionPath } from '../app/router.js';
import { dueWords, isPressing } from '../format/clock-words.js';
import { staffTime } from '../format/time.js';
import { anyOutcomeWords, automatedWords, channelWords, kindWords, statusWords } from '../format/words.js';
import { fill, type StaffStrings } from '../i18n/index.js';

export interface RowContext {
  t: StaffStrings;
  lang: StaffLanguage;
  me: Me;
  /** The heading level of each row: 2 in the inbox (under its h1), 3 under a section's h2. */
  level: 2 | 3;
}

/** "What went wrong RC-7KQ2-9F" or "First impression": the link's name, unique enough to tell rows apart. */
export function rowName(item: InboxItem, t: StaffStrings): string {
  const kind = kindWords(item.kind, t);
  return item.reference ? `${kind} ${item.reference}` : kind;
}

export function submissionRow(item: InboxItem, { t, lang, me, level }: RowContext) {
  const link = html`<a href=${submissionPath(item.id)}>${rowName(item, t)}</a>`;
  const when = staffTime(item.receivedAt, lang, item.timeZone);
  const where = [me.practices.length > 1 ? item.practiceName : '', item.location ?? ''].filter(Boolean).join(', ');
  const caseState = item.case;
  return html`<article class="row ${item.kind}" data-id=${item.id}>
    ${level === 2 ? html`<h2>${link}</h2>` : html`<h3>${link}</h3>`}
    <p class="meta">
      <span>${t.received}: <time datetime=${item.receivedAt}>${when}</time></span>
      ${
        where
          ? html`<span class="words"
            >${where}${item.unknownLocation ? html` <strong>${t.notListed}</strong>` : nothing}</span
          >`
          : nothing
      }
      <span>${channelWords(item.channel, t)}</span>
    </p>
    ${
      item.overall || item.categories?.length
        ? html`<p class="answers">
          ${item.overall ? html`<span>${t.overall}: <strong>${item.overall.words}</strong></span>` : nothing}
          ${
            item.categories?.length
              ? html`<span>${t.category}: ${item.categories.map((c) => c.words).join(', ')}</span>`
              : nothing
          }
        </p>`
        : nothing
    }
    ${
      caseState?.formal || caseState?.due
        ? html`<p class="clock-state">
          ${caseState.formal ? html`<span class="tag">${t.formalComplaint}</span>` : nothing}
          ${
            caseState.due
              ? html`<span class="due ${isPressing(caseState.due.state) ? 'pressing' : ''}"
                >${dueWords(caseState.due, { t, lang, timeZone: item.timeZone })}</span
              >`
              : nothing
          }
        </p>`
        : nothing
    }
    ${
      caseState
        ? html`<p class="case-state status-${caseState.status}">
          <strong>${statusWords(caseState.status, t)}</strong>${
            caseState.outcome ? html` (${anyOutcomeWords(caseState.outcome, t)})` : nothing
          }${caseState.assignee ? html` · ${fill(t.assignedTo, caseState.assignee)}` : nothing}
        </p>`
        : nothing
    }
    ${item.excerpt ? html`<p class="excerpt words">${item.excerpt}</p>` : nothing}
    ${item.looksAutomated ? html`<p class="mark">${automatedWords(item.looksAutomated, t)}</p>` : nothing}
    ${item.erasedAt ? html`<p class="mark">${fill(t.erased, staffTime(item.erasedAt, lang, item.timeZone))}</p>` : nothing}
  </article>`;
}
