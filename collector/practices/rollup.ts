/**
 * A group's roll-up: per practice the staff member sees, what came in and what still needs a call. For the inbox of
 * anyone who sees more than one practice and `GET /api/staff/practices` (the console's Practices screen).
 */
import type { SubmissionStore } from '../store/index.js';
import type { Practice } from './practices.js';

export interface PracticeRollup {
  practice: Practice;
  firstImpressions: number;
  whatWentWrong: number;
  /** "What went wrong" cases not yet resolved. */
  openCases: number;
  /** Kept and shown, not counted in results. */
  looksAutomated: number;
  /** Submissions naming a location the practice does not list. */
  unknownLocation: number;
}

/** `practices`: the ones this person sees (in the order given), each with its counts (zeros when nothing came). */
export async function rollUp(store: SubmissionStore, practices: readonly Practice[]): Promise<PracticeRollup[]> {
  const ids = practices.map((p) => p.id);
  const [counts, open] = await Promise.all([store.countByPractice(ids), store.openCasesByPractice(ids)]);
  return practices.map((practice) => {
    const mine = counts.filter((c) => c.practiceId === practice.id);
    const of = (kind: string) => mine.filter((c) => c.kind === kind).reduce((sum, c) => sum + c.patients, 0);
    return {
      practice,
      firstImpressions: of('first-impression'),
      whatWentWrong: of('what-went-wrong'),
      openCases: open.get(practice.id) ?? 0,
      looksAutomated: mine.reduce((sum, c) => sum + c.automated, 0),
      unknownLocation: mine.reduce((sum, c) => sum + c.unknownLocation, 0),
    };
  });
}
