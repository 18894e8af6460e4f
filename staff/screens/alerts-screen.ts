/**
 * @summary `<pf-staff-alerts>`: the alerts of the practices a person sees, newest first — those not yet closed, or
 * the closed ones — each in a sentence with its practice, time and status; **Details** opens one (`?alert=<id>`, the
 * link an e-mail carries) with its comments and the moves along open → acknowledged → closed (or Reopen). Admins
 * see the alert rules and digests below (`<pf-staff-alert-rules>`).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Alert, AlertDetail, AlertPage, AlertStatus } from '../../src/core/alerts-api.js';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { AlertsApi, type AlertView } from '../api/alerts.js';
import type { StaffApi } from '../api/client.js';
import { AnnounceEvent, NavigateEvent } from '../app/events.js';
import { pathOf, submissionPath } from '../app/router.js';
import { staffTime } from '../format/time.js';
import { alertStrings } from '../i18n/alerts.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { alertSentence, alertWhere } from './alerts/alert-words.js';
import './alerts/alert-rules.js';
import { caseStyles } from './case.styles.js';
import { listStyles } from './list.styles.js';
import { ScreenLoad } from './screen-load.js';

export class AlertsScreen extends LitElement {
  static override styles = [sharedStyles, caseStyles, listStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    alertId: { attribute: false },
    view: { state: true },
    detail: { state: true },
    busy: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  /** The alert the address names (`?alert=<id>`). */
  declare alertId: string | undefined;
  declare view: AlertView;
  declare detail: AlertDetail | undefined;
  declare busy: boolean;

  /** The alerts shown when Show more was pressed: the next page is added to them. */
  private shown: AlertPage | undefined;

  private readonly list: ScreenLoad<AlertPage> = new ScreenLoad(this, {
    read: async ({ signal }) => {
      const shown = this.shown;
      const page = await this.client.list(this.view, shown?.next ?? undefined, signal);
      return shown ? { alerts: [...shown.alerts, ...page.alerts], next: page.next } : page;
    },
  });

  constructor() {
    super();
    this.view = 'active';
    this.busy = false;
  }

  private get client(): AlertsApi {
    return new AlertsApi(this.api);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('alertId')) void this.open(this.alertId);
  }

  private zone(practiceId: string): string | undefined {
    return this.me.practices.find((p) => p.id === practiceId)?.timeZone;
  }

  private practiceName(practiceId: string): string {
    return this.me.practices.find((p) => p.id === practiceId)?.name ?? practiceId;
  }

  /** The view's first page again (Loading… meanwhile), or with `more` the next page added to those shown. */
  private load(more = false): Promise<boolean> {
    this.shown = more ? this.list.value : undefined;
    if (!more) this.list.value = undefined;
    return this.list.load();
  }

  private async open(id: string | undefined): Promise<void> {
    this.detail = undefined;
    if (!id) return;
    try {
      this.detail = await this.client.detail(id);
    } catch (error) {
      this.list.problem = this.list.refusal(error);
    }
  }

  private show(id: string): void {
    this.dispatchEvent(new NavigateEvent(`${pathOf('alerts')}?${new URLSearchParams({ alert: id }).toString()}`));
  }

  private onView = (event: Event): void => {
    this.view = (event.target as HTMLSelectElement).value as AlertView;
    void this.load();
  };

  private async move(status: AlertStatus | undefined, form: HTMLFormElement | null): Promise<void> {
    const a = alertStrings(this.lang);
    const detail = this.detail;
    if (!detail) return;
    const field = form?.querySelector('textarea');
    const comment = field?.value.trim() ?? '';
    if (!status && !comment) return;
    this.busy = true;
    try {
      this.detail = await this.client.change(detail.alert.id, {
        ...(status ? { status } : {}),
        ...(comment ? { comment } : {}),
      });
      if (field) field.value = '';
      this.dispatchEvent(new AnnounceEvent(status ? a.status[status] : a.comments));
      void this.load();
    } catch (error) {
      this.list.problem = this.list.refusal(error);
    } finally {
      this.busy = false;
    }
  }

  private onComment = (event: SubmitEvent): void => {
    event.preventDefault();
    void this.move(undefined, event.target as HTMLFormElement);
  };

  private row(alert: Alert) {
    const a = alertStrings(this.lang);
    const zone = this.zone(alert.practiceId);
    const where = alertWhere(alert, a);
    return html`<li class="row">
      <p><strong>${a.kinds[alert.kind]}</strong> — ${a.status[alert.status]}</p>
      <p class="words">${alertSentence(alert, a, this.lang, zone)}</p>
      <p class="hint">
        ${this.me.practices.length > 1 ? html`${this.practiceName(alert.practiceId)} · ` : nothing}
        ${staffTime(alert.triggeredAt, this.lang, zone)}${where ? html` · ${where}` : nothing}
      </p>
      <button
        type="button"
        aria-label=${`${a.details}: ${a.kinds[alert.kind]}, ${staffTime(alert.triggeredAt, this.lang, zone)}`}
        @click=${() => this.show(alert.id)}
      >
        ${a.details}
      </button>
    </li>`;
  }

  private detailView(d: AlertDetail) {
    const a = alertStrings(this.lang);
    const { alert } = d;
    const zone = this.zone(alert.practiceId);
    const when = (iso: string) => staffTime(iso, this.lang, zone);
    const moves: AlertStatus[] =
      alert.status === 'open' ? ['acknowledged', 'closed'] : alert.status === 'acknowledged' ? ['closed'] : ['open'];
    const moveWords: Record<AlertStatus, string> = { acknowledged: a.acknowledge, closed: a.close, open: a.reopen };
    return html`<section aria-labelledby="alert-title" class="panel">
      <h2 id="alert-title">${a.kinds[alert.kind]} — ${a.status[alert.status]}</h2>
      <p class="words">${alertSentence(alert, a, this.lang, zone)}</p>
      ${alertWhere(alert, a) ? html`<p>${alertWhere(alert, a)}</p>` : nothing}
      <p>${fill(a.raised, when(alert.triggeredAt), alert.ruleName)}</p>
      ${alert.acknowledgedAt ? html`<p>${fill(a.acknowledgedBy, alert.acknowledgedBy, when(alert.acknowledgedAt))}</p>` : nothing}
      ${alert.closedAt ? html`<p>${fill(a.closedBy, alert.closedBy, when(alert.closedAt))}</p>` : nothing}
      ${alert.submissionId ? html`<p class="links"><a href=${submissionPath(alert.submissionId)}>${a.openCase}</a></p>` : nothing}
      <div class="actions">
        ${moves.map(
          (status) =>
            html`<button
              type="button"
              class=${status === 'closed' ? '' : 'primary'}
              ?disabled=${this.busy}
              @click=${() => void this.move(status, this.renderRoot.querySelector('#alert-comment-form'))}
            >
              ${moveWords[status]}
            </button>`,
        )}
      </div>
      <h3>${a.comments}</h3>
      ${
        d.comments.length
          ? html`<ol class="history">
            ${d.comments.map((c) => html`<li><p class="hint">${c.by}, ${when(c.at)}</p><p class="words">${c.text}</p></li>`)}
          </ol>`
          : html`<p>${a.noComments}</p>`
      }
      <form id="alert-comment-form" @submit=${this.onComment}>
        <div class="field">
          <label for="alert-comment">${a.comment}</label>
          <textarea id="alert-comment" rows="3" maxlength="2000" aria-describedby="alert-comment-hint"></textarea>
          <p id="alert-comment-hint" class="hint">${a.commentHint}</p>
        </div>
        <button type="submit" ?disabled=${this.busy}>${a.addComment}</button>
      </form>
    </section>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const a = alertStrings(this.lang);
    return html`<h1>${t.navAlerts}</h1>
      <p>${a.intro}</p>
      ${this.list.problemAlert()}
      ${this.detail ? this.detailView(this.detail) : nothing}
      <div class="field">
        <label for="alert-view">${a.show}</label>
        <select id="alert-view" @change=${this.onView}>
          <option value="active" ?selected=${this.view === 'active'}>${a.active}</option>
          <option value="closed" ?selected=${this.view === 'closed'}>${a.closed}</option>
        </select>
      </div>
      ${this.list.orLoading(({ alerts, next }) =>
        alerts.length
          ? html`<ul class="rows" aria-label=${this.view === 'active' ? a.active : a.closed}>${alerts.map((x) => this.row(x))}</ul>
              ${next ? html`<button type="button" @click=${() => void this.load(true)}>${a.more}</button>` : nothing}`
          : html`<p>${a.none}</p>`,
      )}
      ${this.me.role === 'admin' ? html`<pf-staff-alert-rules .api=${this.api} .me=${this.me} .lang=${this.lang}></pf-staff-alert-rules>` : nothing}`;
  }
}

customElements.define('pf-staff-alerts', AlertsScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-alerts': AlertsScreen;
  }
}
