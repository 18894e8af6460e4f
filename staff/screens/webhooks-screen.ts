/**
 * @summary `<pf-staff-webhooks>`: webhook endpoints and FHIR destinations, for admins who see every practice (issue
 * 14) — each with its address, practices, events, on or off and why off, "set by the environment", a FHIR server's
 * credentials as set or not set; turn on or off, a new secret (the previous one stays valid for 24 hours, said in
 * words), delete (asked twice), and its delivery log (webhooks/webhook-log.ts). Adding one (webhooks/webhook-add.ts)
 * shows a webhook's secret once, with Copy and words saying it will not be shown again. Other staff are told the
 * screen is for admins (the collector refuses them all the same).
 */
import { LitElement, html, nothing } from 'lit';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import type { WebhookEndpoint, WebhookEndpointWithSecret } from '../../src/core/webhooks-api.js';
import type { StaffApi } from '../api/client.js';
import { isGroupAdmin } from '../api/refusal.js';
import { AnnounceEvent } from '../app/events.js';
import { staffTime } from '../format/time.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { ScreenLoad } from './screen-load.js';
import './webhooks/webhook-add.js';
import type { WebhookAddedEvent } from './webhooks/webhook-add.js';
import './webhooks/webhook-log.js';
import { credentialsWords, eventsWords, practicesWords } from './webhooks/webhook-words.js';
import { webhooksStyles } from './webhooks/webhooks.styles.js';

export class WebhooksScreen extends LitElement {
  static override styles = [sharedStyles, webhooksStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    secret: { state: true },
    logOf: { state: true },
    deleting: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  /** A secret just made (added or rotated): shown until the admin says it is kept. */
  declare secret: WebhookEndpointWithSecret | undefined;
  /** The endpoint whose delivery log is open. */
  declare logOf: string;
  /** The endpoint whose deletion waits for a yes. */
  declare deleting: string;

  private readonly endpoints = new ScreenLoad(this, { read: () => this.api.webhooks(), allowed: isGroupAdmin });

  constructor() {
    super();
    this.logOf = '';
    this.deleting = '';
  }

  private announce(message: string): void {
    this.dispatchEvent(new AnnounceEvent(message));
  }

  /** Does `work`, then reads the list again; a refusal is said at the top of the list. */
  private async act(work: () => Promise<void>): Promise<void> {
    try {
      await work();
      await this.endpoints.load();
    } catch (error) {
      this.endpoints.problem = this.endpoints.refusal(error);
    }
  }

  private async showSecret(made: WebhookEndpointWithSecret): Promise<void> {
    this.secret = made;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('#secret-title')?.focus();
  }

  private onAdded = (event: WebhookAddedEvent): void => {
    const t = staffStrings(this.lang);
    this.announce(fill(t.webhookAdded, event.added.endpoint.url));
    void this.endpoints.load().then(() => ('secret' in event.added ? this.showSecret(event.added) : undefined));
  };

  private toggle(e: WebhookEndpoint): Promise<void> {
    const t = staffStrings(this.lang);
    return this.act(async () => {
      await this.api.changeWebhook(e.id, { enabled: !e.enabled });
      this.announce(e.enabled ? t.webhookTurnedOff : t.webhookTurnedOn);
    });
  }

  private rotate(e: WebhookEndpoint): Promise<void> {
    return this.act(async () => void (await this.showSecret(await this.api.rotateSecret(e.id))));
  }

  private deleteEndpoint(e: WebhookEndpoint): Promise<void> {
    const t = staffStrings(this.lang);
    return this.act(async () => {
      await this.api.deleteWebhook(e.id);
      this.deleting = '';
      if (this.logOf === e.id) this.logOf = '';
      this.announce(fill(t.webhookDeleted, e.url));
    });
  }

  private async copy(id: string): Promise<void> {
    const t = staffStrings(this.lang);
    const field = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      this.announce(t.surveyCopied);
    } catch {
      // No clipboard (plain http, or permission refused): selected for Ctrl+C instead.
      field.focus();
      field.select();
      this.announce(t.copySelected);
    }
  }

  private secretBox(made: WebhookEndpointWithSecret) {
    const t = staffStrings(this.lang);
    const until = made.endpoint.previousSecretUntil;
    return html`<div class="secret">
      <h2 id="secret-title" tabindex="-1">${fill(t.webhookSecretTitle, made.endpoint.url)}</h2>
      <p><strong>${t.webhookSecretOnce}</strong></p>
      ${until ? html`<p>${fill(t.webhookSecretRotated, staffTime(until, this.lang))}</p>` : nothing}
      <div class="field">
        <label id="secret-label" for="secret">${t.webhookSecret}</label>
        <div class="copy">
          <input id="secret" readonly spellcheck="false" .value=${made.secret} />
          <button type="button" aria-describedby="secret-label" @click=${() => void this.copy('secret')}>
            ${t.copy}
          </button>
        </div>
      </div>
      <button type="button" @click=${() => (this.secret = undefined)}>${t.webhookSecretDone}</button>
    </div>`;
  }

  /** A SMART destination's public key, ready to copy into the FHIR server's registration. */
  private publicKey(endpointId: string, key: Record<string, unknown>) {
    const t = staffStrings(this.lang);
    const id = `key-${endpointId}`;
    return html`<div class="field">
      <label id=${`${id}-label`} for=${id}>${t.webhookPublicKey}</label>
      <div class="copy">
        <textarea id=${id} readonly rows="3" spellcheck="false" .value=${JSON.stringify(key)}></textarea>
        <button type="button" aria-describedby=${`${id}-label`} @click=${() => void this.copy(id)}>${t.copy}</button>
      </div>
    </div>`;
  }

  private card(e: WebhookEndpoint, names: Map<string, string>) {
    const t = staffStrings(this.lang);
    const titleId = `e-${e.id}`;
    const environment = e.setBy === 'environment';
    return html`<li class=${e.enabled ? 'endpoint' : 'endpoint off'}>
      <h3 id=${titleId}>${e.url}</h3>
      ${e.description ? html`<p>${e.description}</p>` : nothing}
      <dl>
        <dt>${t.webhookKind}</dt>
        <dd>${e.kind === 'fhir' ? t.webhookKindFhir : t.webhookKindWebhook}</dd>
        <dt>${t.webhookPractices}</dt>
        <dd>${practicesWords(e, t, names)}</dd>
        <dt>${t.webhookEvents}</dt>
        <dd>${eventsWords(e, t)}</dd>
        <dt>${t.webhookLogStatus}</dt>
        <dd>${e.enabled ? t.webhookOn : fill(t.webhookOff, e.disabledReason ?? '')}</dd>
      </dl>
      ${e.credentials ? html`<p>${credentialsWords(e.credentials, t)}</p>` : nothing}
      ${e.credentials?.type === 'smart' ? this.publicKey(e.id, e.credentials.publicKey) : nothing}
      ${environment ? html`<p>${t.webhookSetByEnvironment}</p>` : nothing}
      <div class="actions">
        <button
          type="button"
          aria-expanded=${this.logOf === e.id ? 'true' : 'false'}
          aria-describedby=${titleId}
          @click=${() => (this.logOf = this.logOf === e.id ? '' : e.id)}
        >
          ${t.webhookShowLog}
        </button>
        <button type="button" aria-describedby=${titleId} @click=${() => void this.toggle(e)}>
          ${e.enabled ? t.webhookTurnOff : t.webhookTurnOn}
        </button>
        ${
          e.kind === 'webhook' && !environment
            ? html`<button type="button" aria-describedby=${titleId} @click=${() => void this.rotate(e)}>
                ${t.webhookRotate}
              </button>`
            : nothing
        }
        ${
          environment
            ? nothing
            : html`<button type="button" aria-describedby=${titleId} @click=${() => (this.deleting = e.id)}>
                ${t.webhookDelete}
              </button>`
        }
      </div>
      ${
        this.deleting === e.id
          ? html`<div role="group" aria-labelledby=${`${titleId}-delete`}>
              <p id=${`${titleId}-delete`}>${fill(t.webhookDeleteQuestion, e.url)}</p>
              <div class="actions">
                <button type="button" class="primary" @click=${() => void this.deleteEndpoint(e)}>${t.webhookDeleteYes}</button>
                <button type="button" @click=${() => (this.deleting = '')}>${t.webhookKeep}</button>
              </div>
            </div>`
          : nothing
      }
      ${
        this.logOf === e.id
          ? html`<pf-staff-webhook-log .api=${this.api} .lang=${this.lang} .endpoint=${e}></pf-staff-webhook-log>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    if (!this.endpoints.allowed) {
      return html`<h1>${t.navWebhooks}</h1>
        <p>${t.webhooksAdminsOnly}</p>`;
    }
    const names = new Map(this.me.practices.map((p) => [p.id, p.name]));
    return html`<h1>${t.navWebhooks}</h1>
      <p>${t.webhooksIntro}</p>
      ${this.secret ? this.secretBox(this.secret) : nothing}
      <h2 id="endpoints-title">${t.webhooksListTitle}</h2>
      ${this.endpoints.view((endpoints) =>
        endpoints.length
          ? html`<ul class="endpoints" aria-labelledby="endpoints-title">
              ${endpoints.map((e) => this.card(e, names))}
            </ul>`
          : html`<p>${t.webhooksNone}</p>`,
      )}
      <pf-staff-webhook-add
        .api=${this.api}
        .me=${this.me}
        .lang=${this.lang}
        @pf-staff-webhook-added=${this.onAdded}
      ></pf-staff-webhook-add>`;
  }
}

customElements.define('pf-staff-webhooks', WebhooksScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-webhooks': WebhooksScreen;
  }
}
