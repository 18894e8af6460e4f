/**
 * @summary `<pf-kiosk-pin-pad>`: a number pad for the staff PIN. Digits can be tapped or typed; the field shows dots
 * and never offers to save or suggest the PIN. While `busy` (a PIN is being checked) it takes no other PIN and says
 * so; when the check is done the field has the focus again.
 *
 * @fires pf-kiosk-pin - `pin`: what was entered, when staff press the confirm button or Enter.
 * @fires pf-kiosk-pin-cancel - staff left without a PIN.
 */
import { LitElement, html, css, nothing, type PropertyValues } from 'lit';
import { staffStyles } from './staff.styles.js';
import { PinCancelEvent, PinEnteredEvent } from '../events.js';

export class PinPad extends LitElement {
  static override styles = [
    staffStyles,
    css`
      .pad {
        display: grid;
        grid-template-columns: repeat(3, 5rem);
        gap: 0.75rem;
        margin: 1rem 0;
      }
      .pad button {
        min-height: 4rem;
        padding: 0.25em;
        font-size: 1.5em;
      }
      /* "Save PIN" must fit its key: the shared button padding left it 20 px, and white words spilled outside. */
      .pad button.primary {
        font-size: 1.1em;
        line-height: 1.2;
      }
      input {
        max-width: 17rem;
        font-size: 1.5em;
        letter-spacing: 0.3em;
      }
    `,
  ];
  static override properties = {
    heading: {},
    confirmLabel: { attribute: 'confirm-label' },
    message: {},
    disabled: { type: Boolean },
    busy: { type: Boolean },
    busyLabel: { attribute: 'busy-label' },
  };

  declare heading: string;
  declare confirmLabel: string;
  /** Shown (and announced) under the field: a wrong PIN, a lockout. */
  declare message: string;
  declare disabled: boolean;
  /** A PIN is being checked (or saved): nothing can be entered until it is done. */
  declare busy: boolean;
  /** What the pad says while busy. */
  declare busyLabel: string;

  constructor() {
    super();
    this.heading = 'Staff PIN';
    this.confirmLabel = 'Unlock';
    this.message = '';
    this.disabled = false;
    this.busy = false;
    this.busyLabel = 'Checking the PIN…';
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The disabled field lost the focus while busy: give it back, so the next PIN can be typed straight away.
    if (changed.get('busy') === true && !this.busy && !this.disabled) this.focus();
  }

  private get field(): HTMLInputElement | null {
    return this.renderRoot.querySelector('input');
  }

  override focus(): void {
    this.field?.focus();
  }

  private press(digit: string): void {
    const field = this.field;
    if (!field || field.value.length >= 8) return;
    field.value += digit;
  }

  private backspace(): void {
    const field = this.field;
    if (field) field.value = field.value.slice(0, -1);
  }

  private onSubmit = (e: SubmitEvent): void => {
    e.preventDefault();
    const field = this.field;
    if (!field || this.disabled || this.busy) return;
    const pin = field.value;
    field.value = '';
    this.dispatchEvent(new PinEnteredEvent(pin));
  };

  override render() {
    const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
    const off = this.disabled || this.busy;
    return html`
      <form @submit=${this.onSubmit}>
        <h2>${this.heading}</h2>
        <label for="pin">PIN (4 to 8 digits)</label>
        <input
          id="pin"
          type="password"
          inputmode="numeric"
          pattern="[0-9]*"
          maxlength="8"
          autocomplete="off"
          autocorrect="off"
          autocapitalize="off"
          spellcheck="false"
          ?disabled=${off}
          aria-describedby="pin-message"
        />
        <p id="pin-message" class="message" role="alert">${this.message || nothing}</p>
        <p class="message" role="status">${this.busy ? this.busyLabel : nothing}</p>
        <div class="pad">
          ${digits.map((d) => html`<button type="button" ?disabled=${off} @click=${() => this.press(d)}>${d}</button>`)}
          <button type="button" aria-label="Delete last digit" ?disabled=${off} @click=${this.backspace}>⌫</button>
          <button type="button" ?disabled=${off} @click=${() => this.press('0')}>0</button>
          <button class="primary" type="submit" ?disabled=${off}>${this.confirmLabel}</button>
        </div>
        <div class="actions">
          <button
            type="button"
            @click=${() => this.dispatchEvent(new PinCancelEvent())}
          >
            Back to the patient screen
          </button>
        </div>
      </form>
    `;
  }
}

if (!customElements.get('pf-kiosk-pin-pad')) customElements.define('pf-kiosk-pin-pad', PinPad);

declare global {
  interface HTMLElementTagNameMap {
    'pf-kiosk-pin-pad': PinPad;
  }
}
