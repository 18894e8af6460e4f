/**
 * The screen follows its session (WCAG 2.2.1 Timing Adjustable), as the server pages' /staff/idle.js does
 * (collector/staff-pages/idle-script.ts; docs/collector.md, "Sessions"), for a page that stays loaded:
 *
 * - The clock runs from the requests a person caused (the API client reports each: the server counts them), not
 *   from typing or mouse moves, which the server never sees — the session ends at the same moment whatever the page
 *   does, and a clock that reset on them would only hide that.
 * - The warning opens two minutes before the end (halfway, for an idle limit under four minutes, as in tests);
 *   **Stay signed in** (or Escape) sends one ordinary `GET /staff/session`, which counts as the person's activity.
 * - Before warning and at the end it asks the server with `X-Background-Refresh: 1` (never counted): another tab in
 *   use may have kept the session open, and then this page waits again instead of warning or leaving.
 * - A page brought back by Back stays hidden until the server says its session is open.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Answer = { left: number } | { ended: string };

/** On `<html>` while a page brought back by Back waits for the server (staff.css hides the page meanwhile). */
const PAUSED = 'idle-paused';

export interface SessionClockOptions {
  /** The session is over (`idle`, or `signed-out`): empty the screen and go to the sign-in page. */
  onEnd(ended: string): void;
}

export class SessionClock implements ReactiveController {
  /** The "You will be signed out soon" dialog is open. */
  warning = false;
  /** Seconds left when the warning opened. */
  secondsLeft = 0;
  /** Stay signed in could not reach the server. */
  problem = false;
  private limit = 0;
  private lead = 0;
  private deadline = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private ended = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SessionClockOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.onVisible);
    window.addEventListener('pageshow', this.onPageShow);
    window.addEventListener('pagehide', this.onPageHide);
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.onVisible);
    window.removeEventListener('pageshow', this.onPageShow);
    window.removeEventListener('pagehide', this.onPageHide);
    clearTimeout(this.timer);
  }

  /** The session's seconds left as the server said when the console loaded (nearly the whole limit). */
  start(idleSeconds: number): void {
    this.limit = idleSeconds;
    this.lead = Math.min(120, idleSeconds / 2);
    this.follow(idleSeconds);
  }

  /** A person's request reached the server: the whole limit is left again. */
  personActed(): void {
    if (this.limit > 0 && !this.ended) this.follow(this.limit);
  }

  /** Stay signed in: an ordinary request, which the server counts as the person's activity. */
  stay(): void {
    this.ask(false).then(
      (answer) => this.answered(answer),
      () => {
        this.problem = true;
        this.host.requestUpdate();
      },
    );
  }

  private follow(left: number): void {
    this.deadline = Date.now() + left * 1000;
    document.documentElement.classList.remove(PAUSED);
    this.problem = false;
    if (left > this.lead + 1) {
      this.warning = false;
      this.wait(left - this.lead);
    } else {
      if (!this.warning) this.secondsLeft = left;
      this.warning = true;
      // At least a second between checks, so a clock a little ahead of the server's does not ask in a loop.
      this.wait(Math.max(left, 1));
    }
    this.host.requestUpdate();
  }

  private wait(seconds: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), Math.max(seconds, 0) * 1000);
  }

  /** Not the person's action: only looks. */
  private check(): void {
    if (this.ended || this.limit === 0) return;
    this.ask(true).then(
      (answer) => this.answered(answer),
      () => {
        // The server cannot be reached: go by this page's own clock.
        const left = (this.deadline - Date.now()) / 1000;
        if (left <= 0) this.end('idle');
        else this.follow(left);
      },
    );
  }

  private answered(answer: Answer): void {
    if ('ended' in answer) this.end(answer.ended);
    else this.follow(answer.left);
  }

  private end(ended: string): void {
    if (this.ended) return;
    this.ended = true;
    clearTimeout(this.timer);
    this.warning = false;
    this.options.onEnd(ended);
  }

  private async ask(background: boolean): Promise<Answer> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (background) headers['X-Background-Refresh'] = '1';
    const response = await fetch('/staff/session', { headers, cache: 'no-store', credentials: 'same-origin' });
    const body = (await response.json()) as { idleSeconds?: unknown; ended?: unknown };
    if (response.status === 401) return { ended: typeof body.ended === 'string' ? body.ended : 'signed-out' };
    if (!response.ok || typeof body.idleSeconds !== 'number') throw new Error(`session ${response.status}`);
    return { left: body.idleSeconds };
  }

  // Timers of a hidden tab are slowed down; look again when it is shown.
  private onVisible = (): void => {
    if (document.visibilityState === 'visible') this.check();
  };

  private onPageHide = (event: PageTransitionEvent): void => {
    // At once, not at the next render: the page may be frozen for the back-forward cache right after this.
    if (event.persisted) document.documentElement.classList.add(PAUSED);
  };

  private onPageShow = (event: PageTransitionEvent): void => {
    if (event.persisted) this.check();
  };
}
