/**
 * One erasure, whoever asks for it (a patient through staff, or the retention period): each submission's body
 * rewritten without the patient's words and contact details (redact.ts), its case notes emptied, and the same done
 * in the copies the collector made before migrations. Auditing is the caller's: per submission for a request, per
 * batch for retention.
 */
import type { ErasureReason, StoredSubmission, SubmissionStore } from '../store/index.js';
import type { KnownSurveys } from '../surveys/known-surveys.js';
import { eraseInBackups } from './backups.js';
import { redactSubmission } from './redact.js';

export interface Erased {
  /** The submissions erased now (one erased before is left as it was). */
  ids: string[];
  /** How many backup copies held any of them and were rewritten too. */
  backups: number;
}

export async function eraseSubmissions(
  store: SubmissionStore,
  surveys: KnownSurveys,
  submissions: readonly StoredSubmission[],
  reason: ErasureReason,
  at: string,
): Promise<Erased> {
  // A practice's own survey added in another process is known before its answers are sorted into words and choices.
  await surveys.refresh();
  const items = submissions
    .filter((s) => !s.erased)
    .map((s) => ({ id: s.id, body: redactSubmission(s.body, surveys) }));
  const ids = await store.erase(items, reason, at);
  const done = items.filter((item) => ids.includes(item.id));
  const backups = store.engine === 'sqlite' ? eraseInBackups(store.dataDir, done, at, reason).length : 0;
  return { ids, backups };
}
