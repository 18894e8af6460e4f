/**
 * @summary `<pf-staff-inbox>`: everything patients sent, newest first, narrowed by the filters the address holds
 * (`query`), a page at a time; each row leads to the whole submission. "Export these" takes the same filters to the
 * Exports screen.
 */
import { LitElement, html } from 'lit';
import type { InboxQuery, Me, StaffLanguage } from '../../src/core/staff-api.js';
import type { StaffApi } from '../api/client.js';
import { inboxParams } from '../api/inbox-query.js';
import { pathOf } from '../app/router.js';
import { staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import './inbox-filters.js';
import './submission-list.js';

export class InboxScreen extends LitElement {
  static override styles = sharedStyles;
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    query: { attribute: false },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare query: InboxQuery;

  override render() {
    const t = staffStrings(this.lang);
    return html`<h1>${t.inboxTitle}</h1>
      <p>${t.inboxIntro} <a href=${pathOf('exports', inboxParams(this.query))}>${t.exportThese}</a></p>
      <pf-staff-inbox-filters .me=${this.me} .lang=${this.lang} .query=${this.query}></pf-staff-inbox-filters>
      <pf-staff-submission-list
        watch
        .api=${this.api}
        .me=${this.me}
        .lang=${this.lang}
        .query=${this.query}
        .level=${2}
      ></pf-staff-submission-list>`;
  }
}

customElements.define('pf-staff-inbox', InboxScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-inbox': InboxScreen;
  }
}
