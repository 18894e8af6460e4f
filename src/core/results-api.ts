/**
 * The Results part of the staff JSON API (issue 13, stage 3): what the console's Results screen asks and is
 * answered, one definition for the collector and the console. Figures are worked out by src/core/results/ on the
 * collector from counts it keeps per practice, day, collection method and location; the console only draws them.
 *
 *   GET  /api/staff/results?<ResultsQuery>                ResultsPage        (staff who see the practices)
 *   POST /api/staff/results/hand-counts                   HandCounts → ResultsPage['fft'][number]   (staff)
 *   POST /api/staff/results/hand-in                       HandIn → ResultsPage['fft'][number]       (admins)
 *   POST /api/staff/results/organisation-code             OrganisationCode → { odsCode }            (admins)
 *
 * Errors are `{ error, path? }`: 400 naming a wrong parameter, 403 another practice, 409 changing a handed-in month.
 */
import type { CollectionMethod, FftCounts, FftFigures } from './results/fft-figures.js';
import type { FirstContactFigures } from './results/first-contact.js';
import type { XmrChart } from './results/xmr.js';

export interface ResultsQuery {
  /** One practice's results; default: every practice the person sees, added up (the FFT table stays per practice). */
  practice?: string;
  /** First and last month, `YYYY-MM`, in each practice's time zone; default the last 12 months up to this one. */
  from?: string;
  to?: string;
  /** Only the answers collected at this location (the FFT table, the chart, themes by location); default every one. */
  location?: string;
  lang?: 'en' | 'es';
}

/** One practice's Friends and Family Test return for one month, per collection method. */
export interface FftMonth {
  practiceId: string;
  practiceName: string;
  /** The practice's NHS organisation (ODS) code, as set in its settings; null when not set. */
  odsCode: string | null;
  month: string;
  /** Each method with answers (kiosk and website as collected; paper, sms, telephone, other as staff entered them). */
  methods: { method: CollectionMethod; handEntered: boolean; figures: FftFigures }[];
  /** Every method added up: what is handed in. */
  all: FftFigures;
  /** When the month was marked handed in: its figures then are frozen and what arrived after is shown apart. */
  handedIn?: {
    at: string;
    by: string;
    /** As handed in. */
    all: FftFigures;
    methods: { method: CollectionMethod; figures: FftFigures }[];
    /** Answers counted since, per answer (never negative). */
    later: FftCounts;
    /** Answers no longer counted (a submission erased as automated, hand counts corrected), per answer. */
    fewer: FftCounts;
  };
}

/** One week's answers (Monday, in the practice's zone) and its % positive (null: nobody answered). */
export interface FftWeek {
  week: string;
  counts: FftCounts;
  total: number;
  percentPositive: number | null;
}

/** How one theme question (a choice question of the first-impression survey) was answered: shares, never a mean. */
export interface ThemeResult {
  question: string;
  title: string;
  /** In the question's order; `value` '' is "not answered", last. */
  answers: { value: string; words: string; count: number; percent: number | null }[];
  total: number;
}

export interface LocationResult {
  /** '' for answers that named no location. */
  location: string;
  name: string;
  all: FftFigures;
}

export interface ResultsPage {
  from: string;
  to: string;
  /** The practices these results are of. */
  practices: { id: string; name: string; odsCode: string | null; timeZone: string }[];
  /** Newest month first, then by practice name. */
  fft: FftMonth[];
  /** Weekly % positive (the window's weeks up to this one; gaps where nobody answered) and its XmR chart. */
  weeks: FftWeek[];
  chart: XmrChart;
  themes: ThemeResult[];
  /** What went wrong: each category of the recovery form and how many forms named it. */
  categories: { value: string; words: string; count: number }[];
  /** The "what went wrong" forms that arrived in the window's months (those that look automated left out). */
  recoveryForms: number;
  /** Time to first contact against the practice's promise, for the window's cases. */
  firstContact: FirstContactFigures;
  /** Every location of the practices, with the figures of the window. */
  locations: LocationResult[];
  /**
   * The practices' own surveys answered in the window, each choice question as shares (of the patients who answered
   * the version, for a multiple choice; null when that is not known).
   */
  ownSurveys: { id: string; version: string; title: string; answered: number | null; questions: ThemeResult[] }[];
}

/**
 * Hand-entered counts for a month and method (paper cards, text-message replies, calls): replaces that method's; for a
 * month handed in, they show as later arrivals.
 */
export interface HandCounts {
  practice: string;
  month: string;
  method: 'paper' | 'sms' | 'telephone' | 'other';
  counts: FftCounts;
}

/**
 * Marks a practice's month handed in once it has ended (409 before, or when it already is), freezing its figures as
 * they are now; what is counted after (late arrivals, cards typed in later) is shown apart.
 */
export interface HandIn {
  practice: string;
  month: string;
}

/** A practice's NHS organisation (ODS) code, printed with its return; '' clears it. */
export interface OrganisationCode {
  practice: string;
  odsCode: string;
}
