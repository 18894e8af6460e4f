/**
 * @summary `<pf-staff-elsewhere>`: Accounts, whose work is on the server's own pages and the command line for now;
 * and the answer to an address the console does not have.
 */
import { LitElement, html, nothing } from 'lit';
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
  declare screen: 'accounts' | 'not-found';

  override render() {
    const t = staffStrings(this.lang);
    if (this.screen === 'not-found') {
      return html`<h1>${t.notFoundTitle}</h1>
        <p>${t.notFoundText}</p>
        <p class="links"><a href=${pathOf('inbox')}>${t.navInbox}</a></p>`;
    }
    const wholeGroup = this.me.role === 'admin' && this.me.everyPractice;
    return html`<h1>${t.navAccounts}</h1>
      <p>${t.accountsIntro}</p>
      <ul class="links">
        ${wholeGroup ? html`<li><a href="/staff/sessions">${t.accountsSessions}</a></li>` : nothing}
        <li><a href="/staff/account">${t.accountsYours}</a></li>
      </ul>`;
  }
}

customElements.define('pf-staff-elsewhere', ElsewhereScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-elsewhere': ElsewhereScreen;
  }
}
