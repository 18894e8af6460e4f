import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AnswerValue, Answers, Channel, Submission, SurveyDefinition } from '../../core/definition.js';
import { screens, wantsRecovery, type Screen } from '../../core/flow.js';
import { buildSubmission } from '../../core/submission.js';
import { validateScreen, type AnswerProblem } from '../../core/validate.js';
import { deliver } from '../../delivery/index.js';
import { whatWentWrong } from '../../surveys/index.js';
import { PfScreenEvent, PfSubmittedEvent } from '../events.js';
import { isProblem, type ConfigurationProblem } from './configuration.js';
import { loadDefinition } from './definition-source.js';

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
}

export type Phase = 'question' | 'sending' | 'not-saved' | 'thank-you' | 'loading-recovery';

/**
 * One patient's way through the survey: answers, the screen shown, validation problems, submit and the optional
 * continuation into "Tell us what went wrong". Holds everything a patient entered, so `reset()` can wipe it all.
 */
export class SurveySession implements ReactiveController {
  /** Bumped by reset(): the element keys its DOM on it, and late async results of an earlier patient are dropped. */
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
  /** Screens in the current flow, as last rendered (for `pf-screen`). */
  total = 0;
  /** What a program typed into the field people never see (the honeypot). */
  honeypot = '';
  /** When this patient was shown the survey (or the recovery form), sent so the collector can flag a bot's speed. */
  private startedAt = new Date();
  private recovery?: SurveyDefinition;
  private mainSubmission?: Submission;
  private recoveryAbort?: AbortController;
  private focus?: 'heading' | 'problem';
  private announced = '';
  /** The screens for the last definition and answers: a tap re-renders, it does not re-walk the survey. */
  private screenCache?: [SurveyDefinition, Answers, Screen[]];

  constructor(
    private readonly host: SessionHost,
    /** Whether the element offers the recovery form after a poor first impression. */
    private readonly offersRecovery: () => boolean = () => false,
  ) {
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

  screens(def: SurveyDefinition): Screen[] {
    const c = this.screenCache;
    if (c?.[0] === def && c[1] === this.answers) return c[2];
    return (this.screenCache = [def, this.answers, screens(def, this.answers)])[2];
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
    // An answer may have hidden later questions (showIf), so the last screen can move closer.
    if (this.check(def)) this.go(Math.min(this.screenIndex + 1, this.screens(def).length - 1));
  }

  back(): void {
    this.problems = [];
    this.go(Math.max(0, this.screenIndex - 1));
  }

  async submit(def: SurveyDefinition): Promise<void> {
    const endpoint = this.host.endpointUrl();
    if (!this.check(def) || !endpoint) return;
    const h = this.host;
    const relatedTo = this.stage === 'recovery' ? this.mainSubmission?.id : h.relatedTo;
    this.submission = buildSubmission({
      definition: def,
      answers: this.answers,
      lang: h.language(def),
      channel: h.channel,
      ...(h.practice ? { practice: h.practice } : {}),
      ...(h.location ? { location: h.location } : {}),
      ...(relatedTo ? { relatedTo } : {}),
      startedAt: this.startedAt,
      honeypot: this.honeypot,
    });
    await this.send(def);
  }

  /**
   * Sends `this.submission`; after "not saved", Try again sends the same one (same id), so a late first attempt
   * cannot make a duplicate. Delivery itself tells the page (pf-error) that storage is unavailable.
   */
  async send(def: SurveyDefinition): Promise<void> {
    const submission = this.submission;
    const endpoint = this.host.endpointUrl();
    if (!submission || !endpoint) return;
    const generation = this.generation;
    this.show('sending');
    const result = await deliver(submission, endpoint);
    if (generation !== this.generation) return; // reset while sending: the next patient must not see this
    if (result.status === 'not-saved') return this.show('not-saved', 'heading');
    if (this.stage === 'main') {
      this.mainSubmission = submission;
      this.recoveryOffer = this.offersRecovery() && wantsRecovery(def, this.answers) ? 'ask' : 'none';
    } else this.recoveryOffer = 'none';
    this.host.dispatchEvent(new PfSubmittedEvent({ submission, status: result.status }));
    this.show('thank-you', 'heading');
  }

  declineRecovery(): void {
    this.recoveryOffer = 'declined';
    this.show('thank-you', 'heading');
  }

  /** Continue in the same element with the recovery form (built in, or the `recovery-survey` URL). */
  async acceptRecovery(): Promise<void> {
    const generation = this.generation;
    const url = this.host.recoverySurvey;
    let def: SurveyDefinition | ConfigurationProblem = whatWentWrong;
    if (url) {
      this.show('loading-recovery');
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
      return this.host.requestUpdate();
    }
    this.recovery = def;
    this.stage = 'recovery';
    this.startedAt = new Date();
    this.answers = {};
    this.screenIndex = 0;
    this.problems = [];
    this.submission = undefined;
    this.recoveryOffer = 'none';
    this.show('question', 'heading');
  }

  abortRecoveryLoad(): void {
    this.recoveryAbort?.abort();
  }

  reset(): void {
    this.abortRecoveryLoad();
    this.generation++;
    this.startedAt = new Date();
    this.honeypot = '';
    this.answers = {};
    this.screenIndex = 0;
    this.problems = [];
    this.attempt = 0;
    this.submission = this.mainSubmission = this.recovery = this.recoveryProblem = this.focus = undefined;
    this.stage = 'main';
    this.recoveryOffer = 'none';
    this.show('question');
  }

  private show(phase: Phase, focus?: 'heading'): void {
    this.phase = phase;
    this.focus = focus;
    this.host.requestUpdate();
  }

  /** Validates the current screen; on problems, shows them and moves focus to the first. */
  private check(def: SurveyDefinition): boolean {
    const screen = this.screens(def)[this.screenIndex];
    this.problems = screen ? validateScreen(screen, this.answers) : [];
    if (!this.problems.length) return true;
    this.attempt++;
    this.focus = 'problem';
    this.host.requestUpdate();
    return false;
  }

  private go(index: number): void {
    this.screenIndex = index;
    this.show('question', 'heading');
  }

  hostUpdated(): void {
    const root = this.host.renderRoot;
    const p = this.problems[0];
    if (this.focus === 'heading') root.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
    // The field the first problem is about (e.g. the e-mail box of the contact question), else its question.
    else if (this.focus && p)
      (
        root.querySelector<HTMLElement>(`#f-${p.questionId}-${p.field}`) ??
        root.querySelector<HTMLElement>(`#f-${p.questionId}`)
      )?.focus();
    this.focus = undefined;
    const key = `${this.generation} ${this.stage} ${this.phase} ${this.screenIndex} ${this.recoveryOffer}`;
    if (key !== this.announced) {
      this.announced = key;
      const phase = this.phase === 'loading-recovery' ? 'loading' : this.phase;
      const screen = phase === 'question' ? this.screenIndex + 1 : 0;
      this.host.dispatchEvent(new PfScreenEvent({ phase, screen, total: this.total, inProgress: this.inProgress }));
    }
  }
}
