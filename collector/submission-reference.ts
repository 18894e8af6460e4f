/** The reference a patient reads out over the phone for a submission: the staff API's and a patient's data page's. */
import { referenceFromId } from '../src/core/reference.js';
import type { StoredSubmission } from './store/index.js';

/** The code the patient was shown (sent with the submission), or the one derived from its id. */
export function referenceOf(s: StoredSubmission): string {
  return typeof s.body.reference === 'string' && s.body.reference ? s.body.reference : referenceFromId(s.id);
}
