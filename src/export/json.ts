import type { Submission } from '../core/definition.js';

/** Submissions exactly as they were posted, as one readable JSON array (for records or another system). */
export function toJson(submissions: readonly Submission[]): string {
  return JSON.stringify(submissions, null, 2) + '\n';
}
