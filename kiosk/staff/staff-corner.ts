/**
 * @summary `<pf-kiosk-staff-corner>`: the discreet way into staff mode, in the start screen's top-left corner (top-right
 * when the kiosk's page is right to left).
 * A finger must rest on it for about two seconds (a patient's passing tap does nothing); a keyboard user reaches
 * it with Tab and opens it with Enter or Space, so staff mode is not reserved to people who can press and hold.
 * Either way, the PIN stands behind it.
 *
 * @fires pf-kiosk-staff-open - staff asked for staff mode.
 */
import { LitElement, css, html } from 'lit';
import { StaffOpenEvent } from '../events.js';

export const LONG_PRESS_MS = 2000;

export class StaffCorner extends LitElement {
  static override styles = css`
    :host {
      position: absolute;
      top: 0;
      inset-inline-start: 0;
      z-index: 1;
    }
    button {
      width: 48px;
      height: 48px;
      margin: 4px;
      padding: 10px;
      border: none;
      border-radius: 0.5rem;
      color: var(--pf-kiosk-staff-corner, #5b6660);
      background: transparent;
      user-select: none;
      -webkit-user-select: none;
      -webkit-touch-callout: none;
      touch-action: none;
    }
    button:focus-visible {
      outline: 4px solid #1a5fb4;
    }
    svg {
      width: 100%;
      height: 100%;
    }
  `;

  private pressTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.cancelPress();
  }

  private onPointerDown = (e: PointerEvent): void => {
    e.preventDefault();
    this.cancelPress();
    this.pressTimer = setTimeout(this.open, LONG_PRESS_MS);
  };

  private cancelPress = (): void => {
    clearTimeout(this.pressTimer);
    this.pressTimer = undefined;
  };

  private onClick = (e: MouseEvent): void => {
    // detail 0: activated from the keyboard (or assistive technology), which has no press-and-hold.
    if (e.detail === 0) this.open();
  };

  private open = (): void => {
    this.cancelPress();
    this.dispatchEvent(new StaffOpenEvent());
  };

  override render() {
    return html`<button
      type="button"
      aria-label="Staff"
      title="Staff: press and hold"
      @pointerdown=${this.onPointerDown}
      @pointerup=${this.cancelPress}
      @pointerleave=${this.cancelPress}
      @pointercancel=${this.cancelPress}
      @click=${this.onClick}
      @contextmenu=${(e: Event) => e.preventDefault()}
    >
      <svg viewBox="0 0 24 24" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="2">
        <rect x="5" y="11" width="14" height="10" rx="2"></rect>
        <path d="M8 11V7a4 4 0 0 1 8 0v4"></path>
      </svg>
    </button>`;
  }
}

if (!customElements.get('pf-kiosk-staff-corner')) customElements.define('pf-kiosk-staff-corner', StaffCorner);

declare global {
  interface HTMLElementTagNameMap {
    'pf-kiosk-staff-corner': StaffCorner;
  }
}
