/**
 * The Friends and Family Test's return per practice and month (src/core/results-api.ts `FftMonth`): the day counts
 * of `fft_days` added up per collection method (kiosk, website), the counts staff entered by hand (paper, SMS, …),
 * and for a month handed in, its figures then and what has changed since. Pure: the caller reads the counts.
 */
import type { FftMonth } from '../../src/core/results-api.js';
import {
  COLLECTION_METHODS,
  HAND_ENTERED_METHODS,
  fftCounts,
  fftMonthFigures,
  methodOfChannel,
  type CollectionMethod,
  type CountsByMethod,
  type FftCounts,
} from '../../src/core/results/fft-figures.js';
import { monthHandInDifference } from '../../src/core/results/handed-in.js';
import type { HandCountRow, HandInRow } from '../store/fft-hand.js';
import type { FftDayCount } from '../store/monthly-results.js';

export interface FftPractice {
  id: string;
  name: string;
  odsCode: string | null;
}

type Counts = Record<string, number>;

/** The collection method of a day count: a tablet's, or a website's (a submission that named no channel included). */
const methodOf = (channel: string): CollectionMethod => methodOfChannel(channel === 'kiosk' ? 'kiosk' : 'embed');

/** Each practice's and month's counts per method, from the day counts (of one location, when `location` is given). */
export function countsByMonth(days: readonly FftDayCount[], hand: readonly HandCountRow[], location?: string) {
  const found = new Map<string, Map<CollectionMethod, Counts>>();
  const at = (practiceId: string, month: string, method: CollectionMethod) => {
    const k = `${practiceId}\u0000${month}`;
    let methods = found.get(k);
    if (!methods) found.set(k, (methods = new Map<CollectionMethod, Counts>()));
    let counts = methods.get(method);
    if (!counts) methods.set(method, (counts = {} as Counts));
    return counts;
  };
  for (const d of days) {
    if (location !== undefined && d.location !== location) continue;
    const counts = at(d.practice_id, d.day.slice(0, 7), methodOf(d.channel));
    counts[d.answer] = (counts[d.answer] ?? 0) + d.count;
  }
  // Hand counts belong to no location: they are part of a practice's return, not of one place's figures.
  if (location === undefined) {
    for (const h of hand) {
      const counts = at(h.practiceId, h.month, h.method as CollectionMethod);
      for (const [answer, n] of Object.entries(h.counts)) counts[answer] = (counts[answer] ?? 0) + n;
    }
  }
  const byMonth = new Map<string, CountsByMethod>();
  for (const [k, methods] of found) {
    const byMethod: Partial<Record<CollectionMethod, FftCounts>> = {};
    for (const method of COLLECTION_METHODS) {
      const counts = methods.get(method);
      if (counts) byMethod[method] = fftCounts(counts);
    }
    byMonth.set(k, byMethod);
  }
  return byMonth;
}

/**
 * The months of the window with anything counted or handed in, newest first, then by practice name. A handed-in
 * month is compared with what is counted now only for the whole practice (no `location`): a location's figures were
 * never what was handed in.
 */
export function fftMonths(
  practices: readonly FftPractice[],
  byMonth: ReadonlyMap<string, CountsByMethod>,
  handIns: readonly HandInRow[],
  location?: string,
): FftMonth[] {
  const names = new Map(practices.map((p) => [p.id, p]));
  const handedIn = new Map(handIns.map((h) => [`${h.practiceId}\u0000${h.month}`, h]));
  const keys = new Set([...byMonth.keys(), ...(location === undefined ? handedIn.keys() : [])]);
  const months: FftMonth[] = [];
  for (const k of keys) {
    const [practiceId = '', month = ''] = k.split('\u0000');
    const practice = names.get(practiceId);
    if (!practice) continue;
    const now = byMonth.get(k) ?? {};
    const figures = fftMonthFigures(now);
    const row: FftMonth = {
      practiceId,
      practiceName: practice.name,
      odsCode: practice.odsCode,
      month,
      methods: figures.byMethod.map((m) => ({
        method: m.method,
        handEntered: HAND_ENTERED_METHODS.includes(m.method),
        figures: m.figures,
      })),
      all: figures.all,
    };
    const frozen = location === undefined ? handedIn.get(k) : undefined;
    if (frozen) {
      const then = fftMonthFigures(frozen.figures);
      const difference = monthHandInDifference(frozen.figures, now);
      row.handedIn = {
        at: frozen.at,
        by: frozen.by,
        all: then.all,
        methods: then.byMethod.map((m) => ({ method: m.method, figures: m.figures })),
        later: difference.all.later,
        fewer: difference.all.fewer,
      };
    }
    months.push(row);
  }
  return months.sort((a, b) =>
    a.month !== b.month ? (a.month < b.month ? 1 : -1) : a.practiceName.localeCompare(b.practiceName),
  );
}
