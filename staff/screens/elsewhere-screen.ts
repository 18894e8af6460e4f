/** @summary `<pf-staff-elsewhere>`: the answer to an address the console does not have. */
import { LitElement, html } from 'lit';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { pathOf } from '../app/router.js';
import { staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';

export class ElsewhereScreen extends LitElement {
  static override styles = sharedStyles;
  static override properties = {
    me: { attribute: false },
    lang: { attribute: false },
    screen: { attribute: false },
  };

  declare me: Me;
  declare lang: StaffLanguage;
  declare screen: 'not-found';

  override render() {
    const t = staffStrings(this.lang);
    return html`<h1>${t.notFoundTitle}</h1>
      <p>${t.notFoundText}</p>
      <p class="links"><a href=${pathOf('inbox')}>${t.navInbox}</a></p>`;
  }
}

customElements.define('pf-staff-elsewhere', ElsewhereScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-elsewhere': ElsewhereScreen;
  }
}
