/**
 * The four special-cause rules of an XmR chart as NHS England's Making Data Count (MDC) applies them, point by point.
 * The source is MDC's own code, "NHSE SPC Charts SQL Query v2.6" (Matthew Callus, NHS England; the version of
 * 10/01/2024, copied in github.com/NHSDigital/fdp-react-design-system,
 * src/components/DataVisualisation/charts/SPC/SPCChart/logic_v2/docs/), cross-checked with the NHS-R Community's
 * NHSRplotthedots (github.com/nhs-r-community/NHSRplotthedots, R/ptd_calculate_point_type.R):
 *
 * - outside the limits: a point above the upper or below the lower process limit;
 * - shift: a run of points all above or all below the mean — 6 by default ("Changed
 *   @SettingSpecialCauseShiftPoints default to 6", v2.6; older MDC material and NHSRplotthedots say 7, MDC warns
 *   outside 6–8). A point on the mean belongs to neither side and ends a run;
 * - trend: a run of points each higher (or each lower) than the one before, counting both ends — 6 by default
 *   (v2.6; 7 before). Equal neighbours end a run. A trend may run across the end of a baseline;
 * - two of three: two or three points of three in a row beyond the two-sigma line on the same side, all three on
 *   that side of the mean; points beyond the process limit count too (v2.6: "allowing points beyond three-sigma to
 *   count"; NHSRplotthedots still leaves them out). Only the points beyond two sigma are part of it.
 *
 * Shifts and two-of-three look only within a partition — the baseline, then the points after it — as MDC's
 * `PartitionIDExcludeGhosting` does; a trend looks at the whole series, as MDC's trend does.
 */

export type Rule = 'outside-limits' | 'shift' | 'trend' | 'two-of-three';
export type Side = 'high' | 'low';

/** A rule a point is part of, and on which side (a trend's side is its direction: rising is high). */
export interface RuleHit {
  readonly rule: Rule;
  readonly side: Side;
}

/**
 * MDC's precedence when a point is part of rules on both sides (an improvement and a concern at once): the side
 * whose strongest rule ranks higher wins — trend, then shift, then two of three, then a single point.
 */
export const RULE_RANK: Readonly<Record<Rule, number>> = { trend: 4, shift: 3, 'two-of-three': 2, 'outside-limits': 1 };

export interface RuleInput {
  readonly values: readonly number[];
  readonly mean: number;
  readonly upperLimit: number;
  readonly lowerLimit: number;
  readonly upperTwoSigma: number;
  readonly lowerTwoSigma: number;
  /** Where each partition starts: `[0]`, or `[0, baseline]`. */
  readonly partitionStarts: readonly number[];
  readonly shiftPoints: number;
  readonly trendPoints: number;
}

type Sign = -1 | 0 | 1;
const sideOf = (sign: Sign): Side => (sign > 0 ? 'high' : 'low');

/** Each point's rules, in the order of the values. */
export function findRuleHits(input: RuleInput): RuleHit[][] {
  const { values } = input;
  const hits: RuleHit[][] = values.map(() => []);
  const mark = (i: number, rule: Rule, sign: Sign) => hits[i]!.push({ rule, side: sideOf(sign) });

  values.forEach((v, i) => {
    if (v > input.upperLimit) mark(i, 'outside-limits', 1);
    else if (v < input.lowerLimit) mark(i, 'outside-limits', -1);
  });

  const relativeToMean = values.map((v): Sign => (v > input.mean ? 1 : v < input.mean ? -1 : 0));
  const beyondTwoSigma = values.map((v): Sign => (v > input.upperTwoSigma ? 1 : v < input.lowerTwoSigma ? -1 : 0));
  const ends = [...input.partitionStarts.slice(1), values.length];
  input.partitionStarts.forEach((start, p) => {
    const end = ends[p]!;
    for (const [from, to, sign] of runs(relativeToMean, start, end)) {
      if (to - from >= input.shiftPoints) for (let i = from; i < to; i++) mark(i, 'shift', sign);
    }
    for (let w = start; w + 3 <= end; w++) {
      for (const sign of [1, -1] as const) {
        const window = [w, w + 1, w + 2];
        if (!window.every((i) => relativeToMean[i] === sign)) continue;
        const beyond = window.filter((i) => beyondTwoSigma[i] === sign);
        if (beyond.length < 2) continue;
        // Overlapping windows find a point twice: keep one hit per point.
        for (const i of beyond) if (!hits[i]!.some((h) => h.rule === 'two-of-three')) mark(i, 'two-of-three', sign);
      }
    }
  });

  // step[i]: how point i moved from point i − 1; a run of k equal steps covers k + 1 points.
  const step = values.map((v, i): Sign => (i === 0 ? 0 : v > values[i - 1]! ? 1 : v < values[i - 1]! ? -1 : 0));
  for (const [from, to, sign] of runs(step, 1, values.length)) {
    if (to - from + 1 >= input.trendPoints) for (let i = from - 1; i < to; i++) mark(i, 'trend', sign);
  }
  return hits;
}

/** Maximal runs `[from, to)` of one non-zero sign within `[start, end)`. */
function* runs(signs: readonly Sign[], start: number, end: number): Generator<[number, number, 1 | -1]> {
  let from = start;
  while (from < end) {
    const sign = signs[from]!;
    let to = from + 1;
    while (to < end && signs[to] === sign) to++;
    if (sign !== 0) yield [from, to, sign];
    from = to;
  }
}
