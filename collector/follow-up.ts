/**
 * Following up a "what went wrong" case at the front desk (seed 003, steps 5–6: keep the promise, follow up):
 * where staff are with it and a short note ("called Tue, apology given, next visit free"). Kept beside the
 * submission in its own table, never written into the patient's submission.
 */

import type { CaseStatus } from '../src/core/staff-api.js';

export type FollowUpStatus = CaseStatus;

/** Status in words (a patient's data page): never by colour alone. */
export const STATUS_WORDS: Record<FollowUpStatus, string> = {
  new: 'New — not followed up yet',
  seen: 'Seen',
  contacted: 'Contacted',
  resolved: 'Resolved',
  reopened: 'Reopened',
};

export interface FollowUp {
  status: FollowUpStatus;
  note: string;
  /** Absent while nobody has touched the case. */
  updatedAt?: string;
}
