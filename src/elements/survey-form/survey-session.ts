import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswerValue, Answers, Channel, Submission, SurveyDefinition } from '../../core/definition.js';
import { screens, wantsRecovery } from '../../core/flow.js';
import { buildSubmission } from '../../core/submission.js';
import { validateScreen, type AnswerProblem } from '../../core/validate.js';
import { deliver } from '../../delivery/index.js';
import { whatWentWrong } from '../../surveys/index.js';
import { PfSubmittedEvent, type PfErrorCode, type PfScreenDetail } from '../events.js';
import { isProblem, type ConfigurationProblem } from './configuration.js';
import { checkDefinition, loadDefinition } from './definition-source.js';
import { ids } from '../questions/index.js';

/** What the session needs from its element (kept narrow so the session can be read on its own). */
export interface SessionHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly channel: Channel;
  readonly practice: string | undefined;
  readonly location: string | undefined;
  readonly relatedTo?: string | undefined;
  readonly recoverySurvey?: string | undefined;
  endpointUrl(): string | undefined;
  language(def: SurveyDefinition | undefined): string;
  report(code: PfErrorCode, message: string): void;
  announceScreen(detail: PfScreenDetail): void;
}

export type Phase = 'question' | 'sending' | 'not-saved' | 'thank-you' | 'loading-recovery';

/**
 * One patient's way through the survey: answers, the screen shown, validation problems, submit and the optional
 * continuation into "Tell us what went wrong". Holds everything a patient entered, so `reset()` can wipe it all.
 */
export class SurveySession implements ReactiveController {
  generation = 0;
  answers: Answers = {};
  screenIndex = 0;
  phase: Phase = 'question';
  problems: AnswerProblem[] = [];
  /** Bumped on each failed Next, so the error summary is re-announced even when its words are the same. */
  attempt = 0;
  submission?: Submission;
  /** 'recovery' once the patient accepted "Tell us what went wrong" after a first-impression survey. */
  stage: 'main' | 'recovery' = 'main';
  recoveryOffer: 'ask' | 'declined' | 'none' = 'none';
  recoveryProblem?: ConfigurationProblem;
  private recovery?: SurveyDefinition;
  private mainSubmission?: Submission;
  private recoveryAbort?: AbortController;
  private focus?: 'heading' | 'problem';
  private lastScreenKey = '';
  /** Whether the element offers the recovery form after a poor first impression. */
  offersRecovery = false;
  /** Screens in the current flow, as last rendered (for `pf-screen`). */
  total = 0;

  constructor(private readonly host: SessionHost) {
    host.addController(this);
  }

  get inProgress(): boolean {
    if (this.phase === 'thank-you') return this.recoveryOffer === 'ask';
    return this.stage === 'recovery' || this.screenIndex > 0 || Object.keys(this.answers).length > 0;
  }

  activeDefinition(main: unknown): SurveyDefinition | undefined {
    if (this.stage === 'recovery') return this.recovery;
    return main && typeof main === 'object' && !isProblem(main) ? (main as SurveyDefinition) : undefined;
  }

  setAnswer(id: string, value: AnswerValue | undefined): void {
    const next: Record<string, AnswerValue> = { ...this.answers };
    if (value === undefined) delete next[id];
    else next[id] = value;
    this.answers = next;
    // The patient is working on it: stop pointing at this question, keep the others' messages.
    this.problems = this.problems.filter((p) => p.questionId !== id);
    this.host.requestUpdate();
  }

  next(def: SurveyDefinition): void {
    if (!this.check(def)) return;
    // An answer may have hidden later questions (showIf), so the last screen can move closer.
    this.go(Math.min(this.screenIndex + 1, Math.max(0, screens(def, this.answers).length - 1)));
  }

  back(): void {
    this.problems = [];
    this.go(Math.max(0, this.screenIndex - 1));
  }

  async submit(def: SurveyDefinition): Promise<void> {
    if (!this.check(def)) return;
    const endpoint = this.host.endpointUrl();
    if (!endpoint) return;
    const relatedTo = this.stage === 'recovery' ? this.mainSubmission?.id : this.host.relatedTo || undefined;
    this.submission = buildSubmission({
      definition: def,
      answers: this.answers,
      lang: this.host.language(def),
      channel: this.host.channel,
      ...(this.host.practice ? { practice: this.host.practice } : {}),
      ...(this.host.location ? { location: this.host.location } : {}),
      ...(relatedTo ? { relatedTo } : {}),
    });
    await this.send(def, endpoint);
  }

  /** After "not saved": the same submission (same id) again, so a late first attempt cannot make a duplicate. */
  async retry(def: SurveyDefinition): Promise<void> {
    const endpoint = this.host.endpointUrl();
    if (this.submission && endpoint) await this.send(def, endpoint);
  }

  private async send(def: SurveyDefinition, endpoint: string): Promise<void> {
    const submission = this.submission!;
    const generation = this.generation;
    this.phase = 'sending';
    this.host.requestUpdate();
    const result = await deliver(submission, endpoint);
    if (generation !== this.generation) return; // reset while sending: the next patient must not see this
    if (result.status === 'not-saved') {
      this.phase = 'not-saved';
      this.host.report(
        'storage-unavailable',
        `<${this.host.localName}>: a submission could not be sent to ${endpoint} and this browser could not keep it (storage unavailable, e.g. private browsing, and the endpoint unreachable). The patient was asked to try again.`,
      );
    } else {
      this.phase = 'thank-you';
      if (this.stage === 'main') {
        this.mainSubmission = submission;
        this.recoveryOffer = this.offersRecovery && wantsRecovery(def, this.answers) ? 'ask' : 'none';
      } else {
        this.recoveryOffer = 'none';
      }
      this.host.dispatchEvent(new PfSubmittedEvent({ submission, status: result.status }));
    }
    this.focus = 'heading';
    this.host.requestUpdate();
  }

  declineRecovery(): void {
    this.recoveryOffer = 'declined';
    this.focus = 'heading';
    this.host.requestUpdate();
  }

  /** Continue in the same element with the recovery form (built in, or the `recovery-survey` URL). */
  async acceptRecovery(): Promise<void> {
    const generation = this.generation;
    const url = this.host.recoverySurvey;
    let def: SurveyDefinition | ConfigurationProblem = checkDefinition(this.host.localName, whatWentWrong, 'the built-in recovery survey');
    if (url) {
      this.phase = 'loading-recovery';
      this.host.requestUpdate();
      this.recoveryAbort = new AbortController();
      try {
        def = await loadDefinition(this.host.localName, url, this.recoveryAbort.signal);
      } catch {
        return; // aborted by reset or removal
      }
      if (generation !== this.generation) return;
    }
    if (isProblem(def)) {
      this.recoveryProblem = def;
    } else {
      this.recovery = def;
      this.stage = 'recovery';
      this.answers = {};
      this.screenIndex = 0;
      this.problems = [];
      this.submission = undefined;
      this.recoveryOffer = 'none';
      this.phase = 'question';
      this.focus = 'heading';
    }
    this.host.requestUpdate();
  }

  abortRecoveryLoad(): void {
    this.recoveryAbort?.abort();
  }

  reset(): void {
    this.abortRecoveryLoad();
    this.generation++;
    this.answers = {};
    this.screenIndex = 0;
    this.phase = 'question';
    this.problems = [];
    this.attempt = 0;
    this.submission = undefined;
    this.mainSubmission = undefined;
    this.stage = 'main';
    this.recovery = undefined;
    this.recoveryOffer = 'none';
    this.recoveryProblem = undefined;
    this.focus = undefined;
    this.host.requestUpdate();
  }

  /** Validates the current screen; on problems, shows them and moves focus to the first. */
  private check(def: SurveyDefinition): boolean {
    const screen = screens(def, this.answers)[this.screenIndex];
    this.problems = screen ? validateScreen(screen, this.answers) : [];
    if (this.problems.length) {
      this.attempt++;
      this.focus = 'problem';
      this.host.requestUpdate();
      return false;
    }
    return true;
  }

  private go(index: number): void {
    this.screenIndex = index;
    this.focus = 'heading';
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    if (this.focus === 'heading') {
      root.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
    } else if (this.focus === 'problem' && this.problems[0]) {
      const p = this.problems[0];
      const target =
        (p.field ? root.querySelector<HTMLElement>(`#${ids.field(p.questionId, p.field)}`) : null) ??
        root.querySelector<HTMLElement>(`#${ids.field(p.questionId)}`);
      target?.focus();
    }
    this.focus = undefined;
    const key = `${this.generation}:${this.stage}:${this.phase}:${this.screenIndex}:${this.recoveryOffer}`;
    if (key !== this.lastScreenKey) {
      this.lastScreenKey = key;
      const phase = this.phase === 'loading-recovery' ? 'loading' : this.phase;
      this.host.announceScreen({ phase, screen: this.phase === 'question' ? this.screenIndex + 1 : 0, total: this.total, inProgress: this.inProgress });
    }
  }
}
