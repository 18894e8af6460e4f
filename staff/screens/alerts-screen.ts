/**
 * @summary `<pf-staff-alerts>`: the alerts of the practices a person sees, newest first — those not yet closed, or
 * the closed ones — each in a sentence with its practice, time and status; **Details** opens one (`?alert=<id>`, the
 * link an e-mail carries) with its comments and the moves along open → acknowledged → closed (or Reopen). Admins
 * see the alert rules and digests below (`<pf-staff-alert-rules>`).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Alert, AlertDetail, AlertStatus } from '../../src/core/alerts-api.js';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { AlertsApi, type AlertView } from '../api/alerts.js';
import type { StaffApi } from '../api/client.js';
import { refusalText } from '../api/refusal.js';
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

export class AlertsScreen extends LitElement {
  static override styles = [sharedStyles, caseStyles, listStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    alertId: { attribute: false },
    view: { state: true },
    alerts: { state: true },
    next: { state: true },
    detail: { state: true },
    problem: { state: true },
    busy: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  /** The alert the address names (`?alert=<id>`). */
  declare alertId: string | undefined;
  declare view: AlertView;
  declare alerts: Alert[] | undefined;
  declare next: string | null;
  declare detail: AlertDetail | undefined;
  declare problem: string;
  declare busy: boolean;

  private abort: AbortController | undefined;

  constructor() {
    super();
    this.view = 'active';
    this.next = null;
    this.problem = '';
    this.busy = false;
  }

  private get client(): AlertsApi {
    return new AlertsApi(this.api);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') || changed.has('api')) void this.load();
    if (changed.has('alertId')) void this.open(this.alertId);
  }

  private zone(practiceId: string): string | undefined {
    return this.me.practices.find((p) => p.id === practiceId)?.timeZone;
  }

  private practiceName(practiceId: string): string {
    return this.me.practices.find((p) => p.id === practiceId)?.name ?? practiceId;
  }

  private refusal(error: unknown): string {
    return refusalText(error, this.lang);
  }

  private async load(more = false): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    if (!more) this.alerts = undefined;
    try {
      const page = await this.client.list(this.view, more ? (this.next ?? undefined) : undefined, abort.signal);
      if (abort.signal.aborted) return;
      this.alerts = more ? [...(this.alerts ?? []), ...page.alerts] : page.alerts;
      this.next = page.next;
      this.problem = '';
    } catch (error) {
      if (!abort.signal.aborted) this.problem = this.refusal(error);
    }
  }

  private async open(id: string | undefined): Promise<void> {
    this.detail = undefined;
    if (!id) return;
    try {
      this.detail = await this.client.detail(id);
    } catch (error) {
      this.problem = this.refusal(error);
    }
  }

  private show(id: string): void {
    this.dispatchEvent(new NavigateEvent(`${pathOf('alerts')}?${new URLSearchParams({ alert: id }).toString()}`));
  }

  private onView = (event: Event): void => {
    this.view = (event.target as HTMLSelectElement).value as AlertView;
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
      this.problem = this.refusal(error);
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
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${this.detail ? this.detailView(this.detail) : nothing}
      <div class="field">
        <label for="alert-view">${a.show}</label>
        <select id="alert-view" @change=${this.onView}>
          <option value="active" ?selected=${this.view === 'active'}>${a.active}</option>
          <option value="closed" ?selected=${this.view === 'closed'}>${a.closed}</option>
        </select>
      </div>
      ${
        this.alerts === undefined
          ? html`<p>${t.loading}</p>`
          : this.alerts.length
            ? html`<ul class="rows" aria-label=${this.view === 'active' ? a.active : a.closed}>${this.alerts.map((x) => this.row(x))}</ul>
              ${this.next ? html`<button type="button" @click=${() => void this.load(true)}>${a.more}</button>` : nothing}`
            : html`<p>${a.none}</p>`
      }
      ${this.me.role === 'admin' ? html`<pf-staff-alert-rules .api=${this.api} .me=${this.me} .lang=${this.lang}></pf-staff-alert-rules>` : nothing}`;
  }
}

customElements.define('pf-staff-alerts', AlertsScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-alerts': AlertsScreen;
  }
}
