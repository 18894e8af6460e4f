/**
 * @summary `<pf-kiosk-staff>`: staff mode. First run asks staff to choose a PIN; afterwards the PIN pad guards the
 * status page, settings and exports. Five wrong PINs lock it for five minutes (stored: a reload does not help), and
 * PINs are checked one at a time, each counted before its hash, so entering them faster does not get more tries.
 * Staff mode locks itself after two minutes without a touch, so it is never left open for the next patient.
 *
 * @fires pf-kiosk-staff-close - staff mode locked itself or staff went back to the patient screen.
 */
import { LitElement, html } from 'lit';
import { LOCKOUT_MS, PIN_PATTERN, checkPin, hasPin, lockedUntil, setPin } from './pin.js';
import './pin-pad.js';
import './settings-form.js';
import './staff-panel.js';
import { StaffCloseEvent, type PinEnteredEvent } from '../events.js';
import type { SurveyStatus } from '../survey-choice.js';

export const STAFF_LOCK_SECONDS = 120;

type View = 'choose-pin' | 'repeat-pin' | 'pin' | 'panel' | 'settings';

export class StaffMode extends LitElement {
  static override properties = {
    view: { state: true },
    message: { state: true },
    checking: { state: true },
    lockSeconds: { attribute: false },
    survey: { attribute: false },
  };

  declare view: View;
  declare message: string;
  /** A PIN is being checked or saved: the pad takes no other until it is done. */
  declare checking: boolean;
  /** Seconds without a touch before staff mode locks; tests shorten it. */
  declare lockSeconds: number;
  /** Which survey patients get and why (the kiosk's `SurveyChoice`), shown on the panel. */
  declare survey: SurveyStatus | undefined;

  private firstPin = '';
  private lockTimer: ReturnType<typeof setTimeout> | undefined;
  private lockoutTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    super();
    this.view = hasPin() ? 'pin' : 'choose-pin';
    this.message = '';
    this.checking = false;
    this.lockSeconds = STAFF_LOCK_SECONDS;
    this.survey = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['pointerdown', 'keydown', 'input'] as const) this.addEventListener(type, this.touched);
    this.showLockout();
    this.touched();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.lockTimer);
    clearTimeout(this.lockoutTimer);
  }

  protected override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLElement>('pf-kiosk-pin-pad')?.focus();
  }

  private touched = (): void => {
    clearTimeout(this.lockTimer);
    this.lockTimer = setTimeout(this.close, this.lockSeconds * 1000);
  };

  private close = (): void => {
    this.firstPin = '';
    this.dispatchEvent(new StaffCloseEvent());
  };

  /** While locked the pad is disabled and says for how long; it unlocks itself when the time is up. */
  private showLockout(): void {
    const until = lockedUntil();
    clearTimeout(this.lockoutTimer);
    if (!until) return;
    const minutes = Math.ceil((until - Date.now()) / 60_000);
    this.message = `Too many wrong PINs. Staff mode is locked for ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
    this.lockoutTimer = setTimeout(
      () => {
        this.message = '';
        this.requestUpdate();
      },
      Math.min(until - Date.now() + 50, LOCKOUT_MS),
    );
  }

  private onPin = async (e: PinEnteredEvent): Promise<void> => {
    // One PIN at a time: hashing takes a moment, and a PIN entered meanwhile is not taken (the pad says it is busy).
    if (this.checking) return;
    const pin = e.pin;
    if (this.view === 'choose-pin') return this.choose(pin);
    this.checking = true;
    this.message = '';
    try {
      await (this.view === 'repeat-pin' ? this.saveChosen(pin) : this.unlock(pin));
    } finally {
      this.checking = false;
    }
  };

  private choose(pin: string): void {
    if (!PIN_PATTERN.test(pin)) {
      this.message = 'A staff PIN is 4 to 8 digits. Please choose another.';
      return;
    }
    this.firstPin = pin;
    this.message = '';
    this.view = 'repeat-pin';
  }

  private async saveChosen(pin: string): Promise<void> {
    if (pin !== this.firstPin) {
      this.firstPin = '';
      this.message = 'The two PINs were different. Please choose a PIN again.';
      this.view = 'choose-pin';
      return;
    }
    await setPin(pin);
    this.firstPin = '';
    this.view = 'panel';
  }

  private async unlock(pin: string): Promise<void> {
    const result = await checkPin(pin);
    if (result.ok) {
      this.view = 'panel';
    } else if (result.lockedUntil) {
      this.showLockout();
    } else {
      const tries = result.attemptsLeft === 1 ? 'try' : 'tries';
      this.message = `That PIN is not right. ${result.attemptsLeft} ${tries} left before staff mode locks for five minutes.`;
    }
  }

  override render() {
    switch (this.view) {
      case 'panel':
        return html`<pf-kiosk-staff-panel
          .survey=${this.survey}
          @pf-kiosk-settings-open=${() => (this.view = 'settings')}
          @pf-kiosk-lock=${this.close}
        ></pf-kiosk-staff-panel>`;
      case 'settings':
        return html`<pf-kiosk-settings-form @pf-kiosk-settings-done=${() => (this.view = 'panel')}></pf-kiosk-settings-form>`;
      default: {
        const heading =
          this.view === 'choose-pin'
            ? 'Choose a staff PIN'
            : this.view === 'repeat-pin'
              ? 'Enter the same PIN again'
              : 'Staff PIN';
        return html`<pf-kiosk-pin-pad
          .heading=${heading}
          .confirmLabel=${this.view === 'pin' ? 'Unlock' : 'Save PIN'}
          .message=${this.message}
          .busy=${this.checking}
          .busyLabel=${this.view === 'pin' ? 'Checking the PIN…' : 'Saving the PIN…'}
          ?disabled=${this.view === 'pin' && lockedUntil() > 0}
          @pf-kiosk-pin=${this.onPin}
          @pf-kiosk-pin-cancel=${this.close}
        ></pf-kiosk-pin-pad>`;
      }
    }
  }
}

if (!customElements.get('pf-kiosk-staff')) customElements.define('pf-kiosk-staff', StaffMode);

declare global {
  interface HTMLElementTagNameMap {
    'pf-kiosk-staff': StaffMode;
  }
}
