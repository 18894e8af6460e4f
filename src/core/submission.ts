import type { AnswerValue, Answers, Channel, ContactAnswer, Submission, SurveyDefinition } from './definition.js';
import { visibleAnswers } from './flow.js';
import { referenceFromId } from './reference.js';

/**
 * A uuid v4 made on the device. `crypto.randomUUID` exists only in secure contexts, and many practice websites
 * are still served over plain http, so fall back to `getRandomValues` (available everywhere).
 */
export function newSubmissionId(): string {
  const c = globalThis.crypto;
  if (c.randomUUID) return c.randomUUID();
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40; // version 4
  b[8] = (b[8]! & 0x3f) | 0x80; // RFC 4122 variant
  return Array.from(b, (x) => (x + 256).toString(16).slice(1))
    .join('')
    .replace(/(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/** Sent instead of the patient's contact details when they did not agree to be contacted. */
const NO_CONTACT: ContactAnswer = Object.freeze({ method: 'none', value: '', consent: false, bestTime: '' });

function clean(value: AnswerValue): AnswerValue {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return [...(value as readonly string[])];
  const c = value as ContactAnswer;
  if (!c.consent || c.method === 'none') return { ...NO_CONTACT };
  return { method: c.method, value: (c.value ?? '').trim(), consent: true, bestTime: (c.bestTime ?? '').trim() };
}

export interface SubmissionInput {
  definition: SurveyDefinition;
  answers: Answers;
  lang: string;
  channel: Channel;
  practice?: string;
  location?: string;
  /** Id of the first-impression submission this recovery form follows. */
  relatedTo?: string;
  /** When the survey was shown (see `Submission.startedAt`). */
  startedAt?: Date;
  /** The hidden field's value; people never see it, so anything in it was typed by a program. */
  honeypot?: string;
  id?: string;
  now?: Date;
}

/**
 * The JSON posted to the practice's endpoint (docs/submission-and-delivery.md): only answers to questions the patient
 * could see, text trimmed, no contact details without consent, no empty or undefined keys.
 */
export function buildSubmission(input: SubmissionInput): Submission {
  const { definition: def } = input;
  const id = input.id ?? newSubmissionId();
  const answers: Record<string, AnswerValue> = {};
  for (const [key, value] of Object.entries(visibleAnswers(def, input.answers))) {
    const v = clean(value);
    if (v !== '') answers[key] = v;
  }
  const out: Record<string, unknown> = {
    id,
    kind: def.kind,
    survey: { id: def.id, version: def.version },
    submittedAt: (input.now ?? new Date()).toISOString(),
    lang: input.lang,
    channel: input.channel,
  };
  for (const key of ['practice', 'location', 'relatedTo'] as const) {
    const v = input[key]?.trim();
    if (v) out[key] = v;
  }
  if (def.kind === 'what-went-wrong') out.reference = referenceFromId(id);
  if (input.startedAt) out.startedAt = input.startedAt.toISOString();
  if (input.honeypot) out.honeypot = input.honeypot.slice(0, 200);
  out.answers = answers;
  return out as unknown as Submission;
}
