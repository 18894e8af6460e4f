/** How staff read that a submission's words were erased, wherever it is shown (inbox, a patient's data, exports). */
import type { ErasureReason } from '../store/index.js';
import { staffTime } from '../staff-time.js';

const WHY: Record<ErasureReason, string> = {
  'patient-request': "at the patient's request",
  retention: 'after the retention period',
};

export function erasedWords(erased: { at: string; reason: ErasureReason }): string {
  return `Words and contact details erased ${staffTime(erased.at)}, ${WHY[erased.reason]}.`;
}
