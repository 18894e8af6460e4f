/**
 * What a `SurveySession` is given instead of reaching out itself: how to send, what the element knows when the
 * patient submits, what may follow, and whom to tell. The element passes delivery and its attributes; a unit test
 * passes plain functions.
 */
import type { Answers, Channel, Submission, SurveyDefinition } from '../../core/definition.js';
import type { SubmissionInput } from '../../core/submission.js';
import type { ConfigurationProblem } from './configuration.js';

/** What the session sends through: delivery's `deliver()` in the element, a recording function in a unit test. */
export type DeliverPort = (
  submission: Submission,
  endpoint: string,
) => Promise<{ readonly status: 'delivered' | 'queued' | 'not-saved' }>;

/** What goes into a submission besides the answers, read from the element when the patient submits. */
export interface SubmissionContext {
  /** The endpoint as an absolute URL; undefined while it is missing or unusable. */
  readonly endpoint: string | undefined;
  readonly lang: string;
  readonly channel: Channel;
  readonly practice?: string | undefined;
  readonly location?: string | undefined;
  readonly relatedTo?: string | undefined;
}

/**
 * What may follow the survey once it is submitted: "Tell us what went wrong" after a poor first impression
 * (recovery-continuation.ts). Only `<pf-first-impression>` has one.
 */
export interface Continuation {
  /** Whether these answers lead to the offer (it may first make sure the follow-on can be had). */
  offers(definition: SurveyDefinition, answers: Answers): boolean | Promise<boolean>;
  /** The follow-on survey, or why there is none. Rejects only when aborted. */
  load(signal: AbortSignal): Promise<SurveyDefinition | ConfigurationProblem>;
}

/**
 * Makes the submission (id, reference code, timestamps) from the answers: the core's `buildSubmission`, which the
 * element fetches with delivery (not needed before Submit). Rejects when it cannot be had: "not saved", Try again.
 */
export type BuildPort = (input: SubmissionInput) => Submission | Promise<Submission>;

export interface SessionOptions {
  deliver: DeliverPort;
  build: BuildPort;
  context: (definition: SurveyDefinition) => SubmissionContext;
  continuation?: Continuation | undefined;
  /** The survey in the patient's language: a built-in survey's other languages arrive as files of their own. */
  inLanguage?: (definition: SurveyDefinition) => SurveyDefinition;
  /** Something the page must re-render for. */
  onChange?: () => void;
  /** A submission is safe (stored, sent or queued): the element fires `pf-submitted`. */
  onSubmitted?: (detail: { submission: Submission; status: 'delivered' | 'queued' }) => void;
  clock?: () => Date;
}
