/**
 * @summary `<pf-staff-cases>`: every "what went wrong" form is a case. What needs doing today comes first: **Due now**,
 * the open cases overdue or due by the end of today (the API's `due=now`), the most pressing first; then one section
 * per status in the order they need doing (new, reopened, seen, contacted), then the resolved ones — each asked with
 * `order=due`, so within a section the soonest deadline comes first (cases with none after, newest first), a page at
 * a time.
 */
import { LitElement, css, html } from 'lit';
import type { CaseStatus, InboxQuery, Me, StaffLanguage } from '../../src/core/staff-api.js';
import type { StaffApi } from '../api/client.js';
import { statusWords } from '../format/words.js';
import { staffStrings, type StaffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import './submission-list.js';

/** What needs doing first comes first: seed 003's "fix the problem quickly". */
const SECTIONS: readonly (CaseStatus | 'due')[] = ['due', 'new', 'reopened', 'seen', 'contacted', 'resolved'];

function sectionQuery(section: CaseStatus | 'due'): InboxQuery {
  return section === 'due'
    ? { kind: 'what-went-wrong', due: 'now', order: 'due' }
    : { kind: 'what-went-wrong', status: section, order: 'due' };
}

function sectionName(section: CaseStatus | 'due', t: StaffStrings): string {
  if (section === 'due') return t.dueNow;
  return section === 'resolved' ? t.resolvedCases : statusWords(section, t);
}

export class CasesScreen extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      section + section {
        border-top: 1px solid var(--staff-line);
      }
    `,
  ];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;

  /** Each section's query, made once: a new object would make its list load again on every render. */
  private readonly queries = new Map(SECTIONS.map((section) => [section, sectionQuery(section)] as const));

  override render() {
    const t = staffStrings(this.lang);
    return html`<h1>${t.casesTitle}</h1>
      <p>${t.casesIntro}</p>
      ${SECTIONS.map(
        (section) =>
          html`<section aria-labelledby=${`cases-${section}`}>
            <h2 id=${`cases-${section}`}>${sectionName(section, t)}</h2>
            ${section === 'due' ? html`<p>${t.dueNowIntro}</p>` : ''}
            <pf-staff-submission-list
              .api=${this.api}
              .me=${this.me}
              .lang=${this.lang}
              .query=${this.queries.get(section)}
              .level=${3}
            ></pf-staff-submission-list>
          </section>`,
      )}`;
  }
}

customElements.define('pf-staff-cases', CasesScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-cases': CasesScreen;
  }
}
