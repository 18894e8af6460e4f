/**
 * Figures made from results: counts added up, and the Friends and Family Test's "% positive". Pure: the same numbers
 * whether the counts came from the aggregates, the rows, or a test's own count.
 */
import type { MonthResult } from './monthly-results.js';

/** The counts of these results added up, answer by answer (of one question, when given). */
export function totals(results: readonly MonthResult[], question?: string): Record<string, number> {
  const sum: Record<string, number> = {};
  for (const r of results) {
    if (question !== undefined && r.question !== question) continue;
    for (const [answer, n] of Object.entries(r.counts)) sum[answer] = (sum[answer] ?? 0) + n;
  }
  return sum;
}

/** The answers that are not a rating: left out of "% positive", as the NHS Friends and Family Test reports it. */
const NOT_A_RATING = new Set(['dont-know', '']);

/**
 * "% positive" of an `overall` question's counts (Friends and Family Test): very good and good, over every answer
 * other than don't know and unanswered, from 0 to 100 (unrounded); undefined when there is no such answer.
 */
export function percentPositive(counts: Readonly<Record<string, number>>): number | undefined {
  let rated = 0;
  for (const [answer, n] of Object.entries(counts)) if (!NOT_A_RATING.has(answer)) rated += n;
  if (rated === 0) return undefined;
  return (100 * ((counts['very-good'] ?? 0) + (counts.good ?? 0))) / rated;
}
