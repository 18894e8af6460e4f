/**
 * @summary `<pf-staff-exports>`: the export files (an Excel workbook, CSV, JSON, FHIR) of what the inbox shows with the filters
 * in the address — the inbox's "Export these" and the navigation's Exports link bring them, with every filter the
 * inbox has (the exports take the same ones).
 */
import { LitElement, css, html } from 'lit';
import type { InboxQuery, Me, StaffLanguage } from '../../src/core/staff-api.js';
import { FILTER_KEYS, inboxParams } from '../api/inbox-query.js';
import { pathOf } from '../app/router.js';
import { filtersInWords } from '../format/filter-words.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';

const FORMATS = [
  ['xlsx', 'exportXlsx'],
  ['csv', 'exportCsv'],
  ['json', 'exportJson'],
  ['fhir.json', 'exportFhir'],
] as const;

export class ExportsScreen extends LitElement {
  static override styles = [
    sharedStyles,
    css`
      .files {
        list-style: none;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
    `,
  ];
  static override properties = {
    me: { attribute: false },
    lang: { attribute: false },
    query: { attribute: false },
  };

  declare me: Me;
  declare lang: StaffLanguage;
  declare query: InboxQuery;

  constructor() {
    super();
    this.query = {};
  }

  override render() {
    const t = staffStrings(this.lang);
    const context = { t, lang: this.lang, me: this.me };
    const exportQuery: InboxQuery = {};
    for (const key of FILTER_KEYS) if (this.query[key]) Object.assign(exportQuery, { [key]: this.query[key] });
    const params = inboxParams(exportQuery);
    // The answers' words in the console's language (the spreadsheets; JSON and FHIR keep the values as sent).
    if (this.lang !== 'en') params.set('lang', this.lang);
    const search = params.toString();
    const applied = filtersInWords(this.query, FILTER_KEYS, context);
    return html`<h1>${t.exportsTitle}</h1>
      <p>${t.exportsIntro}</p>
      <p class="words">${applied ? fill(t.exportsFilters, applied) : t.exportsNoFilters}</p>
      <ul class="files">
        ${FORMATS.map(
          ([extension, words]) =>
            html`<li>
              <a class="button" href=${`/api/feedback/export.${extension}${search ? `?${search}` : ''}`} download
                >${t[words]}</a
              >
            </li>`,
        )}
      </ul>
      <p><a href=${pathOf('inbox', inboxParams(this.query))}>${t.changeFilters}</a></p>`;
  }
}

customElements.define('pf-staff-exports', ExportsScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-exports': ExportsScreen;
  }
}
