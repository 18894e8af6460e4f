/**
 * Results — how patients answered, per practice and month — read from monthly aggregates, so they answer as fast at
 * ten million submissions as at a hundred (issue 11).
 *
 * - `rollUp()` folds the patients' submissions that arrived since the last fold (arrival number above the watermark;
 *   those that look automated are not results) into `monthly_results`, a chunk per transaction
 *   (store/monthly-results.ts). The results job (`startResults`) runs it at start and every minute, claimed by one
 *   collector process at a time (store/claim.ts).
 * - `results(query)` adds up the aggregates and the submissions beyond the watermark (read from their rows: at most a
 *   minute's arrivals once the job has caught up), from one snapshot: exact at any moment, whether or not a fold has
 *   run.
 *
 * The aggregates are only ever added to. A submission is never deleted — at a patient's request or at the end of the
 * retention period only its words are erased — and erasing keeps its choices, which are all that is counted
 * (counted-answers.ts): so nothing ever needs to be taken back out.
 *
 * A month is the practice's, as its time zone is when the submission is folded (zone-month.ts); changing a practice's
 * time zone does not move submissions already folded (only those within hours of a month's end could move).
 */
import { knownSurveys, type KnownSurveys } from '../surveys/known-surveys.js';
import type { ClaimOutcome, SubmissionStore } from '../store/index.js';
import {
  FIRST_CHUNK,
  MonthlyResultsStore,
  type ArrivedRow,
  type FftDayCount,
  type FftFilter,
  type FoldedCounts,
  type MonthlyCount,
  type MonthlyFilter,
  type TimeZones,
} from '../store/monthly-results.js';
import { countedAnswers } from './counted-answers.js';
import { FftCounter } from './fft-counter.js';
import { ZoneMonths } from './zone-month.js';

export { countedAnswers, type CountedAnswer } from './counted-answers.js';
export { ZoneMonths } from './zone-month.js';
export { percentPositive, totals } from './figures.js';

/** Patients' submissions folded per transaction: a few tens of milliseconds of work, so ingest never waits long. */
export const ROLL_UP_CHUNK = 5000;
/** Practices that are not (or no longer) in the practices table count in UTC months. */
const FALLBACK_ZONE = 'UTC';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface ResultsQuery {
  /** Only these practices (an account's scope, or the ones asked for); unset: every practice; empty: none. */
  practices?: readonly string[] | undefined;
  /** First month, `YYYY-MM` (in each practice's time zone), inclusive. */
  from?: string | undefined;
  /** Last month, `YYYY-MM`, inclusive. */
  to?: string | undefined;
  /** `first-impression`, `what-went-wrong`; unset: every kind. */
  kind?: string | undefined;
  /** One survey: every version of it, or only `version`. Unset: every survey. */
  survey?: { id: string; version?: string | undefined } | undefined;
  /** A choice question's id (`overall`, `categories`); unset: every one. */
  question?: string | undefined;
}

/** How one practice's patients answered one question of one survey version in one month. */
export interface MonthResult {
  practiceId: string;
  /** `YYYY-MM` in the practice's time zone. */
  month: string;
  kind: string;
  /** The survey version the submissions named (`''` for one that named none). */
  surveyId: string;
  surveyVersion: string;
  question: string;
  /** Option value → how many chose it; `''`: how many left the question unanswered. */
  counts: Record<string, number>;
}

export interface RollUpReport {
  /** Patients' submissions counted in this run. */
  folded: number;
  /** Transactions committed. */
  chunks: number;
  /** The watermark after the run: the last arrival number in the aggregates. */
  through: number;
}

export interface FoldOptions {
  /** Submissions per transaction; default ROLL_UP_CHUNK (a one-off catch-up may take larger ones). */
  chunk?: number;
  /** Stops the fold between two chunks (the collector closing): what is committed stays, the next run goes on. */
  signal?: AbortSignal | undefined;
  /** Tests only: runs inside each chunk's transaction after its counts are added, before the watermark moves. */
  beforeCommit?: (chunk: number) => void | Promise<void>;
}

export class ResultsQueryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ResultsQueryError';
  }
}

export class MonthlyResults {
  private readonly queries: MonthlyResultsStore;
  private readonly months = new ZoneMonths();

  constructor(
    private readonly store: SubmissionStore,
    private readonly surveys: KnownSurveys = knownSurveys(),
  ) {
    this.queries = new MonthlyResultsStore(store.db, store.engine);
  }

  /**
   * Folds everything that has arrived (and settled: store/monthly-results.ts) into the aggregates, if no other run
   * of the results job is under way in this process or, on PostgreSQL, in any process on the database.
   */
  rollUp(options: Omit<FoldOptions, 'beforeCommit'> = {}): Promise<ClaimOutcome<RollUpReport>> {
    return this.store.claims.run('results', () => this.fold(options));
  }

  /**
   * The fold itself, without the job's claim: for tools and tests. Still safe beside another fold — the watermark row
   * is locked for each chunk's transaction — but two would only take turns.
   */
  async fold(options: FoldOptions = {}): Promise<RollUpReport> {
    const chunk = Math.max(1, Math.floor(options.chunk ?? ROLL_UP_CHUNK));
    // Every survey version added before the rows to fold arrived, so each is counted by its own questions.
    await this.surveys.refresh();
    const report: RollUpReport = { folded: 0, chunks: 0, through: await this.queries.watermark() };
    const settled = await this.queries.settledArrival();
    if (settled === undefined || settled <= report.through || options.signal?.aborted) return report;
    // Sized by the text read, like exports: a flood of long submissions never holds 5,000 of them at once.
    let size = Math.min(chunk, FIRST_CHUNK);
    for (;;) {
      const number = report.chunks + 1;
      const done = await this.queries.foldChunk(
        size,
        settled,
        (rows, zones) => this.aggregate(rows, zones),
        options.beforeCommit && (() => options.beforeCommit?.(number)),
      );
      report.folded += done.rows;
      report.chunks = number;
      report.through = done.through;
      if (done.done || options.signal?.aborted) return report;
      size = Math.min(chunk, done.next);
    }
  }

  /** Counts per practice and month (and kind, question, answer) of the query, from the aggregates and the rows beyond. */
  async results(query: ResultsQuery = {}): Promise<MonthResult[]> {
    checkMonths(query);
    if (query.practices?.length === 0) return [];
    await this.surveys.refresh();
    const found = new Map<string, MonthResult>();
    const resultOf = (c: Omit<MonthlyCount, 'answer' | 'count'>) => {
      const key = [c.practice_id, c.month, c.kind, c.survey_id, c.survey_version, c.question].join('\u0000');
      let result = found.get(key);
      if (!result) {
        const { practice_id: practiceId, month, kind, survey_id: surveyId, survey_version: surveyVersion } = c;
        result = { practiceId, month, kind, surveyId, surveyVersion, question: c.question, counts: {} };
        found.set(key, result);
      }
      return result.counts;
    };
    const aggregates = await this.queries.read(filterOf(query), (rows, zones) => {
      for (const c of this.aggregate(rows, zones).monthly) {
        if (!matches(query, c)) continue;
        const counts = resultOf(c);
        counts[c.answer] = (counts[c.answer] ?? 0) + c.count;
      }
    });
    for (const a of aggregates) {
      const counts = resultOf(a);
      for (const [answer, n] of Object.entries(a.counts)) counts[answer] = (counts[answer] ?? 0) + n;
    }
    const order = (r: MonthResult) => [r.practiceId, r.month, r.kind, r.surveyId, r.surveyVersion, r.question];
    return [...found.values()].sort((a, b) => {
      const [x, y] = [order(a), order(b)];
      for (let i = 0; i < x.length; i += 1) if (x[i] !== y[i]) return (x[i] ?? '') < (y[i] ?? '') ? -1 : 1;
      return 0;
    });
  }

  /**
   * How often each answer to one question was given, over the practices and months of the query: the sums are made
   * in the database (and the submissions after the watermark added), so this costs the same for one practice's month
   * as for a group's five years. What the staff inbox shows: `answerCounts({ kind: 'first-impression', question:
   * 'overall', practices })`. Answer `''`: unanswered.
   */
  async answerCounts(query: ResultsQuery & { question: string }): Promise<Record<string, number>> {
    checkMonths(query);
    const counts: Record<string, number> = {};
    if (query.practices?.length === 0) return counts;
    await this.surveys.refresh();
    const add = (answer: string, n: number) => (counts[answer] = (counts[answer] ?? 0) + n);
    const sums = await this.queries.readTotals(filterOf(query), (rows, zones) => {
      for (const c of this.aggregate(rows, zones).monthly) if (matches(query, c)) add(c.answer, c.count);
    });
    for (const s of sums) add(s.answer, s.count);
    return counts;
  }

  /**
   * The FFT's answers per practice, day, channel, location and answer over the days asked for: the aggregates and
   * the submissions beyond the watermark, from one snapshot (exact at any moment).
   */
  async fftDays(filter: FftFilter): Promise<FftDayCount[]> {
    if (filter.practices?.length === 0) return [];
    const beyond = new FftCounter();
    const found = await this.queries.readFft(filter, (rows, zones) => {
      for (const row of rows) {
        let body: Record<string, unknown> = {};
        try {
          body = JSON.parse(row.body) as Record<string, unknown>;
        } catch {
          // Never stored (see aggregate).
        }
        beyond.add(row, body, zones.get(row.practice_id) ?? FALLBACK_ZONE);
      }
    });
    const inDays = beyond.counts().filter((c) => c.day >= filter.fromDay && c.day <= filter.toDay);
    return [...found, ...inDays];
  }

  /**
   * Submissions counted in memory: one row per practice, month, kind, question and answer. Maps within maps, so a
   * row builds one key (practice, month, kind) and its answers only look up: this is the roll-up's inner loop.
   */
  private aggregate(rows: readonly ArrivedRow[], zones: TimeZones): FoldedCounts {
    const counts: MonthlyCount[] = [];
    const fft = new FftCounter();
    const groups = new Map<string, Map<string, Map<string, MonthlyCount>>>();
    for (const row of rows) {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(row.body) as Record<string, unknown>;
      } catch {
        // Never stored: every body was parsed before it was kept. Counted as unanswered rather than stopping the job.
        body = {};
      }
      const zone = zones.get(row.practice_id) ?? FALLBACK_ZONE;
      fft.add(row, body, zone);
      const month = this.months.monthOf(body.submittedAt, row.received_at, zone);
      const named = body.survey as { id?: unknown; version?: unknown } | undefined;
      const surveyId = typeof named?.id === 'string' ? named.id : '';
      const surveyVersion = typeof named?.version === 'string' ? named.version : '';
      const group = [row.practice_id, month, row.kind, surveyId, surveyVersion].join('\u0000');
      let questions = groups.get(group);
      if (!questions) groups.set(group, (questions = new Map<string, Map<string, MonthlyCount>>()));
      for (const [question, answer] of countedAnswers(body, this.surveys)) {
        let answers = questions.get(question);
        if (!answers) questions.set(question, (answers = new Map<string, MonthlyCount>()));
        const known = answers.get(answer);
        if (known) known.count += 1;
        else {
          const count = {
            practice_id: row.practice_id,
            month,
            kind: row.kind,
            survey_id: surveyId,
            survey_version: surveyVersion,
            question,
            answer,
            count: 1,
          };
          answers.set(answer, count);
          counts.push(count);
        }
      }
    }
    return { monthly: counts, fft: fft.counts() };
  }
}

function checkMonths(query: ResultsQuery): void {
  for (const [name, month] of [
    ['from', query.from],
    ['to', query.to],
  ] as const) {
    if (month !== undefined && !MONTH.test(month)) throw new ResultsQueryError(`${name} must be a month: YYYY-MM`);
  }
}

/** Whether a count made from the rows after the watermark is one the query asks for (practice and kind already are). */
function matches(query: ResultsQuery, c: MonthlyCount): boolean {
  return (
    (query.from === undefined || c.month >= query.from) &&
    (query.to === undefined || c.month <= query.to) &&
    (query.survey === undefined || c.survey_id === query.survey.id) &&
    (query.survey?.version === undefined || c.survey_version === query.survey.version) &&
    (query.question === undefined || c.question === query.question)
  );
}

/** The query as the store filters the aggregates. */
function filterOf(query: ResultsQuery): MonthlyFilter {
  const { survey, ...rest } = query;
  return { ...rest, surveyId: survey?.id, surveyVersion: survey?.version };
}

/**
 * Rolls the results up now and then every `everyMs` (a minute), until stopped; failures are logged, not thrown. With
 * several collector processes on one PostgreSQL database one of them folds each run and the others skip it.
 */
export function startResults(results: MonthlyResults, log: (line: string) => void, everyMs = 60_000) {
  const stopping = new AbortController();
  let running: Promise<void> | undefined;
  const run = () => {
    // A run still under way (a catch-up of many rows) is left to finish: the next tick after it goes on.
    if (running) return;
    running = results
      .rollUp({ signal: stopping.signal })
      .then(
        () => undefined,
        (error: unknown) => log(`Results could not be rolled up: ${(error as Error).message}`),
      )
      .finally(() => (running = undefined));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return {
    /** Stops the timer and waits for the chunk under way to commit (before the store closes). */
    async stop() {
      clearInterval(timer);
      stopping.abort();
      await running;
    },
  };
}
