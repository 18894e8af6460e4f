/**
 * After "Thank you" the tablet goes back to the start screen by itself (about ten seconds), showing how long is
 * left. A touch restarts the count, so a patient copying their reference code is not cut off.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ReturnTimer implements ReactiveController {
  secondsLeft = 0;
  running = false;

  private deadline = 0;
  private seconds = 0;
  private tick: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onReturn: () => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  start(seconds: number): void {
    this.stop();
    this.running = true;
    this.seconds = seconds;
    this.restart();
    window.addEventListener('pointerdown', this.restart, { capture: true, passive: true });
    window.addEventListener('keydown', this.restart, { capture: true, passive: true });
    this.tick = setInterval(this.update, 250);
  }

  stop(): void {
    this.running = false;
    clearInterval(this.tick);
    this.tick = undefined;
    window.removeEventListener('pointerdown', this.restart, { capture: true });
    window.removeEventListener('keydown', this.restart, { capture: true });
  }

  private restart = (): void => {
    this.deadline = Date.now() + this.seconds * 1000;
    this.secondsLeft = Math.ceil(this.seconds);
    this.host.requestUpdate();
  };

  private update = (): void => {
    const left = this.deadline - Date.now();
    if (left <= 0) {
      this.stop();
      this.onReturn();
      return;
    }
    const seconds = Math.ceil(left / 1000);
    if (seconds !== this.secondsLeft) {
      this.secondsLeft = seconds;
      this.host.requestUpdate();
    }
  };
}
