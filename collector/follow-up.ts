/**
 * Following up a "what went wrong" case at the front desk (seed 003, steps 5–6: keep the promise, follow up):
 * where staff are with it and a short note ("called Tue, apology given, next visit free"). Kept beside the
 * submission in its own table, never written into the patient's submission.
 */

import { CASE_STATUSES, type CaseStatus } from '../src/core/staff-api.js';

export const FOLLOW_UP_STATUSES = CASE_STATUSES;
export type FollowUpStatus = CaseStatus;

/** Status in words: the inbox never says it by colour alone. */
export const STATUS_WORDS: Record<FollowUpStatus, string> = {
  new: 'New — not followed up yet',
  seen: 'Seen',
  contacted: 'Contacted',
  resolved: 'Resolved',
  reopened: 'Reopened',
};

export const MAX_NOTE_CHARS = 1000;

export interface FollowUp {
  status: FollowUpStatus;
  note: string;
  /** Absent while nobody has touched the case. */
  updatedAt?: string;
}

export type FollowUpForm = { ok: true; status: FollowUpStatus; note: string } | { ok: false; message: string };

export function isFollowUpStatus(value: unknown): value is FollowUpStatus {
  return typeof value === 'string' && (FOLLOW_UP_STATUSES as readonly string[]).includes(value);
}

/** The first value of a form field (a field sent twice arrives as a list), or undefined. */
function firstValue(value: unknown): string | undefined {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : undefined;
}

/** The inbox form's fields (`application/x-www-form-urlencoded`, parsed): status and note, checked. */
export function parseFollowUpForm(fields: Record<string, unknown>): FollowUpForm {
  const status = firstValue(fields.status);
  if (!isFollowUpStatus(status)) return { ok: false, message: `Status must be one of: ${CASE_STATUSES.join(', ')}.` };
  // A browser sends a textarea's line breaks as CRLF while its maxlength counted them as one character each:
  // count them the same way, so a note the form accepted is never refused here.
  const note = (firstValue(fields.note) ?? '').replace(/\r\n?/g, '\n').trim();
  if (note.length > MAX_NOTE_CHARS) {
    return { ok: false, message: `The note is ${note.length} characters; keep it to ${MAX_NOTE_CHARS}.` };
  }
  return { ok: true, status, note };
}
