import type { Submission } from './definition.js';

/** Why a submission looks sent by a program rather than a patient. */
export type AutomationSign = 'hidden-field' | 'too-fast';

/**
 * Faster than this per answered question (and than the floor for the whole survey) no person reads, taps and moves
 * on: a quick patient who answers only the headline question and skips the rest still takes a few seconds.
 */
const MIN_MS_PER_ANSWER = 400;
const MIN_MS_IN_ALL = 1500;

/**
 * Whether a submission looks automated: the hidden field was filled, or it was sent faster than a person can answer.
 * Such a submission is still stored (never silently dropped) but flagged, shown as such to staff and left out of
 * results. Without `startedAt` (an older device, or another client) nothing is assumed.
 */
export function automationSign(
  s: Pick<Submission, 'submittedAt' | 'startedAt' | 'honeypot' | 'answers'>,
): AutomationSign | undefined {
  if (typeof s.honeypot === 'string' && s.honeypot.trim() !== '') return 'hidden-field';
  if (typeof s.startedAt !== 'string') return undefined;
  const elapsed = Date.parse(s.submittedAt) - Date.parse(s.startedAt);
  if (Number.isNaN(elapsed)) return undefined;
  const answered = Object.keys(s.answers ?? {}).length;
  return elapsed < Math.max(MIN_MS_IN_ALL, answered * MIN_MS_PER_ANSWER) ? 'too-fast' : undefined;
}
