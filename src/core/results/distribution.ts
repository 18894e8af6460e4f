/**
 * How a question was answered, as shares (issue 13, stage 3): "45 % said very good, 27 % good …", never an average
 * of the words. The answers of a choice question are categories, not numbers: "good" is not the mean of "very good"
 * and "neither", so a mean of them would be a number that means nothing.
 *
 * Rows come in the question's own order (its options, even those nobody chose, so the rows do not move from month
 * to month), then any answer the question no longer offers (an option since removed, shown as it came, as
 * answer-words.ts does), then "not answered" — the results' `''` count — so the shares account for everyone asked.
 *
 * The share's denominator is everyone asked (all counts, unanswered included). A multiple-choice question counts a
 * patient once per option chosen: pass the number of patients as `respondents`, and each share is of the patients
 * (the shares then add up to more than 100 %).
 */

/** The results' key for patients who left the question unanswered. */
export const NOT_ANSWERED = '';

export interface AnswerShare {
  /** The option's value (`very-good`), or `''` for not answered. */
  readonly answer: string;
  readonly count: number;
  /** Unrounded, 0–100; null when nobody was asked. */
  readonly percent: number | null;
  /** Whether the question still offers this answer (false for a removed option and for not answered). */
  readonly offered: boolean;
}

export interface ShareOptions {
  /** For a multiple-choice question: how many patients answered or were asked; each share is of them. */
  readonly respondents?: number | undefined;
}

/** The share of each answer of one question, in the question's order, with not answered last. */
export function answerShares(
  counts: Readonly<Record<string, number | undefined>>,
  options: readonly string[],
  shareOptions: ShareOptions = {},
): AnswerShare[] {
  const offered = new Set(options);
  const removed = Object.keys(counts)
    .filter((answer) => answer !== NOT_ANSWERED && !offered.has(answer) && (counts[answer] ?? 0) > 0)
    .sort();
  const rows = [
    ...options.map((answer) => ({ answer, offered: true })),
    ...removed.map((answer) => ({ answer, offered: false })),
    { answer: NOT_ANSWERED, offered: false },
  ];
  const countOf = (answer: string) => {
    const n = counts[answer] ?? 0;
    if (!Number.isSafeInteger(n) || n < 0)
      throw new RangeError(`The count of "${answer}" is not a whole number ≥ 0: ${n}`);
    return n;
  };
  const asked = shareOptions.respondents ?? rows.reduce((sum, row) => sum + countOf(row.answer), 0);
  return rows.map(({ answer, offered }) => {
    const count = countOf(answer);
    return { answer, count, percent: asked === 0 ? null : (100 * count) / asked, offered };
  });
}
