import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { PfScreenEvent, PfSubmittedEvent } from '../events.js';
import { SurveySession, type SessionOptions } from './survey-session.js';

/** What the controller needs of its element. */
export interface SessionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** Easy read: one question per screen. */
  readonly easyRead: boolean;
  /** Shown instead of the survey when set: the element's configuration cannot work. */
  configurationProblem(): unknown;
}

/**
 * The session inside a Lit element: it re-renders when the session changes, tells the page (`pf-submitted`,
 * `pf-screen`) and moves focus as a screen-reader user needs it — to the new screen's heading, or to the first field
 * that needs a look.
 */
export class SessionController implements ReactiveController {
  readonly session: SurveySession;
  /** The screen last announced with `pf-screen`, so each change is told once. */
  private announced = '';

  constructor(
    private readonly host: SessionHost,
    options: Omit<SessionOptions, 'onChange' | 'onSubmitted'>,
  ) {
    this.session = new SurveySession({
      ...options,
      onChange: () => host.requestUpdate(),
      onSubmitted: (detail) => host.dispatchEvent(new PfSubmittedEvent(detail)),
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.session.abort();
  }

  hostUpdate(): void {
    this.session.useOnePerScreen(this.host.easyRead);
  }

  hostUpdated(): void {
    const s = this.session;
    const root = this.host.renderRoot;
    const focus = s.takeFocus();
    const p = s.problems[0];
    if (focus === 'heading') root.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
    // The field the first problem is about (e.g. the e-mail box of the contact question), else its question.
    else if (focus && p)
      (
        root.querySelector<HTMLElement>(`#f-${p.questionId}-${p.field}`) ??
        root.querySelector<HTMLElement>(`#f-${p.questionId}`)
      )?.focus();
    const phase = this.host.configurationProblem() ? 'problem' : s.phase;
    const screen = phase === 'question' ? s.step : 0;
    const key = `${s.generation} ${s.stage} ${phase} ${screen} ${s.total} ${s.recoveryOffer}`;
    if (key === this.announced) return;
    this.announced = key;
    this.host.dispatchEvent(new PfScreenEvent({ phase, screen, total: s.total, inProgress: s.inProgress }));
  }
}
