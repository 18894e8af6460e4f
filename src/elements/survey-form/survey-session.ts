import type { AnswerValue, Answers, Submission, SurveyDefinition } from '../../core/definition.js';
import { screens, type Screen } from '../../core/flow.js';
import { buildSubmission } from '../../core/submission.js';
import { validateScreen, type AnswerProblem } from '../../core/validate.js';
import type { ConfigurationProblem } from './configuration.js';
import type { SessionOptions } from './session-ports.js';

export type { Continuation, DeliverPort, SessionOptions, SubmissionContext } from './session-ports.js';

export type Phase = 'loading' | 'question' | 'sending' | 'not-saved' | 'thank-you';
export type Focus = 'heading' | 'problem';

/**
 * One patient's way through the survey: it holds the definitions (the survey and, after the offer, the recovery
 * form), the answers, the screen shown, the problems to fix, submitting and what follows. The view reads its state
 * and calls its actions; nothing is handed back in. Holds everything a patient entered, so `reset()` wipes it all.
 * No DOM and no network of its own: sending and loading come in through `SessionOptions` (unit-tested in Node).
 */
export class SurveySession {
  #generation = 0;
  #main?: SurveyDefinition;
  #recovery?: SurveyDefinition;
  #stage: 'main' | 'recovery' = 'main';
  #answers: Answers = {};
  #index = 0;
  #phase: Phase = 'question';
  #problems: readonly AnswerProblem[] = [];
  #attempt = 0;
  #submission?: Submission;
  #mainSubmission?: Submission;
  #offer: 'ask' | 'declined' | 'none' = 'none';
  #recoveryProblem?: ConfigurationProblem;
  #honeypot = '';
  #startedAt: Date;
  #focus?: Focus;
  #loading?: AbortController;
  /** The screens for the last definition and answers: a tap re-renders, it does not re-walk the survey. */
  #screens?: [SurveyDefinition, Answers, readonly Screen[]];

  constructor(private readonly options: SessionOptions) {
    this.#startedAt = this.now();
  }

  /** Bumped by reset(): the element keys its DOM on it, and late async results of an earlier patient are dropped. */
  get generation(): number {
    return this.#generation;
  }
  /** The survey being answered: the main one, or the recovery form once the patient accepted it. */
  get definition(): SurveyDefinition | undefined {
    return this.#stage === 'recovery' ? this.#recovery : this.#main;
  }
  get stage(): 'main' | 'recovery' {
    return this.#stage;
  }
  /** `loading` until there is a definition to show (or while the recovery form loads). */
  get phase(): Phase {
    return this.definition ? this.#phase : 'loading';
  }
  get answers(): Answers {
    return this.#answers;
  }
  /** The screens the patient will see now: an answer can hide later questions (showIf). */
  get screens(): readonly Screen[] {
    const def = this.definition;
    if (!def) return [];
    const c = this.#screens;
    if (c?.[0] === def && c[1] === this.#answers) return c[2];
    return (this.#screens = [def, this.#answers, screens(def, this.#answers)])[2];
  }
  /** 0-based, always within the screens that exist now. */
  get screenIndex(): number {
    return Math.max(0, Math.min(this.#index, this.screens.length - 1));
  }
  get screen(): Screen | undefined {
    return this.screens[this.screenIndex];
  }
  get total(): number {
    return this.screens.length;
  }
  /** "Step 2 of 5": 1-based. */
  get step(): number {
    return this.screenIndex + 1;
  }
  get isLastScreen(): boolean {
    return this.screenIndex >= this.total - 1;
  }
  /** The problems of the last Next or Submit, in question order. */
  get problems(): readonly AnswerProblem[] {
    return this.#problems;
  }
  /** Bumped on each failed Next, so the error summary is re-announced even when its words are the same. */
  get attempt(): number {
    return this.#attempt;
  }
  /** The submission being sent or thanked for. */
  get submission(): Submission | undefined {
    return this.#submission;
  }
  /** After a poor first impression: `ask` while "Would you tell us what went wrong?" is showing. */
  get recoveryOffer(): 'ask' | 'declined' | 'none' {
    return this.#offer;
  }
  /** The recovery form could not be had (its URL failed or its definition is malformed). */
  get recoveryProblem(): ConfigurationProblem | undefined {
    return this.#recoveryProblem;
  }
  get honeypot(): string {
    return this.#honeypot;
  }
  /** True while a patient has started and not yet finished. */
  get inProgress(): boolean {
    if (this.#phase === 'thank-you') return this.#offer === 'ask';
    return this.#stage === 'recovery' || this.#index > 0 || Object.keys(this.#answers).length > 0;
  }

  /** Where focus should go after the next render; asking takes it, so it moves once. */
  takeFocus(): Focus | undefined {
    const focus = this.#focus;
    this.#focus = undefined;
    return focus;
  }

  /**
   * The main survey, as the element has it now (built in, the `definition` property, or loaded from `survey`).
   * Answers are kept when it changes. Silent: the element calls this while it renders anyway.
   */
  useDefinition(definition: SurveyDefinition | undefined): void {
    this.#main = definition;
  }

  setAnswer(id: string, value: AnswerValue | undefined): void {
    const next: Record<string, AnswerValue> = { ...this.#answers };
    if (value === undefined) delete next[id];
    else next[id] = value;
    this.#answers = next;
    // The patient is working on it: stop pointing at this question, keep the others' messages.
    this.#problems = this.#problems.filter((p) => p.questionId !== id);
    this.changed();
  }

  /** What a program typed into the field people never see. Nothing on screen depends on it. */
  setHoneypot(value: string): void {
    this.#honeypot = value;
  }

  next(): void {
    // An answer may have hidden later questions (showIf), so the last screen can move closer.
    if (this.check()) this.go(Math.min(this.screenIndex + 1, this.total - 1));
  }

  back(): void {
    this.#problems = [];
    this.go(Math.max(0, this.screenIndex - 1));
  }

  async submit(): Promise<void> {
    const def = this.definition;
    if (!def || this.#phase !== 'question' || !this.check()) return;
    const c = this.options.context(def);
    const relatedTo = this.#stage === 'recovery' ? this.#mainSubmission?.id : c.relatedTo;
    this.#submission = buildSubmission({
      definition: def,
      answers: this.#answers,
      lang: c.lang,
      channel: c.channel,
      ...(c.practice ? { practice: c.practice } : {}),
      ...(c.location ? { location: c.location } : {}),
      ...(relatedTo ? { relatedTo } : {}),
      startedAt: this.#startedAt,
      honeypot: this.#honeypot,
    });
    await this.send();
  }

  /** After "not saved": the same submission again (same id), so a late first attempt cannot make a duplicate. */
  retry(): Promise<void> {
    return this.send();
  }

  declineRecovery(): void {
    this.#offer = 'declined';
    this.show('thank-you', 'heading');
  }

  /** Continue, in the same place, with what the continuation brings (the recovery form). */
  async acceptRecovery(): Promise<void> {
    const continuation = this.options.continuation;
    if (!continuation || this.#offer !== 'ask') return;
    const generation = this.#generation;
    const loading = (this.#loading = new AbortController());
    this.#recovery = undefined;
    this.#stage = 'recovery';
    this.changed();
    let def: SurveyDefinition | ConfigurationProblem;
    try {
      def = await continuation.load(loading.signal);
    } catch {
      return; // aborted by reset or removal
    }
    if (generation !== this.#generation || loading.signal.aborted) return;
    if (!('questions' in def)) {
      this.#recoveryProblem = def;
      return this.changed();
    }
    this.#recovery = def;
    this.#startedAt = this.now();
    this.#answers = {};
    this.#index = 0;
    this.#problems = [];
    this.#submission = undefined;
    this.#offer = 'none';
    this.show('question', 'heading');
  }

  /** Stops loading the recovery form (the element left the page). */
  abort(): void {
    this.#loading?.abort();
  }

  /** Back to the first screen with every answer and all state gone, as if freshly placed on the page. */
  reset(): void {
    this.abort();
    this.#generation++;
    this.#startedAt = this.now();
    this.#honeypot = '';
    this.#answers = {};
    this.#index = 0;
    this.#problems = [];
    this.#attempt = 0;
    this.#submission = this.#mainSubmission = this.#recovery = this.#recoveryProblem = this.#focus = undefined;
    this.#stage = 'main';
    this.#offer = 'none';
    this.show('question');
  }

  private async send(): Promise<void> {
    const def = this.definition;
    const submission = this.#submission;
    const endpoint = def && this.options.context(def).endpoint;
    if (!def || !submission || !endpoint) return;
    const generation = this.#generation;
    this.show('sending');
    const { status } = await this.options.deliver(submission, endpoint);
    if (generation !== this.#generation) return; // reset while sending: the next patient must not see this
    if (status === 'not-saved') return this.show('not-saved', 'heading');
    if (this.#stage === 'main') {
      this.#mainSubmission = submission;
      this.#offer = this.options.continuation?.offers(def, this.#answers) ? 'ask' : 'none';
    } else this.#offer = 'none';
    this.options.onSubmitted?.({ submission, status });
    this.show('thank-you', 'heading');
  }

  /** Validates the current screen; on problems, points at the first. */
  private check(): boolean {
    const screen = this.screen;
    this.#problems = screen ? validateScreen(screen, this.#answers) : [];
    if (!this.#problems.length) return true;
    this.#attempt++;
    this.#focus = 'problem';
    this.changed();
    return false;
  }

  private go(index: number): void {
    this.#index = index;
    this.show('question', 'heading');
  }

  private show(phase: Phase, focus?: Focus): void {
    this.#phase = phase;
    this.#focus = focus;
    this.changed();
  }

  private changed(): void {
    this.options.onChange?.();
  }

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }
}
