/**
 * @summary `<pf-staff-cases>`: every "what went wrong" form is a case; the open ones first, one section per status in
 * the order they need doing (new, reopened, seen, contacted), newest first within each, then the resolved ones —
 * each section a page at a time (the API is asked per status).
 */
import { LitElement, css, html } from 'lit';
import type { CaseStatus, Me, StaffLanguage } from '../../src/core/staff-api.js';
import type { StaffApi } from '../api/client.js';
import { statusWords } from '../format/words.js';
import { staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import './submission-list.js';

/** What needs doing first comes first: seed 003's "fix the problem quickly". */
const SECTIONS: readonly CaseStatus[] = ['new', 'reopened', 'seen', 'contacted', 'resolved'];

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
  private readonly queries = new Map(
    SECTIONS.map((status) => [status, { kind: 'what-went-wrong' as const, status }] as const),
  );

  override render() {
    const t = staffStrings(this.lang);
    return html`<h1>${t.casesTitle}</h1>
      <p>${t.casesIntro}</p>
      ${SECTIONS.map(
        (status) =>
          html`<section aria-labelledby=${`cases-${status}`}>
            <h2 id=${`cases-${status}`}>${status === 'resolved' ? t.resolvedCases : statusWords(status, t)}</h2>
            <pf-staff-submission-list
              .api=${this.api}
              .me=${this.me}
              .lang=${this.lang}
              .query=${this.queries.get(status)}
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
