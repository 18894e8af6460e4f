/**
 * The Results screen's answer (GET /api/staff/results; src/core/results-api.ts `ResultsPage`) for the practices a
 * person sees over a window of months: the Friends and Family Test's return per practice, month and collection method
 * (fft-months.ts), the weekly % positive and its XmR chart (Making Data Count), each theme question's answers as
 * shares, what went wrong by category, time to first contact against the promise, and the locations compared — every
 * figure from src/core/results/, every count from the aggregates (so it costs the same at 200,000 submissions as at
 * 200). Themes and categories are of every location: the monthly aggregates keep no location.
 */
import type { FftWeek, LocationResult, ResultsPage, ThemeResult } from '../../src/core/results-api.js';
import type { StaffLanguage } from '../../src/core/staff-api.js';
import { answerShares } from '../../src/core/results/distribution.js';
import { fftCounts, fftFigures } from '../../src/core/results/fft-figures.js';
import { firstContactFigures } from '../../src/core/results/first-contact.js';
import { addDays, mondayOf, weeklyChartPoints, weeklyFigures } from '../../src/core/results/weeks.js';
import { xmrChart } from '../../src/core/results/xmr.js';
import type { FindSurvey } from '../../src/core/submission-check.js';
import { addWorkingDays, endOfDay, localDay } from '../cases/working-days.js';
import type { Practice } from '../practices/practices.js';
import type { CaseClocks } from '../store/case-clocks.js';
import type { FftHand } from '../store/fft-hand.js';
import { staffWords } from '../surveys/staff-words.js';
import { totals } from './figures.js';
import { countsByMonth, fftMonths } from './fft-months.js';
import { FFT_SURVEY } from './fft-counter.js';
import { ownSurveyResults, type QuestionResult } from './survey-results.js';
import type { RegisteredSurvey } from '../surveys/survey-registry.js';
import type { MonthlyResults } from './monthly-results.js';

export interface ResultsContext {
  results: Pick<MonthlyResults, 'fftDays' | 'results'>;
  /** The registry's versions the person may see. */
  surveys: readonly RegisteredSurvey[];
  hand: FftHand;
  cases: Pick<CaseClocks, 'contacts' | 'open'>;
  /** The practices asked for among those the person sees. */
  practices: readonly Practice[];
  known: FindSurvey;
  lang: StaffLanguage;
  now: number;
}

export interface ResultsWindow {
  from?: string | undefined;
  to?: string | undefined;
  location?: string | undefined;
}

const DAY = 86_400_000;

/** The month `n` months after `YYYY-MM`. */
function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}

/** The last day of a month. */
const lastDay = (month: string) => addDays(`${addMonths(month, 1)}-01`, -1);

export async function resultsPage(window: ResultsWindow, ctx: ResultsContext): Promise<ResultsPage> {
  const zone = ctx.practices[0]?.timeZone ?? 'UTC';
  const to = window.to ?? localDay(ctx.now, zone).slice(0, 7);
  const from = window.from ?? addMonths(to, -11);
  const ids = ctx.practices.map((p) => p.id);
  const [fromDay, toDay] = [`${from}-01`, lastDay(to)];
  const [days, hand, handIns] = await Promise.all([
    ctx.results.fftDays({ practices: ids, fromDay, toDay }),
    ctx.hand.counts(ids, from, to),
    ctx.hand.handIns(ids, from, to),
  ]);
  const practices = ctx.practices.map((p) => ({ id: p.id, name: p.name, odsCode: p.odsCode, timeZone: p.timeZone }));
  const fft = fftMonths(practices, countsByMonth(days, hand, window.location), handIns, window.location);

  // Weeks: each practice's days are its own; the window's weeks from the Monday of its first day.
  const byWeek = new Map<string, Record<string, number>>();
  const byLocation = new Map<string, Record<string, number>>();
  for (const d of days) {
    const place = `${d.practice_id}\u0000${d.location}`;
    const there = byLocation.get(place) ?? {};
    byLocation.set(place, there);
    there[d.answer] = (there[d.answer] ?? 0) + d.count;
    if (window.location !== undefined && d.location !== window.location) continue;
    const week = mondayOf(d.day);
    const counts = byWeek.get(week) ?? {};
    byWeek.set(week, counts);
    counts[d.answer] = (counts[d.answer] ?? 0) + d.count;
  }
  const weekCounts = new Map([...byWeek].map(([week, counts]) => [week, fftCounts(counts)] as const));
  // Up to this week: the weeks still to come are not gaps.
  const today = localDay(ctx.now, zone);
  const weeks: FftWeek[] = weeklyFigures(weekCounts, { from: fromDay, to: toDay < today ? toDay : today });
  const chart = xmrChart(weeklyChartPoints(weeks), { percentage: true, improvement: 'up' });

  const locations: LocationResult[] = [...byLocation].map(([place, counts]) => {
    const [practiceId = '', location = ''] = place.split('\u0000');
    const practice = ctx.practices.find((p) => p.id === practiceId);
    const named = practice?.locations.find((l) => l.id === location)?.name ?? location;
    const name = ctx.practices.length > 1 && practice ? `${practice.name}: ${named}` : named;
    return { location, name, all: fftFigures(fftCounts(counts)) };
  });
  locations.sort((a, b) => a.name.localeCompare(b.name));

  const { themes, categories } = await answers(ctx, ids, from, to);
  const own = await ownSurveyResults(ctx.results, ctx.surveys, ids, { from, to, lang: ctx.lang });
  const firstContact = await contacts(ctx, from, to);
  return {
    from,
    to,
    practices,
    fft,
    weeks,
    chart,
    themes,
    categories: categories.list,
    recoveryForms: firstContact.cases,
    firstContact,
    locations,
    ownSurveys: own.map((survey) => ({
      id: survey.id,
      version: survey.version,
      title: survey.title,
      answered: survey.answered ?? null,
      questions: survey.questions.map((q) => ownQuestion(q, survey.answered)),
    })),
  };
}

/** A practice's own survey's question as a theme: shares of its answers, of the patients for a multiple choice. */
function ownQuestion(q: QuestionResult, answered: number | undefined): ThemeResult {
  const counts = Object.fromEntries([...q.answers.map(([value, , n]) => [value, n] as const), ['', q.unanswered]]);
  const words = new Map(q.answers.map(([value, said]) => [value, said]));
  const shares = answerShares(
    counts,
    q.answers.map(([value]) => value),
    q.multiple ? { respondents: answered ?? 0 } : {},
  );
  return {
    question: q.id,
    title: q.title,
    answers: shares.map((s) => ({
      value: s.answer,
      words: words.get(s.answer) ?? (s.answer === '' ? '' : s.answer),
      count: s.count,
      percent: q.multiple && answered === undefined ? null : s.percent,
    })),
    total: q.multiple ? (answered ?? 0) : shares.reduce((n, s) => n + s.count, 0),
  };
}

/** The first-impression survey's theme questions as shares, and the recovery form's categories. */
async function answers(ctx: ResultsContext, ids: string[], from: string, to: string) {
  const words = staffWords(ctx.known, { kind: 'first-impression', survey: { id: FFT_SURVEY, version: '1' } }, ctx.lang);
  const counted = await ctx.results.results({ practices: ids, from, to, survey: { id: FFT_SURVEY } });
  const definition = ctx.known(FFT_SURVEY, '1');
  const themes: ThemeResult[] = (definition?.questions ?? [])
    .filter((q) => q.type === 'single' && q.id !== 'overall')
    .map((q) => {
      const counts = totals(counted, q.id);
      const options = words.options(q.id);
      const shares = answerShares(
        counts,
        options.map(([value]) => value),
      );
      return {
        question: q.id,
        title: words.question(q.id),
        answers: shares.map((s) => ({
          value: s.answer,
          words: s.answer === '' ? '' : words.answer(q.id, s.answer),
          count: s.count,
          percent: s.percent,
        })),
        total: shares.reduce((n, s) => n + s.count, 0),
      };
    });
  const recovery = staffWords(
    ctx.known,
    { kind: 'what-went-wrong', survey: { id: 'what-went-wrong', version: '1' } },
    ctx.lang,
  );
  const wrong = totals(
    await ctx.results.results({ practices: ids, from, to, survey: { id: 'what-went-wrong' }, question: 'categories' }),
    'categories',
  );
  const list = recovery
    .options('categories')
    .map(([value, said]) => ({ value, words: said, count: wrong[value] ?? 0 }));
  return { themes, categories: { list } };
}

/**
 * Time to first contact for the cases that arrived in the window's months (in each practice's zone), against each
 * practice's promise, counted from arrival.
 */
async function contacts(ctx: ResultsContext, from: string, to: string) {
  const start = Date.parse(`${from}-01T00:00:00Z`) - DAY;
  const end = Date.parse(`${lastDay(to)}T00:00:00Z`) + 2 * DAY;
  await ctx.cases.open(new Map(ctx.practices.map((p) => [p.id, p.clocks])), ctx.now);
  const rows = await ctx.cases.contacts(
    ctx.practices.map((p) => p.id),
    new Date(start).toISOString(),
    new Date(end).toISOString(),
  );
  const byId = new Map(ctx.practices.map((p) => [p.id, p]));
  // The cases of one day share their promise's deadline: counted once per practice and day, not per case.
  const deadlines = new Map<string, number>();
  const cases = rows.flatMap((r) => {
    const practice = byId.get(r.practiceId);
    if (!practice) return [];
    const at = Date.parse(r.receivedAt);
    const { promiseDays, holidays, timeZone } = practice.clocks;
    const day = localDay(at, timeZone);
    const month = day.slice(0, 7);
    if (month < from || month > to) return [];
    let promiseDueAt: number | null = null;
    if (r.contactable && promiseDays !== null) {
      const key = `${practice.id}\u0000${day}`;
      promiseDueAt = deadlines.get(key) ?? endOfDay(addWorkingDays(day, promiseDays, holidays), timeZone);
      deadlines.set(key, promiseDueAt);
    }
    return [
      {
        receivedAt: at,
        firstContactedAt: r.firstContactedAt === null ? null : Date.parse(r.firstContactedAt),
        promiseDueAt,
      },
    ];
  });
  return firstContactFigures(cases, ctx.now);
}

/** A practice's FFT counts for one month as they would be handed in now: every method. */
export async function countsToHandIn(ctx: Pick<ResultsContext, 'results' | 'hand'>, practice: Practice, month: string) {
  const [days, hand] = await Promise.all([
    ctx.results.fftDays({ practices: [practice.id], fromDay: `${month}-01`, toDay: lastDay(month) }),
    ctx.hand.counts([practice.id], month, month),
  ]);
  return countsByMonth(days, hand).get(`${practice.id}\u0000${month}`) ?? {};
}
