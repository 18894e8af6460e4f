/**
 * A digest's figures for one practice (store reads): the answers of the period by kind, its Friends and Family Test
 * counts, and — now — the open cases, the overdue ones and the alerts not closed. Counts only: no patient's words.
 */
import { fftCounts, type FftCounts } from '../../src/core/results/fft-figures.js';
import type { Practice } from '../practices/practices.js';
import type { SubmissionStore } from '../store/index.js';
import { NO_DUE } from '../store/inbox-rows.js';

export interface CountedFigures {
  from: string;
  to: string;
  firstImpressions: number;
  whatWentWrong: number;
  counts: FftCounts;
  openCases: number;
  overdueCases: number;
  openAlerts: number;
}

export async function digestFigures(
  store: SubmissionStore,
  practice: Practice,
  from: Date,
  to: Date,
): Promise<CountedFigures> {
  const db = store.db;
  const rows = await db
    .selectFrom('submissions')
    .select(['kind', 'body'])
    .where('practice_id', '=', practice.id)
    .where('received_at', '>=', from.toISOString())
    .where('received_at', '<', to.toISOString())
    .where('automation', 'is', null)
    .execute();
  const answers: Record<string, number> = {};
  let firstImpressions = 0;
  let whatWentWrong = 0;
  for (const row of rows) {
    if (row.kind === 'what-went-wrong') whatWentWrong += 1;
    else firstImpressions += 1;
    const overall = ((JSON.parse(row.body) as { answers?: Record<string, unknown> }).answers ?? {}).overall;
    if (typeof overall === 'string') answers[overall] = (answers[overall] ?? 0) + 1;
  }
  // Untouched cases get their row and deadline first, so the overdue count covers them.
  await store.caseClocks.open(new Map([[practice.id, practice.clocks]]), to.getTime());
  const cases = await db
    .selectFrom('case_follow_up as f')
    .innerJoin('submissions as s', 's.id', 'f.submission_id')
    .select((eb) => [
      eb.fn.countAll().as('open'),
      eb.fn
        .count('f.submission_id')
        .filterWhere((w) => w.and([w('f.due_at', '<', to.toISOString()), w('f.due_at', '!=', NO_DUE)]))
        .as('overdue'),
    ])
    .where('s.practice_id', '=', practice.id)
    .where('f.status', '!=', 'resolved')
    .where('s.automation', 'is', null)
    .executeTakeFirst();
  const alerts = await db
    .selectFrom('alerts')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('practice_id', '=', practice.id)
    .where('status', '!=', 'closed')
    .executeTakeFirst();
  return {
    from: from.toISOString(),
    to: to.toISOString(),
    firstImpressions,
    whatWentWrong,
    counts: fftCounts(answers),
    openCases: Number(cases?.open ?? 0),
    overdueCases: Number(cases?.overdue ?? 0),
    openAlerts: Number(alerts?.n ?? 0),
  };
}
