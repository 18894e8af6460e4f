/**
 * @summary `<pf-staff-console>`: the staff console's frame — skip link, who is signed in with **Sign out**, the
 * language switch, the navigation (a **Menu** button opens it at phone width), the current screen in `<main>`, a
 * live region for status messages, and the "You will be signed out soon" dialog of the session clock.
 *
 * It owns the address bar (app/router.ts): links to console screens are followed here (a history entry each, so
 * Back works), links to the server's own pages load as pages. After a move the new screen's heading takes focus and
 * the page title names it. Screens are given the API client, who is signed in and the language; they ask the API
 * themselves (screens/).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { ApiError, StaffApi } from '../api/client.js';
import { inboxParams, type InboxFilters } from '../api/inbox-query.js';
import { fill, LANGUAGE_NAMES, saveLanguage, savedLanguage, isStaffLanguage, staffStrings } from '../i18n/index.js';
import { shareLanguage } from './language-cookie.js';
import '../screens/screens.js';
import { consoleStyles } from './console.styles.js';
import { AnnounceEvent, NavigateEvent, TitleEvent } from './events.js';
import { idleDialog } from './idle-dialog.js';
import { navGroups, navLists } from './nav.js';
import { isConsolePath, routeOf, type Route } from './router.js';
import { screenTemplate, screenTitle } from './screen-outlet.js';
import { SessionClock } from './session-clock.js';
import { sharedStyles } from '../styles/shared.js';

export class StaffConsole extends LitElement {
  static override styles = [sharedStyles, consoleStyles];
  static override properties = {
    me: { state: true },
    lang: { state: true },
    route: { state: true },
    menuOpen: { state: true },
    status: { state: true },
    problem: { state: true },
    leaving: { state: true },
    titleDetail: { state: true },
  };

  declare me: Me | undefined;
  declare lang: StaffLanguage;
  declare route: Route;
  /** At phone width: the navigation is showing. */
  declare menuOpen: boolean;
  /** The live region's message. */
  declare status: string;
  /** Who is signed in could not be read (not a sign-out: that leaves the page). */
  declare problem: string;
  /** The session is over: nothing of patients stays on the screen while the sign-in page loads. */
  declare leaving: boolean;
  /** What the current screen named itself ("RC-7KQ2-9F"), for the page title. */
  declare titleDetail: string;

  private readonly clock = new SessionClock(this, { onEnd: (ended) => this.leave(ended) });
  private readonly api = new StaffApi({
    personActed: () => this.clock.personActed(),
    signedOut: () => void this.signedOut(),
  });
  /** The inbox's filters when it was last shown: the Exports link carries them. */
  private lastFilters: InboxFilters = {};
  private focusPending = false;

  constructor() {
    super();
    this.lang = savedLanguage();
    this.route = routeOf(location);
    this.menuOpen = false;
    this.status = '';
    this.problem = '';
    this.leaving = false;
    this.titleDetail = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.onPopState);
    this.addEventListener(AnnounceEvent.type, this.onAnnounce);
    this.addEventListener(NavigateEvent.type, this.onNavigate);
    this.addEventListener(TitleEvent.type, this.onTitle);
    document.documentElement.lang = this.lang;
    shareLanguage(this.lang);
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.onPopState);
    this.removeEventListener(AnnounceEvent.type, this.onAnnounce);
    this.removeEventListener(NavigateEvent.type, this.onNavigate);
    this.removeEventListener(TitleEvent.type, this.onTitle);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('route')) {
      if (this.route.screen === 'inbox') this.lastFilters = this.route.query;
      this.titleDetail = '';
    }
  }

  protected override updated(): void {
    const t = staffStrings(this.lang);
    document.title = fill(t.pageTitle, this.titleDetail || screenTitle(this.route, t, this.lang));
    const dialog = this.renderRoot.querySelector<HTMLDialogElement>('dialog');
    if (dialog && this.clock.warning && !dialog.open) {
      dialog.showModal();
      dialog.querySelector('button')?.focus();
    } else if (dialog?.open && !this.clock.warning) dialog.close();
    if (this.focusPending && this.me) {
      this.focusPending = false;
      void this.focusHeading();
    }
  }

  private async load(): Promise<void> {
    this.problem = '';
    try {
      this.me = await this.api.me();
      if (this.me.idleSeconds !== undefined) this.clock.start(this.me.idleSeconds);
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return;
      const t = staffStrings(this.lang);
      this.problem = error instanceof ApiError && error.status === 0 ? t.offline : fill(t.problem, String(error));
    }
  }

  /** The API said 401: find out why (without counting as activity), then leave. */
  private async signedOut(): Promise<void> {
    const ended = await fetch('/staff/session', { headers: { 'X-Background-Refresh': '1' }, cache: 'no-store' })
      .then((r) => r.json() as Promise<{ ended?: string }>)
      .then((body) => body.ended)
      .catch(() => undefined);
    this.leave(ended ?? 'signed-out');
  }

  private leave(ended: string): void {
    this.leaving = true;
    const query = new URLSearchParams();
    if (ended === 'idle') query.set('ended', 'idle');
    query.set('next', location.pathname + location.search);
    location.replace(`/staff/sign-in?${query.toString()}`);
  }

  private navigate(href: string): void {
    history.pushState(null, '', href);
    this.route = routeOf(location);
    this.menuOpen = false;
    this.focusPending = true;
  }

  private async focusHeading(): Promise<void> {
    const screen = this.renderRoot.querySelector<LitElement>('main > *');
    await screen?.updateComplete;
    const heading = screen?.shadowRoot?.querySelector('h1');
    heading?.setAttribute('tabindex', '-1');
    heading?.focus();
  }

  private onPopState = (): void => {
    this.route = routeOf(location);
    this.focusPending = true;
  };

  /** A click on a link to a console screen stays in the app; anything else is the browser's. */
  private onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
    const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement);
    if (!link || link.target || link.hasAttribute('download') || !link.href) return;
    const url = new URL(link.href);
    if (url.origin !== location.origin || !isConsolePath(url.pathname)) return;
    event.preventDefault();
    this.navigate(url.pathname + url.search);
  };

  private onNavigate = (event: NavigateEvent): void => this.navigate(event.href);

  private onAnnounce = (event: AnnounceEvent): void => {
    // Emptied first, so the same words twice ("Saved.") are read out twice.
    this.status = '';
    requestAnimationFrame(() => (this.status = event.message));
  };

  private onTitle = (event: TitleEvent): void => {
    this.titleDetail = event.title;
  };

  private onLanguage = (event: Event): void => {
    const value = (event.target as HTMLSelectElement).value;
    if (!isStaffLanguage(value)) return;
    this.lang = value;
    saveLanguage(value);
    shareLanguage(value);
    document.documentElement.lang = value;
  };

  private focusMain = (event: Event): void => {
    event.preventDefault();
    const main = this.renderRoot.querySelector<HTMLElement>('main');
    main?.focus();
  };

  private toggleMenu = (): void => {
    this.menuOpen = !this.menuOpen;
  };

  private onNavKey = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.menuOpen) return;
    this.menuOpen = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.menu')?.focus();
  };

  override render() {
    if (this.leaving) return nothing;
    const t = staffStrings(this.lang);
    const me = this.me;
    const screen = me
      ? screenTemplate(this.route, { api: this.api, me, lang: this.lang })
      : this.problem
        ? html`<h1>${t.appName}</h1>
            <p class="problem" role="alert">${this.problem}</p>
            <button type="button" @click=${() => void this.load()}>${t.tryAgain}</button>`
        : html`<p>${t.loading}</p>`;
    return html`
      <div class="frame" @click=${this.onClick}>
        <a class="skip" href="#main" @click=${this.focusMain}>${t.skipToContent}</a>
        <header class="bar ${this.menuOpen ? 'open' : ''}">
          <p class="brand">${t.appName}</p>
          ${
            me
              ? html`<button
                type="button"
                class="menu"
                aria-expanded=${this.menuOpen ? 'true' : 'false'}
                aria-controls="nav who"
                @click=${this.toggleMenu}
              >
                ${t.menu}
              </button>`
              : nothing
          }
          <div class="who" id="who">
            ${
              me
                ? html`<p>${fill(t.signedInAs, me.name)} (${me.role === 'admin' ? t.roleAdmin : t.roleStaff})</p>
                  <a class="account" href="/staff/account">${t.navYourSignIn}</a>`
                : nothing
            }
            <label for="lang">${t.language}</label>
            <select id="lang" @change=${this.onLanguage}>
              ${(['en', 'es'] as const).map(
                (code) =>
                  html`<option value=${code} ?selected=${code === this.lang} lang=${code}>
                    ${LANGUAGE_NAMES[code]}
                  </option>`,
              )}
            </select>
            ${
              me?.csrfToken
                ? html`<form method="post" action="/staff/sign-out">
                  <input type="hidden" name="_csrf" .value=${me.csrfToken} />
                  <button type="submit">${t.signOut}</button>
                </form>`
                : nothing
            }
          </div>
        </header>
        <div class="layout">
          ${
            me
              ? html`<nav id="nav" aria-label=${t.navigation} class=${this.menuOpen ? 'open' : ''} @keydown=${this.onNavKey}>
                ${navLists(navGroups(me, t, inboxParams(this.lastFilters)), this.route.screen)}
              </nav>`
              : nothing
          }
          <main id="main" tabindex="-1">${screen}</main>
        </div>
        <div class="visually-hidden" role="status">${this.status}</div>
        ${idleDialog(this.clock, t)}
      </div>
    `;
  }
}

customElements.define('pf-staff-console', StaffConsole);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-console': StaffConsole;
  }
}
