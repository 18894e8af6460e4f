import type { Answers, Submission, SurveyDefinition } from '../../core/definition.js';
import type { AnswerProblem } from '../../core/validate.js';
import type { ConfigurationProblem } from './configuration.js';

export type Phase = 'loading' | 'question' | 'sending' | 'not-saved' | 'thank-you';
export type Focus = 'heading' | 'problem';

/** One patient's part of the session. */
export interface State {
  generation: number;
  stage: 'main' | 'recovery';
  /** The recovery form, once the patient accepted it. */
  recovery?: SurveyDefinition;
  answers: Answers;
  index: number;
  phase: Phase;
  problems: readonly AnswerProblem[];
  attempt: number;
  submission?: Submission;
  /** The first impression a recovery form follows. */
  mainSubmission?: Submission;
  offer: 'ask' | 'declined' | 'none';
  recoveryProblem?: ConfigurationProblem;
  honeypot: string;
  startedAt: Date;
  focus?: Focus;
  loading?: AbortController;
}

/** A new patient's state: the first screen, no answers, nothing sent. */
export function freshState(generation: number, startedAt: Date): State {
  return {
    generation,
    stage: 'main',
    answers: {},
    index: 0,
    phase: 'question',
    problems: [],
    attempt: 0,
    offer: 'none',
    honeypot: '',
    startedAt,
  };
}
