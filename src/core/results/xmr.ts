/**
 * An XmR statistical process control chart as NHS England's Making Data Count (MDC) draws it (issue 13, stage 3):
 * for the weekly "% positive" of a practice, the question it answers is "has something changed, or is this the
 * usual week-to-week noise?".
 *
 * The arithmetic, as MDC's SQL ("NHSE SPC Charts SQL Query v2.6", see xmr-rules.ts) and NHSRplotthedots
 * (R/ptd_spc_standard.R) do it:
 *
 *   mean                 of the values (of the baseline's, when there is one)
 *   moving range         |value − previous value|, from the second point on
 *   mean moving range    of the moving ranges (of the baseline's)
 *   process limits       mean ± 2.66 × mean moving range
 *   two-sigma lines      mean ± 2.66 × ⅔ × mean moving range
 *
 * 2.66 is 3 / 1.128 rounded (1.128 is d₂ for ranges of two): sigma here is 2.66 / 3 × mean moving range, which is
 * mean moving range / 1.128 to three figures. MDC's constants are kept exactly so the limits match its tools: for 18
 * days of 1, 2, 1, 2, 10, 1, 2, … MDC's Excel tool gives mean 1.94 and limits 6.95 and −3.06, as NHSRplotthedots
 * documents it (vignettes/deviations.Rmd, "produces the same output as Excel"). MDC's tools do not screen out large
 * moving ranges by default (`@ExcludeMovingRangeOutliers = 0`), and neither does this.
 *
 * With fewer than 13 points MDC draws a run chart — no limits, no signals, no icon (`@SettingMinimumPoints = 13`,
 * v2.6): so does this, with the mean and moving ranges still given.
 *
 * Percentages: MDC's SQL does not clamp the limits; a percentage chart has its vertical axis held to 0–100 %
 * (`VerticalAxisMinFlex` 0, `VerticalAxisMaxFlex` 1 in its sample percentage metric), so a limit past 100 % is drawn
 * at the edge. `shownUpperLimit` / `shownLowerLimit` are the limits so clamped; the signals use the limits themselves
 * (no percentage can be beyond a limit that is past 0 or 100, so the answer is the same).
 *
 * The variation icon is the last point's (MDC "adds the variation … icon for the last non-ghosted point").
 */
import { RULE_RANK, findRuleHits, type RuleHit, type Side } from './xmr-rules.js';

export type { Rule, RuleHit, Side } from './xmr-rules.js';

/** MDC's constant: 3 / d₂ (d₂ = 1.128), rounded as MDC rounds it. */
export const LIMIT_FACTOR = 2.66;

/** One value of the series, e.g. a week's % positive and the week's Monday. */
export interface XmrPoint {
  readonly date: string;
  readonly value: number;
}

/** Which way is better: % positive is better `up`; a count of complaints `down`; `neither` only watches. */
export type Improvement = 'up' | 'down' | 'neither';

/** A point's special cause, after MDC's precedence has settled a point that is part of rules on both sides. */
export type SpecialCause = 'improvement' | 'concern' | 'neither-high' | 'neither-low';

/** MDC's variation icons. */
export type Variation =
  | 'common-cause'
  | 'improvement-high'
  | 'improvement-low'
  | 'concern-high'
  | 'concern-low'
  | 'neither-high'
  | 'neither-low';

export interface XmrOptions {
  /** Default `up`. */
  readonly improvement?: Improvement | undefined;
  /** Work out the mean and limits from the first N points only (N ≥ 2; at least 12 advised, as MDC warns). */
  readonly baseline?: number | undefined;
  /** The values are percentages: the shown limits are held to 0–100. */
  readonly percentage?: boolean | undefined;
  /** Points in a shift; MDC's default 6 (6–8). */
  readonly shiftPoints?: number | undefined;
  /** Points in a trend; MDC's default 6 (6–8). */
  readonly trendPoints?: number | undefined;
  /** Fewer points than this make a run chart; MDC's default 13. */
  readonly minimumPoints?: number | undefined;
  /** Which wins when a point's strongest rules on both sides rank the same; MDC's sample metrics say `concern`. */
  readonly conflict?: 'improvement' | 'concern' | undefined;
}

export interface ChartedPoint extends XmrPoint {
  /** |value − previous value|; null for the first point. */
  readonly movingRange: number | null;
  /** The rules this point is part of (none on a run chart). */
  readonly signals: readonly RuleHit[];
  /** Null: common cause. */
  readonly special: SpecialCause | null;
}

export interface XmrChart {
  readonly points: readonly ChartedPoint[];
  /** Null when there are no points. */
  readonly mean: number | null;
  /** Null with fewer than two points. */
  readonly movingRangeMean: number | null;
  /** The points the mean and limits come from (the baseline's length, or all). */
  readonly limitsFrom: number;
  /** The points an SPC chart needs (the option, 13 by default). */
  readonly minimumPoints: number;
  /** Whether there are enough points for an SPC chart; when not, every field below is null. */
  readonly enoughPoints: boolean;
  readonly sigma: number | null;
  readonly upperLimit: number | null;
  readonly lowerLimit: number | null;
  readonly upperTwoSigma: number | null;
  readonly lowerTwoSigma: number | null;
  /** The limits as drawn: for percentages, held to 0–100. */
  readonly shownUpperLimit: number | null;
  readonly shownLowerLimit: number | null;
  /** The icon for the last point. */
  readonly variation: Variation | null;
}

/** The chart of a series, in the order given (oldest first). */
export function xmrChart(series: readonly XmrPoint[], options: XmrOptions = {}): XmrChart {
  const values = series.map((p) => p.value);
  if (!values.every(Number.isFinite)) throw new RangeError('Every value of an XmR chart must be a finite number');
  const baseline = options.baseline;
  if (baseline !== undefined && !(Number.isInteger(baseline) && baseline >= 2)) {
    throw new RangeError(`A baseline is a whole number of points, at least 2: ${baseline}`);
  }
  const limitsFrom = baseline === undefined ? values.length : Math.min(baseline, values.length);
  const movingRanges = values.map((v, i) => (i === 0 ? null : Math.abs(v - values[i - 1]!)));
  const mean = limitsFrom === 0 ? null : average(values.slice(0, limitsFrom));
  const baselineRanges = movingRanges.slice(1, limitsFrom) as number[];
  const movingRangeMean = baselineRanges.length === 0 ? null : average(baselineRanges);
  const minimumPoints = Math.max(2, options.minimumPoints ?? 13);
  const enoughPoints = values.length >= minimumPoints;

  if (!enoughPoints || mean === null || movingRangeMean === null) {
    return {
      points: series.map((p, i) => ({
        date: p.date,
        value: p.value,
        movingRange: movingRanges[i]!,
        signals: [],
        special: null,
      })),
      mean,
      movingRangeMean,
      limitsFrom,
      minimumPoints,
      enoughPoints: false,
      ...NO_LIMITS,
    };
  }

  const width = LIMIT_FACTOR * movingRangeMean;
  const upperLimit = mean + width;
  const lowerLimit = mean - width;
  const upperTwoSigma = mean + (width * 2) / 3;
  const lowerTwoSigma = mean - (width * 2) / 3;
  const hits = findRuleHits({
    values,
    mean,
    upperLimit,
    lowerLimit,
    upperTwoSigma,
    lowerTwoSigma,
    partitionStarts: limitsFrom < values.length ? [0, limitsFrom] : [0],
    shiftPoints: options.shiftPoints ?? 6,
    trendPoints: options.trendPoints ?? 6,
  });
  const improvement = options.improvement ?? 'up';
  const points = series.map((p, i) => ({
    date: p.date,
    value: p.value,
    movingRange: movingRanges[i]!,
    signals: hits[i]!,
    special: specialCause(hits[i]!, improvement, options.conflict ?? 'concern'),
  }));
  const clamp = options.percentage === true;
  return {
    points,
    mean,
    movingRangeMean,
    limitsFrom,
    minimumPoints,
    enoughPoints: true,
    sigma: width / 3,
    upperLimit,
    lowerLimit,
    upperTwoSigma,
    lowerTwoSigma,
    shownUpperLimit: clamp ? Math.min(100, upperLimit) : upperLimit,
    shownLowerLimit: clamp ? Math.max(0, lowerLimit) : lowerLimit,
    variation: variationOf(points[points.length - 1]!.special, improvement),
  };
}

const NO_LIMITS = {
  sigma: null,
  upperLimit: null,
  lowerLimit: null,
  upperTwoSigma: null,
  lowerTwoSigma: null,
  shownUpperLimit: null,
  shownLowerLimit: null,
  variation: null,
} as const;

/** A point's special cause: the side of its strongest rule (MDC's precedence), then improvement or concern. */
export function specialCause(
  hits: readonly RuleHit[],
  improvement: Improvement,
  conflict: 'improvement' | 'concern',
): SpecialCause | null {
  const rank = (side: Side) => Math.max(0, ...hits.filter((h) => h.side === side).map((h) => RULE_RANK[h.rule]));
  const high = rank('high');
  const low = rank('low');
  if (high === 0 && low === 0) return null;
  if (improvement === 'neither') return high > 0 ? 'neither-high' : 'neither-low';
  const better: Side = improvement === 'up' ? 'high' : 'low';
  const worse: Side = better === 'high' ? 'low' : 'high';
  // Equal ranks means rules on both sides (at least one rank is above 0): the conflict rule settles it.
  let winner: Side;
  if (high === low) winner = conflict === 'improvement' ? better : worse;
  else winner = high > low ? 'high' : 'low';
  return winner === better ? 'improvement' : 'concern';
}

function variationOf(special: SpecialCause | null, improvement: Improvement): Variation {
  if (special === null) return 'common-cause';
  if (special === 'neither-high' || special === 'neither-low') return special;
  const high = (special === 'improvement') === (improvement === 'up');
  return `${special}-${high ? 'high' : 'low'}`;
}

const average = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
