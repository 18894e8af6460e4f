import type { AnswerValue, Answers, Submission, SurveyDefinition } from '../../core/definition.js';
import { screens, type Screen } from '../../core/flow.js';
import { validateScreen, type AnswerProblem } from '../../core/validate.js';
import type { ConfigurationProblem } from './configuration.js';
import type { SessionOptions } from './session-ports.js';
import { freshState, type Focus, type Phase, type State } from './session-state.js';

export type { Focus, Phase } from './session-state.js';

export type { Continuation, DeliverPort, SessionOptions, SubmissionContext } from './session-ports.js';

/**
 * One patient's way through the survey: it holds the definitions (the survey and, after the offer, the recovery
 * form), the answers, the screen shown, the problems to fix, submitting and what follows. The view reads its state
 * and calls its actions; nothing is handed back in. Holds everything a patient entered, so `reset()` wipes it all.
 * No DOM and no network of its own: sending and loading come in through `SessionOptions` (unit-tested in Node).
 */
export class SurveySession {
  /** Everything this patient entered and where they are; `reset()` replaces it whole. */
  private state: State;
  /** The main survey, kept across patients. */
  private main?: SurveyDefinition;
  /** The screens for the last definition and answers: a tap re-renders, it does not re-walk the survey. */
  private screenCache?: [SurveyDefinition, Answers, readonly Screen[]];
  /** Easy read: one question per screen whatever the `page`s; kept across patients, like `main`. */
  private onePerScreen?: boolean;

  constructor(private readonly options: SessionOptions) {
    this.state = freshState(0, this.now());
  }

  /** Bumped by reset(): the element keys its DOM on it, and late async results of an earlier patient are dropped. */
  get generation(): number {
    return this.state.generation;
  }
  /** The survey being answered: the main one, or the recovery form once the patient accepted it. */
  get definition(): SurveyDefinition | undefined {
    const def = this.state.stage === 'recovery' ? this.state.recovery : this.main;
    return def && this.options.inLanguage ? this.options.inLanguage(def) : def;
  }
  get stage(): 'main' | 'recovery' {
    return this.state.stage;
  }
  /** `loading` until there is a definition to show (or while the recovery form loads). */
  get phase(): Phase {
    return this.definition ? this.state.phase : 'loading';
  }
  get answers(): Answers {
    return this.state.answers;
  }
  /** The screens the patient will see now: an answer can hide later questions (showIf). */
  get screens(): readonly Screen[] {
    const def = this.definition;
    if (!def) return [];
    const c = this.screenCache;
    if (c?.[0] === def && c[1] === this.state.answers) return c[2];
    return (this.screenCache = [def, this.state.answers, screens(def, this.state.answers, this.onePerScreen)])[2];
  }
  /** 0-based, always within the screens that exist now. */
  get screenIndex(): number {
    return Math.max(0, Math.min(this.state.index, this.screens.length - 1));
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
    return this.state.problems;
  }
  /** Bumped on each failed Next, so the error summary is re-announced even when its words are the same. */
  get attempt(): number {
    return this.state.attempt;
  }
  /** The submission being sent or thanked for. */
  get submission(): Submission | undefined {
    return this.state.submission;
  }
  /** After a poor first impression: `ask` while "Would you tell us what went wrong?" is showing. */
  get recoveryOffer(): 'ask' | 'declined' | 'none' {
    return this.state.offer;
  }
  /** The recovery form could not be had (its URL failed or its definition is malformed). */
  get recoveryProblem(): ConfigurationProblem | undefined {
    return this.state.recoveryProblem;
  }
  get honeypot(): string {
    return this.state.honeypot;
  }
  /** True while a patient has started and not yet finished. */
  get inProgress(): boolean {
    if (this.state.phase === 'thank-you') return this.state.offer === 'ask';
    return this.state.stage === 'recovery' || this.state.index > 0 || Object.keys(this.state.answers).length > 0;
  }

  /** Where focus should go after the next render; asking takes it, so it moves once. */
  takeFocus(): Focus | undefined {
    const focus = this.state.focus;
    this.state.focus = undefined;
    return focus;
  }

  /**
   * The main survey, as the element has it now (built in, the `definition` property, or loaded from `survey`).
   * Answers are kept when it changes. Silent: the element calls this while it renders anyway.
   */
  useDefinition(definition: SurveyDefinition | undefined): void {
    this.main = definition;
  }

  /** Easy read (`easy-read`): one question per screen; a patient half-way through stays on their question. */
  useOnePerScreen(on: boolean): void {
    if (on === this.onePerScreen) return;
    const q = this.screen?.questions[0];
    this.onePerScreen = on;
    this.screenCache = undefined;
    if (q) this.state.index = this.screens.findIndex((s) => s.questions.includes(q));
  }

  setAnswer(id: string, value: AnswerValue | undefined): void {
    const next: Record<string, AnswerValue> = { ...this.state.answers };
    if (value === undefined) delete next[id];
    else next[id] = value;
    this.state.answers = next;
    // The patient is working on it: stop pointing at this question, keep the others' messages.
    this.state.problems = this.state.problems.filter((p) => p.questionId !== id);
    this.changed();
  }

  /** What a program typed into the field people never see. Nothing on screen depends on it. */
  setHoneypot(value: string): void {
    this.state.honeypot = value;
  }

  next(): void {
    // An answer may have hidden later questions (showIf), so the last screen can move closer.
    if (this.check()) this.go(Math.min(this.screenIndex + 1, this.total - 1));
  }

  back(): void {
    this.state.problems = [];
    this.go(Math.max(0, this.screenIndex - 1));
  }

  async submit(): Promise<void> {
    const def = this.definition;
    if (!def || this.state.phase !== 'question' || !this.check()) return;
    await this.buildAndSend(def);
  }

  /** After "not saved": the same submission again (same id), so a late first attempt cannot make a duplicate. */
  retry(): Promise<void> {
    const def = this.definition;
    if (this.state.submission) return this.send();
    return def ? this.buildAndSend(def) : Promise.resolve();
  }

  private async buildAndSend(def: SurveyDefinition): Promise<void> {
    const generation = this.state.generation;
    // Sending from here on: a second tap on Submit while the submission is made does nothing.
    this.show('sending');
    const c = this.options.context(def);
    const relatedTo = this.state.stage === 'recovery' ? this.state.mainSubmission?.id : c.relatedTo;
    let submission: Submission;
    try {
      submission = await this.options.build({
        definition: def,
        answers: this.state.answers,
        lang: c.lang,
        channel: c.channel,
        ...(c.practice ? { practice: c.practice } : {}),
        ...(c.location ? { location: c.location } : {}),
        ...(relatedTo ? { relatedTo } : {}),
        startedAt: this.state.startedAt,
        honeypot: this.state.honeypot,
      });
    } catch {
      if (generation === this.state.generation) this.show('not-saved', 'heading');
      return;
    }
    if (generation !== this.state.generation) return;
    this.state.submission = submission;
    await this.send();
  }

  declineRecovery(): void {
    this.state.offer = 'declined';
    this.show('thank-you', 'heading');
  }

  /** Continue, in the same place, with what the continuation brings (the recovery form). */
  async acceptRecovery(): Promise<void> {
    const continuation = this.options.continuation;
    if (!continuation || this.state.offer !== 'ask') return;
    const generation = this.state.generation;
    const loading = (this.state.loading = new AbortController());
    this.state.recovery = undefined;
    this.state.stage = 'recovery';
    this.changed();
    let def: SurveyDefinition | ConfigurationProblem;
    try {
      def = await continuation.load(loading.signal);
    } catch {
      return; // aborted by reset or removal
    }
    if (generation !== this.state.generation || loading.signal.aborted) return;
    if (!('questions' in def)) {
      this.state.recoveryProblem = def;
      return this.changed();
    }
    this.state.recovery = def;
    this.state.startedAt = this.now();
    this.state.answers = {};
    this.state.index = 0;
    this.state.problems = [];
    this.state.submission = undefined;
    this.state.offer = 'none';
    this.show('question', 'heading');
  }

  /** Stops loading the recovery form (the element left the page). */
  abort(): void {
    this.state.loading?.abort();
  }

  /** Back to the first screen with every answer and all state gone, as if freshly placed on the page. */
  reset(): void {
    this.abort();
    this.state = freshState(this.state.generation + 1, this.now());
    this.changed();
  }

  private async send(): Promise<void> {
    const def = this.definition;
    const submission = this.state.submission;
    const endpoint = def && this.options.context(def).endpoint;
    if (!def || !submission || !endpoint) return;
    const generation = this.state.generation;
    this.show('sending');
    const { status } = await this.options.deliver(submission, endpoint);
    if (generation !== this.state.generation) return; // reset while sending: the next patient must not see this
    if (status === 'not-saved') return this.show('not-saved', 'heading');
    const main = this.state.stage === 'main';
    if (main) this.state.mainSubmission = submission;
    this.options.onSubmitted?.({ submission, status });
    // The offer waits for the continuation to know it can follow (the recovery form may still be arriving).
    const offer = main && (await this.options.continuation?.offers(def, this.state.answers));
    if (generation !== this.state.generation) return;
    this.state.offer = offer ? 'ask' : 'none';
    this.show('thank-you', 'heading');
  }

  /** Validates the current screen; on problems, points at the first. */
  private check(): boolean {
    const screen = this.screen;
    this.state.problems = screen ? validateScreen(screen, this.state.answers) : [];
    if (!this.state.problems.length) return true;
    this.state.attempt++;
    this.state.focus = 'problem';
    this.changed();
    return false;
  }

  private go(index: number): void {
    this.state.index = index;
    this.show('question', 'heading');
  }

  private show(phase: Phase, focus?: Focus): void {
    this.state.phase = phase;
    this.state.focus = focus;
    this.changed();
  }

  private changed(): void {
    this.options.onChange?.();
  }

  private now(): Date {
    return this.options.clock?.() ?? new Date();
  }
}
