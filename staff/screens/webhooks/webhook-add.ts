/**
 * @summary `<pf-staff-webhook-add>`: the form that adds an endpoint — a webhook (its address, practices and events)
 * or a FHIR server (its base address, practices, and how the collector signs in: an access token, or SMART Backend
 * Services' client id, token address and private key). A refusal is said beside the form, naming the field, which
 * takes focus. Once added, fires `pf-staff-webhook-added` with the API's answer (a webhook's holds its secret).
 */
import { LitElement, html, nothing } from 'lit';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import {
  WEBHOOK_EVENT_TYPES,
  type FhirCredentials,
  type FhirDestinationAdded,
  type NewFhirDestination,
  type NewWebhookEndpoint,
  type WebhookEndpointWithSecret,
  type WebhookEventType,
} from '../../../src/core/webhooks-api.js';
import { ApiError, type StaffApi } from '../../api/client.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { webhooksStyles } from './webhooks.styles.js';
import { eventWords } from './webhook-words.js';

export class WebhookAddedEvent extends Event {
  static readonly type = 'pf-staff-webhook-added';
  constructor(readonly added: WebhookEndpointWithSecret | FhirDestinationAdded) {
    super(WebhookAddedEvent.type, { bubbles: true, composed: true });
  }
}

/** The form's field for each path the API may name. */
const FIELD_OF: Record<string, string> = {
  url: 'add-url',
  description: 'add-description',
  'credentials.token': 'add-token',
  'credentials.clientId': 'add-client',
  'credentials.tokenUrl': 'add-token-url',
  'credentials.privateKey': 'add-key',
  'credentials.keyId': 'add-kid',
  'credentials.scope': 'add-scope',
};

export class WebhookAdd extends LitElement {
  static override styles = [sharedStyles, webhooksStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    kind: { state: true },
    access: { state: true },
    problem: { state: true },
    saving: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare kind: 'webhook' | 'fhir';
  declare access: 'bearer' | 'smart';
  declare problem: string;
  declare saving: boolean;

  constructor() {
    super();
    this.kind = 'webhook';
    this.access = 'bearer';
    this.problem = '';
    this.saving = false;
  }

  private value(id: string): string {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)?.value.trim() ?? '';
  }

  private checked(name: string): string[] {
    return [...this.renderRoot.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  }

  private credentials(): FhirCredentials {
    if (this.access === 'bearer') return { type: 'bearer', token: this.value('add-token') };
    const keyId = this.value('add-kid');
    const scope = this.value('add-scope');
    return {
      type: 'smart',
      clientId: this.value('add-client'),
      tokenUrl: this.value('add-token-url'),
      privateKey: this.value('add-key'),
      ...(keyId ? { keyId } : {}),
      ...(scope ? { scope } : {}),
    };
  }

  private onSubmit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const practices = this.checked('practice');
    const common = {
      url: this.value('add-url'),
      description: this.value('add-description'),
      practices: practices.length ? practices : ('every' as const),
    };
    const types = this.checked('event') as WebhookEventType[];
    const body: NewWebhookEndpoint | NewFhirDestination =
      this.kind === 'fhir'
        ? { kind: 'fhir', ...common, credentials: this.credentials() }
        : { ...common, types: types.length ? types : 'every' };
    this.saving = true;
    this.problem = '';
    try {
      const added = await this.api.addWebhook(body);
      (this.renderRoot.querySelector('form') as HTMLFormElement).reset();
      this.kind = 'webhook';
      this.dispatchEvent(new WebhookAddedEvent(added));
    } catch (error) {
      const t = staffStrings(this.lang);
      this.problem =
        error instanceof ApiError && error.status === 0
          ? t.offline
          : fill(t.problem, error instanceof Error ? error.message : String(error));
      const field = error instanceof ApiError && error.path ? FIELD_OF[error.path] : undefined;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${field ?? 'add-problem'}`)?.focus();
    } finally {
      this.saving = false;
    }
  };

  private field(id: string, label: string, type = 'text', hint?: string) {
    return html`<div class="field">
      <label for=${id}>${label}</label>
      ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing}
      <input id=${id} type=${type} autocomplete="off" aria-describedby=${hint ? `${id}-hint` : nothing} />
    </div>`;
  }

  private choice(name: string, value: string, label: string, checked: boolean, onChange?: (e: Event) => void) {
    return html`<label class="choice"
      ><input type="radio" name=${name} value=${value} .checked=${checked} @change=${onChange} />${label}</label
    >`;
  }

  private fhirFields() {
    const t = staffStrings(this.lang);
    const onAccess = (e: Event) => (this.access = (e.target as HTMLInputElement).value as 'bearer' | 'smart');
    return html`<fieldset>
        <legend>${t.webhookCredentials}</legend>
        ${this.choice('access', 'bearer', t.webhookBearer, this.access === 'bearer', onAccess)}
        ${this.choice('access', 'smart', t.webhookSmartChoice, this.access === 'smart', onAccess)}
      </fieldset>
      ${
        this.access === 'bearer'
          ? this.field('add-token', t.webhookBearer, 'password')
          : html`${this.field('add-client', t.webhookClientId)} ${this.field('add-token-url', t.webhookTokenUrl, 'url')}
              <div class="field">
                <label for="add-key">${t.webhookPrivateKey}</label>
                <textarea id="add-key" rows="5" spellcheck="false" autocomplete="off"></textarea>
              </div>
              ${this.field('add-kid', t.webhookKeyId)} ${this.field('add-scope', t.webhookScope)}`
      }`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const onKind = (e: Event) => (this.kind = (e.target as HTMLInputElement).value as 'webhook' | 'fhir');
    return html`<h2 id="add-title">${t.webhookAddTitle}</h2>
      <form aria-labelledby="add-title" @submit=${this.onSubmit}>
        <fieldset>
          <legend>${t.webhookKind}</legend>
          ${this.choice('kind', 'webhook', t.webhookKindWebhook, this.kind === 'webhook', onKind)}
          ${this.choice('kind', 'fhir', t.webhookKindFhir, this.kind === 'fhir', onKind)}
        </fieldset>
        ${this.field('add-url', t.webhookAddress, 'url', t.webhookAddressHint)}
        ${this.field('add-description', t.webhookDescription)}
        <fieldset aria-describedby="practices-hint">
          <legend>${t.webhookPractices}</legend>
          <p class="hint" id="practices-hint">${t.webhookPracticesHint}</p>
          ${this.me.practices.map(
            (p) => html`<label class="choice"><input type="checkbox" name="practice" value=${p.id} />${p.name}</label>`,
          )}
        </fieldset>
        ${
          this.kind === 'webhook'
            ? html`<fieldset aria-describedby="events-hint">
                <legend>${t.webhookEvents}</legend>
                <p class="hint" id="events-hint">${t.webhookEventsHint}</p>
                ${WEBHOOK_EVENT_TYPES.map(
                  (type) =>
                    html`<label class="choice"
                      ><input type="checkbox" name="event" value=${type} />${eventWords(type, t)}</label
                    >`,
                )}
              </fieldset>`
            : this.fhirFields()
        }
        ${
          this.problem
            ? html`<p class="problem" id="add-problem" role="alert" tabindex="-1">${this.problem}</p>`
            : nothing
        }
        <button class="primary" type="submit" ?disabled=${this.saving}>${t.webhookAdd}</button>
      </form>`;
  }
}

customElements.define('pf-staff-webhook-add', WebhookAdd);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-webhook-add': WebhookAdd;
  }
  interface GlobalEventHandlersEventMap {
    'pf-staff-webhook-added': WebhookAddedEvent;
  }
}
