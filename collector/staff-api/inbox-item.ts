/**
 * A stored submission as the staff console shows it in a list (src/core/staff-api.ts `InboxItem`): its answers in
 * the words of its own survey version (the registry's), the start of what the patient wrote, where its case is.
 * Built from the row alone: no query per row.
 */
import type { SurveyWords } from '../../src/core/answer-words.js';
import type { FindSurvey } from '../../src/core/submission-check.js';
import type { CaseDetail, InboxItem, StaffLanguage, Worded } from '../../src/core/staff-api.js';
import { caseClocks } from '../cases/case-clocks.js';
import { NO_CLOCKS } from '../cases/clock-settings.js';
import { isContactable } from '../cases/contact.js';
import { localize, textLength } from '../../src/core/text.js';
import { referenceOf } from '../submission-reference.js';
import type { Practice } from '../practices/practices.js';
import type { InboxRow } from '../store/inbox-rows.js';
import { staffWords } from '../surveys/staff-words.js';

const EXCERPT_CHARS = 160;
/** Where the patient's own words are, in the built-in surveys: their free-text questions, in order. */
const FREE_TEXT = ['details', 'remedy', 'comments'];

type Answers = Record<string, unknown>;

/** A value of a choice as stored and in words; undefined for anything that is not a string. */
export function worded(words: SurveyWords, question: string, value: unknown): Worded | undefined {
  return typeof value === 'string' ? { value, words: words.answer(question, value) } : undefined;
}

/** The first free-text answer, cut at a word near EXCERPT_CHARS characters. */
function excerptOf(answers: Answers, textQuestions: readonly string[]): string | undefined {
  const first = textQuestions.map((q) => answers[q]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  if (first === undefined) return undefined;
  const text = first.replace(/\s+/g, ' ').trim();
  if (textLength(text) <= EXCERPT_CHARS) return text;
  const cut = [...text].slice(0, EXCERPT_CHARS).join('');
  const space = cut.lastIndexOf(' ');
  return `${space > EXCERPT_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}

/** What a list shows of a case: its state, whether it is a formal complaint, its next deadline. */
export function caseSummary(c: Omit<CaseDetail, 'history'>): NonNullable<InboxItem['case']> {
  const summary: NonNullable<InboxItem['case']> = {
    status: c.status,
    assignee: c.assignee,
    outcome: c.outcome,
    updatedAt: c.updatedAt,
    formal: c.formal !== null,
  };
  if (c.due) summary.due = c.due;
  return summary;
}

/** A case's state with its clocks as the practice's rules run them now (no query: the row holds all it needs). */
export function caseOf(row: InboxRow, practice: Practice | undefined, now = Date.now()): Omit<CaseDetail, 'history'> {
  const state = row.case!;
  const contactable = isContactable(row.submission.body);
  const { clocks, formal, due } = caseClocks(
    { receivedAt: row.submission.receivedAt, contactable, state },
    practice?.clocks ?? NO_CLOCKS,
    now,
  );
  const c: Omit<CaseDetail, 'history'> = {
    status: state.status,
    assignee: state.assignee,
    outcome: state.outcome,
    updatedAt: state.updatedAt,
    contactable,
    firstContactedAt: state.firstContactedAt,
    formal,
    clocks,
  };
  if (due) c.due = due;
  return c;
}

export function inboxItem(
  row: InboxRow,
  practice: Practice | undefined,
  known: FindSurvey,
  lang: StaffLanguage,
): InboxItem {
  const s = row.submission;
  const b = s.body;
  const answers = (b.answers && typeof b.answers === 'object' ? b.answers : {}) as Answers;
  const named = (b.survey ?? {}) as { id?: unknown; version?: unknown };
  const text = (v: unknown) => (typeof v === 'string' ? v : '');
  const survey = { id: text(named.id), version: text(named.version) };
  const definition = known(survey.id, survey.version);
  const words = staffWords(known, b, lang);
  const textQuestions = definition
    ? definition.questions.filter((q) => q.type === 'text').map((q) => q.id)
    : FREE_TEXT.filter((q) => q in answers);
  const item: InboxItem = {
    id: s.id,
    kind: s.kind === 'what-went-wrong' ? 'what-went-wrong' : 'first-impression',
    receivedAt: s.receivedAt,
    practiceId: s.practiceId,
    practiceName: practice?.name ?? s.practiceId,
    timeZone: practice?.timeZone ?? 'UTC',
    unknownLocation: s.unknownLocation,
    channel: typeof b.channel === 'string' ? b.channel : '',
    survey: {
      ...survey,
      title: definition ? localize(definition.title, lang, definition.languages[0] ?? lang) : survey.id,
    },
  };
  if (typeof b.submittedAt === 'string') item.submittedAt = b.submittedAt;
  if (typeof b.location === 'string' && b.location) item.location = b.location;
  if (s.kind === 'what-went-wrong') item.reference = referenceOf(s);
  const overall = worded(words, 'overall', answers.overall);
  if (overall) item.overall = overall;
  if (Array.isArray(answers.categories)) {
    item.categories = answers.categories
      .filter((v): v is string => typeof v === 'string')
      .map((value) => ({ value, words: words.answer('categories', value) }));
  }
  const excerpt = excerptOf(answers, textQuestions);
  if (excerpt !== undefined) item.excerpt = excerpt;
  if (row.case) item.case = caseSummary(caseOf(row, practice));
  if (s.automation) item.looksAutomated = s.automation;
  if (s.erased) item.erasedAt = s.erased.at;
  return item;
}
