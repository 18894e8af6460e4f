/**
 * The staff JSON API's contract: what the staff console (staff/) asks the collector and what it is answered, one
 * definition for both. Scripts and other systems use the same routes with `Authorization: Bearer <token>`
 * (docs/collector.md). Every answer about patients is limited to the practices the person or token sees; every read
 * of patients' answers is written to the audit trail.
 *
 *   GET  /api/staff/me                       Me
 *   GET  /api/staff/inbox?<InboxQuery>       InboxPage   (newest first; `next` pages on)
 *   GET  /api/staff/submissions/<id>         SubmissionDetail
 *   POST /api/staff/cases/<id>               CaseChange → CaseDetail   (session: X-CSRF-Token header)
 *   GET  /api/staff/practices/<id>/clocks    ClockSettings   (the practice's promise, complaint rule, holidays)
 *   POST /api/staff/practices/<id>/clocks    ClockSettingsChange → ClockSettings   (admins of that practice)
 *
 * Errors are `{ error, path? }` with an honest status: 400 a wrong filter (naming it), 401 not signed in, 403
 * another practice or not allowed, 404 no such submission (or one of a practice not seen), 409 a change that does
 * not fit the case's state (resolving without an outcome is allowed; an outcome on an open case is not).
 */

import type { CaseClock, Due, FormalComplaint } from './case-clocks-api.js';

export * from './case-clocks-api.js';

/** Where staff are with a case (seed 003: listen, fix, keep promises, follow up). `reopened` after `resolved`. */
export const CASE_STATUSES = ['new', 'seen', 'contacted', 'resolved', 'reopened'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/**
 * Where a case can go from where it is (`current` included: no change): forward in any order, never back to new; a
 * resolved case only by being reopened. The collector refuses anything else (409); the console offers only these.
 */
export function statusChoices(current: CaseStatus): CaseStatus[] {
  if (current === 'resolved') return ['resolved', 'reopened'];
  return CASE_STATUSES.filter((s) => (s !== 'new' && s !== 'reopened') || s === current);
}

/** The console's own screens besides /staff/ itself (and /staff/submissions/<id>): the collector serves its page there. */
export const CONSOLE_SCREENS = [
  'cases',
  'exports',
  'results',
  'surveys',
  'tablets',
  'alerts',
  'webhooks',
  'accounts',
  'clocks',
  'audit',
  'settings',
  'sessions',
  'practices',
] as const;

/** How a closed case ended: what an annual complaints return asks for. */
export const CASE_OUTCOMES = ['upheld', 'partly-upheld', 'not-upheld'] as const;
export type CaseOutcome = (typeof CASE_OUTCOMES)[number];

export const MAX_CASE_NOTE_CHARS = 2000;
export const INBOX_PAGE_SIZE = 50;
export const STAFF_LANGUAGES = ['en', 'es'] as const;
export type StaffLanguage = (typeof STAFF_LANGUAGES)[number];
/**
 * The cookie by which the console tells the collector's server-rendered staff pages its language (`en` or `es`, and
 * nothing else: no person, no session). Path `/staff`, a year, readable by the page (not HttpOnly).
 */
export const STAFF_LANGUAGE_COOKIE = 'pf_staff_lang';

/** Who is asking, and what they may see: the console's header, navigation and filters are built from it. */
export interface Me {
  /** The person's email, or `token "<name>"`. */
  name: string;
  role: 'admin' | 'staff';
  /** A session's CSRF token, sent back as `X-CSRF-Token` on every change; absent for a token. */
  csrfToken?: string;
  /** Seconds left before the session ends for want of a person's action; absent for a token. */
  idleSeconds?: number;
  /** Whether they see every practice of the group (a group admin when `role` is admin). */
  everyPractice: boolean;
  /** The practices they see, with what a filter offers. */
  practices: { id: string; name: string; timeZone: string; locations: { id: string; name: string }[] }[];
  /** Colleagues a case may be assigned to: accounts that see the case's practice (by email). */
  colleagues: { email: string; practices: 'every' | readonly string[] }[];
}

/**
 * The inbox's filters, as query parameters; every one optional. Dates are `YYYY-MM-DD`, inclusive, on when the
 * submission arrived, in its practice's time zone.
 */
export interface InboxQuery {
  from?: string;
  to?: string;
  kind?: 'first-impression' | 'what-went-wrong';
  practice?: string;
  location?: string;
  /** The overall answer's value (`very-good`, or a practice survey's `9`). */
  rating?: string;
  /** A what-went-wrong category's value (`wait-time`). */
  category?: string;
  /** A case status: only what-went-wrong submissions have one. */
  status?: CaseStatus;
  /** Words the patient wrote (3 characters or more), or a reference as read out (`rc 7kq2 9f`). */
  q?: string;
  /**
   * `now`: only open cases with a clock due by the end of today in their practice's zone (overdue or due today).
   * Implies what-went-wrong.
   */
  due?: 'now';
  /** `due`: cases whose next deadline is soonest first (none last), then newest first. Implies what-went-wrong. */
  order?: 'newest' | 'due';
  /** The `next` of the page before. */
  after?: string;
  /** Staff language for the answers' words; default `en`. */
  lang?: StaffLanguage;
}

/** A value as stored and in words, in the survey's own words (src/core/answer-words.ts). */
export interface Worded {
  value: string;
  words: string;
}

/** One row of the inbox: enough to scan and choose, never the whole of what the patient wrote. */
export interface InboxItem {
  id: string;
  kind: 'first-impression' | 'what-went-wrong';
  /** The code the patient was shown (`RC-7KQ2-9F`); what-went-wrong only. */
  reference?: string;
  /** ISO 8601. Shown in the practice's time zone (`timeZone`). */
  receivedAt: string;
  submittedAt?: string;
  practiceId: string;
  practiceName: string;
  timeZone: string;
  location?: string;
  /** The practice does not list this location. */
  unknownLocation: boolean;
  channel: string;
  survey: { id: string; version: string; title: string };
  overall?: Worded;
  categories?: Worded[];
  /** The start of the patient's own words (up to 160 characters): plain text, to be shown as text. */
  excerpt?: string;
  case?: {
    status: CaseStatus;
    assignee: string | null;
    outcome: CaseOutcome | null;
    updatedAt: string | null;
    /** Marked a formal complaint: the statutory clocks run. */
    formal: boolean;
    /** The case's next deadline, while one runs: what it is, when, and where it stands now. */
    due?: Due;
  };
  /** Why it looks sent by a program (`hidden-field`, `too-fast`): listed, not counted in results. */
  looksAutomated?: string;
  /** When its words were erased (a patient's request, the retention period). */
  erasedAt?: string;
}

export interface InboxPage {
  items: InboxItem[];
  /** Pass as `after` for the next page; absent on the last one. */
  next?: string;
  /** What `q` was read as: a reference, or words. */
  searchedFor?: { reference?: string; words?: string };
}

export interface AnswerView {
  question: string;
  /** The question in the survey's words. */
  title: string;
  /** In words: options' labels, yes/no; free text as the patient wrote it (shown as text). */
  words: string;
}

export const CASE_EVENT_KINDS = [
  'status',
  'assignee',
  'note',
  'outcome',
  'formal',
  'stage',
  'acknowledged',
  'responded',
  'agreed',
] as const;

export interface CaseEvent {
  at: string;
  /** Who: an email, `token "<name>"`, or `command line`. */
  by: string;
  what: (typeof CASE_EVENT_KINDS)[number];
  /**
   * The new status, assignee (empty: nobody), or outcome; a note's text for `note`; for `formal` the day the complaint
   * counts from (`YYYY-MM-DD`), empty when unmarked; for `stage` the stage's name; for `agreed` the agreed day (empty:
   * none); empty for `acknowledged` and `responded`.
   */
  value: string;
}

export interface CaseDetail {
  status: CaseStatus;
  assignee: string | null;
  outcome: CaseOutcome | null;
  updatedAt: string | null;
  /** The patient gave a way to reach them and agreed to be contacted: the promise runs, and a complaint can be acknowledged. */
  contactable: boolean;
  /** When the case first reached Contacted. */
  firstContactedAt: string | null;
  formal: FormalComplaint | null;
  /** Every clock of the case, running or met. */
  clocks: CaseClock[];
  due?: Due;
  /** Everything done to the case, oldest first: the case file. */
  history: CaseEvent[];
}

export interface SubmissionDetail extends InboxItem {
  answers: AnswerView[];
  /** How the patient asked to be contacted, only when they agreed to be. */
  contact?: { method: Worded; value: string; bestTime?: string };
  /** The first-impression survey a what-went-wrong form followed, when it has arrived. */
  followed?: { id: string; receivedAt: string; overall?: Worded };
  /**
   * The what-went-wrong form names a first-impression survey that is not here (yet): the patient's phone or the
   * tablet may still be sending it. Not set for one that is here in a practice this person does not see.
   */
  followedPending?: true;
  /** The what-went-wrong form that followed this first impression, if any. */
  followedBy?: { id: string; reference?: string };
  caseDetail?: CaseDetail;
}

/** A change to a case; each field optional, at least one. A note is added, never replaces an earlier one. */
export interface CaseChange {
  status?: CaseStatus;
  /** An email of `Me.colleagues`; null: nobody. */
  assignee?: string | null;
  note?: string;
  /** Only with (or on) a resolved case; null clears it. */
  outcome?: CaseOutcome | null;
  /** Mark (true) or unmark (false) the case a formal complaint. */
  formal?: boolean;
  /** With `formal: true`: the day the complaint counts from, `YYYY-MM-DD`; default the day it arrived. */
  receivedOn?: string;
  /** The complaint was acknowledged to the patient (only when they can be reached). */
  acknowledged?: true;
  /** The complaint was responded to at its current stage. */
  responded?: true;
  /** Escalate the complaint to its rule's next stage: the stage's clocks start today. */
  nextStage?: true;
  /** Where the rule sets no limit: the response date agreed with the patient, `YYYY-MM-DD`; null: none. */
  agreedResponseBy?: string | null;
}
