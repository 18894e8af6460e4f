/**
 * Counting the Friends and Family Test's answers by day, channel and location (the rows of `fft_days`, migration
 * 015): each first-impression submission of the built-in survey adds one to its practice's local day of `submittedAt`
 * (of arrival when that is not a time), its channel (`kiosk`, `embed`), its location and its `overall` answer (`''`
 * when it is not one of the six). Maps within maps, as the monthly fold's inner loop is.
 */
import { FFT_ANSWERS } from '../../src/core/results/fft-figures.js';
import { localDay } from '../cases/working-days.js';
import type { FftDayCount } from '../store/monthly-results.js';

/** The built-in survey whose `overall` question is the FFT's. */
export const FFT_SURVEY = 'first-impression';
const ANSWERS: ReadonlySet<string> = new Set(FFT_ANSWERS);
const EARLIEST = Date.UTC(1000, 0, 2);
const LATEST = Date.UTC(9999, 11, 30);

const text = (v: unknown) => (typeof v === 'string' ? v : '');

export class FftCounter {
  private readonly found = new Map<string, FftDayCount>();

  /** Counts one submission, if it is the FFT's: `body` parsed, `zone` its practice's. */
  add(row: { kind: string; practice_id: string; received_at: string }, body: Record<string, unknown>, zone: string) {
    if (row.kind !== 'first-impression' || (body.survey as { id?: unknown } | undefined)?.id !== FFT_SURVEY) return;
    let ms = typeof body.submittedAt === 'string' ? Date.parse(body.submittedAt) : NaN;
    if (!(ms >= EARLIEST && ms <= LATEST)) ms = Date.parse(row.received_at);
    const day = localDay(ms, zone);
    const channel = text(body.channel).slice(0, 20);
    const location = text(body.location).slice(0, 200);
    const overall = (body.answers as { overall?: unknown } | undefined)?.overall;
    const answer = typeof overall === 'string' && ANSWERS.has(overall) ? overall : '';
    const key = `${row.practice_id}\u0000${day}\u0000${channel}\u0000${location}\u0000${answer}`;
    const known = this.found.get(key);
    if (known) known.count += 1;
    else this.found.set(key, { practice_id: row.practice_id, day, channel, location, answer, count: 1 });
  }

  counts(): FftDayCount[] {
    return [...this.found.values()];
  }
}
