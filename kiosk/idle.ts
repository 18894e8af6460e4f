/**
 * The waiting room's idle rule as a Lit reactive controller. While a patient is using the tablet, every touch or
 * key restarts the clock. After `idleMs` without one, the controller moves to `asking` ("Are you still there?")
 * and counts down `holdMs` — at least 20 seconds in production, so anyone still there can carry on with one tap
 * (WCAG 2.2.1 Timing Adjustable). When the countdown ends, `onExpire` wipes the patient's answers.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** WCAG 2.2.1 asks for at least 20 seconds to respond. */
export const MIN_HOLD_MS = 20_000;

export interface IdleOptions {
  /** Read on every restart, so a settings change takes effect with the next patient. */
  idleMs: () => number;
  holdMs: () => number;
  onExpire: () => void;
}

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'input', 'wheel', 'touchstart'] as const;

export class IdleController implements ReactiveController {
  /** True while "Are you still there?" is showing. */
  asking = false;
  /** Whole seconds left before the wipe, while asking. */
  secondsLeft = 0;

  private watching = false;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private tick: ReturnType<typeof setInterval> | undefined;
  private deadline = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: IdleOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const type of ACTIVITY_EVENTS)
      window.addEventListener(type, this.onActivity, { capture: true, passive: true });
  }

  hostDisconnected(): void {
    for (const type of ACTIVITY_EVENTS) window.removeEventListener(type, this.onActivity, { capture: true });
    this.stop();
  }

  /** A patient began: start watching for inactivity. */
  start(): void {
    this.watching = true;
    this.restart();
  }

  /** Back on the start screen (or staff mode): nothing to wipe, so nothing to watch. */
  stop(): void {
    this.watching = false;
    this.clearTimers();
    if (this.asking) {
      this.asking = false;
      this.host.requestUpdate();
    }
  }

  /** "I'm still here": one action, and the patient carries on where they were. */
  stillHere(): void {
    if (!this.watching) return;
    this.asking = false;
    this.restart();
    this.host.requestUpdate();
  }

  private onActivity = (): void => {
    // While asking, only the dialog's own button (or Escape) continues: a passer-by brushing the screen
    // should not keep someone else's answers on show.
    if (this.watching && !this.asking) this.restart();
  };

  private restart(): void {
    this.clearTimers();
    if (!this.watching) return;
    this.idleTimer = setTimeout(this.ask, this.options.idleMs());
  }

  private ask = (): void => {
    this.asking = true;
    this.deadline = Date.now() + this.options.holdMs();
    this.secondsLeft = Math.ceil(this.options.holdMs() / 1000);
    this.host.requestUpdate();
    this.tick = setInterval(this.countDown, 250);
  };

  private countDown = (): void => {
    const left = this.deadline - Date.now();
    if (left <= 0) {
      this.clearTimers();
      this.asking = false;
      this.watching = false;
      this.options.onExpire();
      this.host.requestUpdate();
      return;
    }
    const seconds = Math.ceil(left / 1000);
    if (seconds !== this.secondsLeft) {
      this.secondsLeft = seconds;
      this.host.requestUpdate();
    }
  };

  private clearTimers(): void {
    clearTimeout(this.idleTimer);
    clearInterval(this.tick);
    this.idleTimer = undefined;
    this.tick = undefined;
  }
}
