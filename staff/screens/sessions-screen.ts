/**
 * @summary `<pf-staff-sessions>`: who is signed in, for admins who see every practice — each open session (who,
 * since when, last activity, from where, which browser) with an End button named with the person and the time.
 * Ending one's own signs out, as Sign out does. Ending is audited by the collector.
 */
import { LitElement, html, nothing } from 'lit';
import type { OpenSessionView, SessionEnded, SessionList } from '../../src/core/sessions-api.js';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import type { StaffApi } from '../api/client.js';
import { isGroupAdmin } from '../api/refusal.js';
import { AnnounceEvent } from '../app/events.js';
import { staffTime } from '../format/time.js';
import { fill } from '../i18n/index.js';
import { sessionsStrings } from '../i18n/sessions.js';
import { sharedStyles } from '../styles/shared.js';
import { tableBox } from '../styles/table-box.js';
import { auditStyles } from './audit/audit.styles.js';
import { ScreenLoad } from './screen-load.js';

export class SessionsScreen extends LitElement {
  static override styles = [sharedStyles, auditStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    note: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  /** What the last End did, in words. */
  declare note: string;

  private readonly list = new ScreenLoad(this, {
    read: async ({ signal }) => (await this.api.request<SessionList>('/api/staff/sessions', { signal })).sessions,
    allowed: isGroupAdmin,
    forbidden: (lang) => sessionsStrings(lang).forbidden,
  });

  constructor() {
    super();
    this.note = '';
  }

  /** Ends it, then reads the list again; a refusal is still said once the list is read (ScreenLoad.act). */
  private async end(session: OpenSessionView): Promise<void> {
    const s = sessionsStrings(this.lang);
    this.note = '';
    const path = `/api/staff/sessions/${encodeURIComponent(session.id)}/end`;
    await this.list.act(async () => {
      const done = await this.api.request<SessionEnded>(path, { method: 'POST', body: {} });
      if (done.signedOut) {
        window.location.assign('/staff/sign-in?ended=signed-out');
        return false;
      }
      this.note = done.ended ? s.ended : s.endedBefore;
      this.dispatchEvent(new AnnounceEvent(this.note));
    });
    this.renderRoot.querySelector<HTMLElement>('h1')?.focus();
  }

  private row(session: OpenSessionView) {
    const s = sessionsStrings(this.lang);
    const since = staffTime(session.createdAt, this.lang);
    return html`<tr>
      <td class="words">
        ${session.email}
        ${session.stage === 'second-factor' ? s.codeNotGiven : nothing} ${session.yours ? s.yours : nothing}
      </td>
      <td class="when">${since}</td>
      <td class="when">${staffTime(session.lastActivityAt, this.lang)}</td>
      <td>${session.address ?? ''}</td>
      <td class="details words">${session.userAgent ?? ''}</td>
      <td>
        <button type="button" aria-label=${fill(s.endNamed, session.email, since)} @click=${() => void this.end(session)}>
          ${s.end}
        </button>
      </td>
    </tr>`;
  }

  private body() {
    const s = sessionsStrings(this.lang);
    if (!this.list.allowed) return html`<p>${s.forbidden}</p>`;
    return html`<p>${s.intro}</p>
      ${this.note ? html`<p><strong>${this.note}</strong></p>` : nothing}
      ${this.list.view((list) =>
        tableBox({
          id: 'sessions-caption',
          caption: fill(s.caption, list.length),
          head: [s.who, s.since, s.lastActivity, s.from, s.browser, s.end],
          rows: list.map((session) => this.row(session)),
        }),
      )}`;
  }

  override render() {
    return html`<h1 tabindex="-1">${sessionsStrings(this.lang).title}</h1>
      ${this.body()}`;
  }
}

customElements.define('pf-staff-sessions', SessionsScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-sessions': SessionsScreen;
  }
}
