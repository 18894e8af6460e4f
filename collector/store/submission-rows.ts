/**
 * What a stored submission looks like to the rest of the collector: the acknowledgement its device is told, what
 * the collector noted beside it, and the row read back (`COLUMNS`, `toStored`). The store's writes and reads are in
 * submissions.ts.
 */
import type { Selectable } from 'kysely';
import type { AnswerCheck } from '../../src/core/submission-check.js';
import type { ErasureReason, SubmissionsTable } from './schema.js';

/** What the patient's device is told once a submission is stored; a repeat gets exactly this again. */
export interface Acknowledgement {
  id: string;
  status: 'stored';
  receivedAt: string;
  /** Present when the answers were kept without a check (the survey version is unknown here). */
  warning?: string;
}

/** What the collector found out about a submission before storing it, kept beside it (never in its body). */
export interface SaveMarks {
  /** Whether its answers were checked against its survey version; left out, nothing is recorded (NULL). */
  answers?: AnswerCheck | undefined;
  /** Why it looks sent by a program rather than a patient (src/core/automation.ts); stored all the same. */
  automation?: string | undefined;
  /** The practice whose path it came in on; left out, the default practice. */
  practiceId?: string | undefined;
  /** Its practice lists locations and this is not one of them: kept, flagged for staff. */
  unknownLocation?: boolean | undefined;
  /** The location it is filed under when not the one it names: a known tablet's (its body still says what it sent). */
  location?: string | undefined;
}

export type SaveResult =
  | { outcome: 'stored'; ack: Acknowledgement }
  | { outcome: 'repeat'; ack: Acknowledgement }
  | { outcome: 'conflict'; ack: Acknowledgement };

export interface StoredSubmission {
  id: string;
  kind: string;
  receivedAt: string;
  /** The submission exactly as the device sent it (parsed). */
  body: Record<string, unknown>;
  /** Why it looks sent by a program rather than a patient, when it does: shown to staff, left out of results. */
  automation?: string | undefined;
  /**
   * `checked`: its answers were checked against the survey version it names. `unknown-survey`: that version was
   * unknown to the collector, so they were kept unchecked. null: stored before the collector recorded this.
   */
  answersChecked: AnswerCheck | null;
  /** Set once the patient's words and contact details were erased from `body`: when, and why. */
  erased?: { at: string; reason: ErasureReason } | undefined;
  /** The practice whose path it came in on. */
  practiceId: string;
  /** Its practice lists locations and the one it names is not among them. */
  unknownLocation: boolean;
}

export interface ListOptions {
  kind?: string | undefined;
  /** Only these practices' (an account's scope); unset: every practice. */
  practices?: readonly string[] | undefined;
  newestFirst?: boolean | undefined;
  limit?: number | undefined;
}

export interface SubmissionFilter {
  kind?: string | undefined;
  /** Only those that had arrived by this arrival number (`lastArrival()`): one export reads one moment's rows. */
  through?: number | undefined;
  /** true: only those that look automated; false: only the patients'; unset: both. */
  automated?: boolean | undefined;
  /** Only these practices' (an account's scope, or the one asked for); unset: every practice; empty: none. */
  practices?: readonly string[] | undefined;
  /** Only those naming this location. */
  location?: string | undefined;
}

export type SubmissionRow = Pick<
  Selectable<SubmissionsTable>,
  | 'id'
  | 'kind'
  | 'body'
  | 'received_at'
  | 'automation'
  | 'answers_checked'
  | 'erased_at'
  | 'erased_reason'
  | 'practice_id'
  | 'unknown_location'
>;
export const COLUMNS = [
  'id',
  'kind',
  'body',
  'received_at',
  'automation',
  'answers_checked',
  'erased_at',
  'erased_reason',
  'practice_id',
  'unknown_location',
] as const;

export function toStored(r: SubmissionRow): StoredSubmission {
  const stored: StoredSubmission = {
    id: r.id,
    kind: r.kind,
    receivedAt: r.received_at,
    body: JSON.parse(r.body) as Record<string, unknown>,
    answersChecked: r.answers_checked ?? null,
    practiceId: r.practice_id,
    unknownLocation: Number(r.unknown_location) === 1,
  };
  if (r.automation) stored.automation = r.automation;
  if (r.erased_at) stored.erased = { at: r.erased_at, reason: r.erased_reason ?? 'patient-request' };
  return stored;
}
