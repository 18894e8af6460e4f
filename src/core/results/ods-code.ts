/**
 * A practice's organisation code (ODS code), which heads its FFT figures when they are handed in.
 *
 * - A GP practice's code is a letter and five digits: `F81001`. (What is called a GP practice code is a prescribing
 *   cost centre code issued by the NHS Business Services Authority,
 *   https://odsdatasearchandexport.dc4h.link/referenceDataCatalogue/565791179.html.)
 * - Other practices' codes differ: NHS Digital says ODS codes are 1 to 9 letters and digits, and shows a dental
 *   practice as `V03462`, a GP as `G3472185`, a pharmacy as `FVR79` and a branch surgery as `K81003001`
 *   (https://digital.nhs.uk/developer/guides-and-documentation/building-healthcare-software/organisations-and-services).
 *   Any practice's code is accepted as 3 to 8 capital letters and digits, as the issue asks: that takes the dental,
 *   pharmacy and GP practice codes above and leaves out a branch surgery's 9 characters, whose figures are handed
 *   in under its main practice's code.
 *
 * Only the shape is checked: whether a code exists is for the ODS's own look-up.
 */

/** What kind of practice the code is for. */
export type PracticeKind = 'gp' | 'other';

const GP_PRACTICE = /^[A-Z]\d{5}$/;
const ANY_PRACTICE = /^[A-Z0-9]{3,8}$/;

/** A code as typed, tidied: spaces around it removed, letters in capitals (`" f81001 "` → `"F81001"`). */
export function normalizeOdsCode(typed: string): string {
  return typed.trim().toUpperCase();
}

/** Why a (tidied) code cannot be a practice's: `missing`, `not-a-code`, or null when it can. */
export function odsCodeProblem(code: string, kind: PracticeKind): 'missing' | 'not-a-code' | null {
  if (code === '') return 'missing';
  return (kind === 'gp' ? GP_PRACTICE : ANY_PRACTICE).test(code) ? null : 'not-a-code';
}

/** Whether a (tidied) code has the shape of a practice's ODS code. */
export function isOdsCode(code: string, kind: PracticeKind): boolean {
  return odsCodeProblem(code, kind) === null;
}
