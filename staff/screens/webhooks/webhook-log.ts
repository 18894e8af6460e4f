/**
 * @summary `<pf-staff-webhook-log>`: one endpoint's delivery log, newest first — what each message was sent for,
 * its status in words (and when the next attempt is due), how many attempts, the last answer (the receiver's status
 * code, or why none came) and when it was queued; a message's attempts one per line on request, and **Send again**
 * (one more attempt at once, under the same id). Older messages a page at a time.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import type { WebhookAttempt, WebhookEndpoint, WebhookMessage } from '../../../src/core/webhooks-api.js';
import type { StaffApi } from '../../api/client.js';
import { refusalText } from '../../api/refusal.js';
import { AnnounceEvent } from '../../app/events.js';
import { staffTime } from '../../format/time.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { webhooksStyles } from './webhooks.styles.js';
import { answerWords, eventWords, statusWords } from './webhook-words.js';

export class WebhookLog extends LitElement {
  static override styles = [sharedStyles, webhooksStyles];
  static override properties = {
    api: { attribute: false },
    lang: { attribute: false },
    endpoint: { attribute: false },
    messages: { state: true },
    next: { state: true },
    opened: { state: true },
    problem: { state: true },
  };

  declare api: StaffApi;
  declare lang: StaffLanguage;
  declare endpoint: WebhookEndpoint;
  declare messages: WebhookMessage[] | undefined;
  declare next: string | undefined;
  /** The attempts of the messages shown open, by message id. */
  declare opened: Map<string, WebhookAttempt[]>;
  declare problem: string;

  constructor() {
    super();
    this.opened = new Map();
    this.problem = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('endpoint')) void this.load();
  }

  /** Reads the first page again (after "Send again", or when asked by the screen). */
  async load(): Promise<void> {
    try {
      const page = await this.api.webhookMessages(this.endpoint.id);
      this.messages = page.messages;
      this.next = page.next;
      this.problem = '';
    } catch (error) {
      this.problem = this.refusal(error);
      return;
    }
    for (const id of this.opened.keys()) await this.readAttempts(id);
  }

  /** Why the collector refused, said in the log's own place, as every screen says it (offline: the shared words). */
  private refusal(error: unknown): string {
    return refusalText(error, this.lang);
  }

  /** The next page of older messages; refused, what is shown stays and why is said. */
  private async older(): Promise<void> {
    if (!this.next) return;
    try {
      const page = await this.api.webhookMessages(this.endpoint.id, this.next);
      this.messages = [...(this.messages ?? []), ...page.messages];
      this.next = page.next;
      this.problem = '';
    } catch (error) {
      this.problem = this.refusal(error);
    }
  }

  /** A message's attempts, shown open: true once here; refused, what is shown stays and why is said. */
  private async readAttempts(id: string): Promise<boolean> {
    try {
      const detail = await this.api.webhookMessage(this.endpoint.id, id);
      this.opened = new Map(this.opened).set(id, detail.attempts);
      this.messages = this.messages?.map((m) => (m.id === id ? detail.message : m));
      return true;
    } catch (error) {
      this.problem = this.refusal(error);
      return false;
    }
  }

  private async toggle(id: string): Promise<void> {
    if (this.opened.has(id)) {
      const opened = new Map(this.opened);
      opened.delete(id);
      this.opened = opened;
    } else if (await this.readAttempts(id)) {
      this.problem = '';
    }
  }

  private async sendAgain(id: string): Promise<void> {
    const t = staffStrings(this.lang);
    try {
      const message = await this.api.sendAgain(this.endpoint.id, id);
      this.messages = this.messages?.map((m) => (m.id === id ? message : m));
      this.dispatchEvent(new AnnounceEvent(t.webhookSentAgain));
    } catch (error) {
      this.problem = this.refusal(error);
    }
  }

  private row(m: WebhookMessage) {
    const t = staffStrings(this.lang);
    const when = (iso: string) => staffTime(iso, this.lang);
    const status =
      m.status === 'pending' && m.nextAttemptAt
        ? `${statusWords(m.status, t)}, ${fill(t.webhookNextAttempt, when(m.nextAttemptAt))}`
        : statusWords(m.status, t);
    const attempts = this.opened.get(m.id);
    const rowId = `m-${m.id}`;
    return html`<tr>
        <th scope="row" id=${rowId}>${eventWords(m.type, t)}</th>
        <td>${status}</td>
        <td>${m.attempts}</td>
        <td>${answerWords(m, t)}</td>
        <td>${when(m.createdAt)}</td>
        <td>
          <div class="actions">
            <button
              type="button"
              aria-expanded=${attempts ? 'true' : 'false'}
              aria-controls=${`${rowId}-attempts`}
              aria-describedby=${rowId}
              @click=${() => void this.toggle(m.id)}
            >
              ${t.webhookShowAttempts}
            </button>
            ${
              this.endpoint.enabled
                ? html`<button type="button" aria-describedby=${rowId} @click=${() => void this.sendAgain(m.id)}>
                    ${t.webhookSendAgain}
                  </button>`
                : nothing
            }
          </div>
        </td>
      </tr>
      <tr id=${`${rowId}-attempts`} ?hidden=${!attempts}>
        <td colspan="6">
          <ol>
            ${(attempts ?? []).map(
              (a) =>
                html`<li>
                  ${fill(
                    t.webhookAttemptLine,
                    when(a.at),
                    answerWords(a, t),
                    a.durationMs,
                    a.trigger === 'send-again' ? t.webhookBySendAgain : t.webhookBySchedule,
                  )}
                </li>`,
            )}
          </ol>
        </td>
      </tr>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const title = fill(t.webhookLogTitle, this.endpoint.url);
    const messages = this.messages;
    return html`<div class="log">
      <h3 id="log-title">${title}</h3>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${
        !messages
          ? html`<p>${t.loading}</p>`
          : !messages.length
            ? html`<p>${t.webhookLogNone}</p>`
            : html`<div class="scroll" tabindex="0" role="region" aria-labelledby="log-title">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">${t.webhookLogEvent}</th>
                      <th scope="col">${t.webhookLogStatus}</th>
                      <th scope="col">${t.webhookLogAttempts}</th>
                      <th scope="col">${t.webhookLogLastAnswer}</th>
                      <th scope="col">${t.webhookLogWhen}</th>
                      <th scope="col"><span class="visually-hidden">${t.webhookSendAgain}</span></th>
                    </tr>
                  </thead>
                  <tbody>
                    ${messages.map((m) => this.row(m))}
                  </tbody>
                </table>
              </div>`
      }
      ${this.next ? html`<button type="button" @click=${() => void this.older()}>${t.webhookOlder}</button>` : nothing}
    </div>`;
  }
}

customElements.define('pf-staff-webhook-log', WebhookLog);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-webhook-log': WebhookLog;
  }
}
