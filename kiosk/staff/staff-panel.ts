/**
 * @summary `<pf-kiosk-staff-panel>`: how the tablet is doing (which survey patients get, what waits to be sent), and
 * what staff can do about it — send now, export what this tablet collected, change settings, clear local data
 * (after a confirmation), lock.
 *
 * @fires pf-kiosk-export - `file`: the export about to be downloaded (lets a test or a wrapper read it).
 * @fires pf-kiosk-settings-open - staff want the settings form.
 * @fires pf-kiosk-lock - staff locked staff mode.
 */
import { LitElement, html, nothing } from 'lit';
import {
  clearDeliveryData,
  outboxStatus,
  sendNow,
  undeliverableSubmissions,
  type OutboxStatus,
} from '../../src/delivery/index.js';
import { clearRecords, countRecorded, recordedSubmissions } from '../local-record.js';
import { loadSettings } from '../settings.js';
import { loadRefusals, refusalText } from '../setup-link-notice.js';
import type { SurveyStatus } from '../survey-choice.js';
import { download, exportFile, type ExportFormat } from './export-download.js';
import { staffStyles } from './staff.styles.js';
import { surveySection } from './survey-status.js';
import { ExportEvent, SettingsOpenEvent, StaffLockEvent } from '../events.js';

const REFRESH_MS = 2000;

export class StaffPanel extends LitElement {
  static override styles = staffStyles;
  static override properties = {
    status: { state: true },
    recorded: { state: true },
    online: { state: true },
    busy: { state: true },
    notice: { state: true },
    survey: { attribute: false },
  };

  declare status: OutboxStatus | undefined;
  declare recorded: number;
  declare online: boolean;
  declare busy: boolean;
  declare notice: string;
  /** Which survey patients get, and why not the practice's own (the kiosk's `SurveyChoice`). */
  declare survey: SurveyStatus | undefined;

  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  /** What the last setup link asked for and the tablet refused; gone once staff save the settings. */
  private readonly setupNotices = loadRefusals().map(refusalText);

  constructor() {
    super();
    this.status = undefined;
    this.recorded = 0;
    this.online = navigator.onLine;
    this.busy = false;
    this.notice = '';
    this.survey = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.onNetwork);
    window.addEventListener('offline', this.onNetwork);
    void this.refresh();
    this.refreshTimer = setInterval(() => void this.refresh(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.onNetwork);
    window.removeEventListener('offline', this.onNetwork);
    clearInterval(this.refreshTimer);
  }

  private onNetwork = (): void => {
    this.online = navigator.onLine;
  };

  async refresh(): Promise<void> {
    const [status, recorded] = await Promise.all([outboxStatus(), countRecorded().catch(() => 0)]);
    this.status = status;
    this.recorded = recorded;
  }

  private async sendNow(): Promise<void> {
    this.busy = true;
    this.notice = 'Sending…';
    try {
      await sendNow();
      await this.refresh();
      const waiting = (this.status?.queued ?? 0) + (this.status?.sending ?? 0);
      this.notice =
        waiting === 0
          ? 'Everything has been sent.'
          : `${waiting} still waiting: the endpoint could not be reached. The tablet keeps trying.`;
    } finally {
      this.busy = false;
    }
  }

  private async exportAs(format: ExportFormat): Promise<void> {
    const [recorded, refused] = await Promise.all([recordedSubmissions(), undeliverableSubmissions()]);
    // Refused submissions are normally in the tablet's record too; add any that are not (e.g. record cleared).
    const ids = new Set(recorded.map((s) => s.id));
    const all = [...recorded, ...refused.filter((s) => !ids.has(s.id))];
    const file = exportFile(all, format, loadSettings().location);
    this.dispatchEvent(new ExportEvent(file));
    download(file);
    this.notice = `Exported ${all.length} ${all.length === 1 ? 'submission' : 'submissions'} as ${format.toUpperCase()}.`;
  }

  private askClear(): void {
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm-clear')?.showModal();
  }

  private async clear(): Promise<void> {
    this.renderRoot.querySelector<HTMLDialogElement>('#confirm-clear')?.close();
    await clearRecords();
    await clearDeliveryData();
    await this.refresh();
    this.notice = 'Local data cleared.';
  }

  private statusList(s: OutboxStatus) {
    const when = s.lastDeliveryAt ? new Date(s.lastDeliveryAt).toLocaleString() : 'None yet';
    const persisted =
      s.persisted === undefined ? 'Unknown' : s.persisted ? 'Yes' : 'No (the browser may clear it when space runs low)';
    return html`<dl>
      <dt>Network</dt>
      <dd>${this.online ? 'Online' : 'Offline'}</dd>
      <dt>Waiting to send</dt>
      <dd>${s.queued + s.sending}</dd>
      <dt>Could not be delivered</dt>
      <dd>${s.undeliverable}${s.undeliverable ? ' (the endpoint refused them; export them above)' : ''}</dd>
      <dt>Waiting more than a week</dt>
      <dd>${s.old}</dd>
      <dt>Last delivery</dt>
      <dd>${when}</dd>
      <dt>Storage kept safe</dt>
      <dd>${s.storageAvailable ? persisted : 'No: this browser cannot store submissions'}</dd>
      <dt>Kept on this tablet</dt>
      <dd>${this.recorded}</dd>
    </dl>`;
  }

  /**
   * The buttons come first, where nothing above them changes size: the status is read a moment after the panel shows
   * (longer on a busy tablet), refreshes every two seconds and its values change length, and a message appears when a
   * button has done its work. Above the buttons, any of these would move them under a finger already on its way.
   */
  override render() {
    const s = this.status;
    const unsent = s ? s.queued + s.sending + s.undeliverable : 0;
    return html`
      <main>
        <h2>Staff</h2>
        ${
          this.setupNotices.length
            ? html`<div class="error" role="alert">
                ${this.setupNotices.map((n) => html`<p>${n}</p>`)}
                <p>Correct it under Settings; saving the settings clears this message.</p>
              </div>`
            : nothing
        }
        <div class="actions">
          <button class="primary" type="button" ?disabled=${this.busy} @click=${this.sendNow}>Send now</button>
          <button type="button" @click=${() => this.exportAs('csv')}>Export CSV (Excel)</button>
          <button type="button" @click=${() => this.exportAs('json')}>Export JSON</button>
          <button type="button" @click=${() => this.dispatchEvent(new SettingsOpenEvent())}>Settings</button>
          <button class="danger" type="button" @click=${this.askClear}>Clear local data</button>
          <button type="button" @click=${() => this.dispatchEvent(new StaffLockEvent())}>Lock staff mode</button>
        </div>
        <p class="message" role="status">${this.notice || nothing}</p>
        ${surveySection(this.survey)}
        <section aria-labelledby="status-heading">
          <h3 id="status-heading">Status</h3>
          ${s ? this.statusList(s) : html`<p>Checking…</p>`}
        </section>
        <dialog id="confirm-clear" role="alertdialog" aria-modal="true" aria-labelledby="clear-title" aria-describedby="clear-body">
          <h2 id="clear-title">Clear local data?</h2>
          <p id="clear-body">
            This deletes this tablet's copies of ${this.recorded} ${this.recorded === 1 ? 'submission' : 'submissions'}.
            ${
              unsent
                ? html`<strong>${unsent} ${unsent === 1 ? 'submission has' : 'submissions have'} not reached the endpoint
                  and will be lost.</strong> Export them first if you need them.`
                : 'Everything has reached the endpoint.'
            }
          </p>
          <div class="actions">
            <button class="danger primary" type="button" @click=${this.clear}>Yes, clear local data</button>
            <button type="button" autofocus @click=${() => this.renderRoot.querySelector<HTMLDialogElement>('#confirm-clear')?.close()}>
              Cancel
            </button>
          </div>
        </dialog>
      </main>
    `;
  }
}

if (!customElements.get('pf-kiosk-staff-panel')) customElements.define('pf-kiosk-staff-panel', StaffPanel);

declare global {
  interface HTMLElementTagNameMap {
    'pf-kiosk-staff-panel': StaffPanel;
  }
}
