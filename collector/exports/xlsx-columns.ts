/**
 * The columns of one sheet, left to right: when the patient sent it and when it arrived (date cells on the
 * practice's clock, local-time.ts), the reference and where it came from; then the survey's questions in its own
 * order — a contact question as four columns — and the answers to ids it does not ask, by id; then the rest of what
 * the CSV holds, the collector's marks last. Each column has a stable id, the sheet's first row (the CSV's column
 * names and question ids: what a script reads), and words, the second row (what staff read and filter on).
 */
import type { SurveyWords } from '../../src/core/answer-words.js';
import type { ContactAnswer, Question, Submission } from '../../src/core/definition.js';
import type { RowSigns } from '../export.js';
import type { StaffLanguage } from '../surveys/staff-words.js';
import { practiceClock } from './local-time.js';
import { isContact, type SheetPlan } from './xlsx-sheets.js';
import { SHEET_WORDS, type ContactPart, type MetaColumn, type SheetWords } from './xlsx-words.js';

export type CellValue = string | Date | undefined;

/** `date`: an Excel date cell; `wrap`: text wrapped in its column (patients' own words, lists of choices). */
export type Look = 'plain' | 'date' | 'wrap';

/** One submission as a sheet writes it: with the collector's marks, its practice's zone and its survey's words. */
export interface SheetRow {
  submission: Submission;
  signs: RowSigns;
  zone: string;
  said: SurveyWords;
}

export interface XlsxColumn {
  /** First row: a question id, `<id>_<part>` for a part of a contact answer (as in the CSV), or a CSV column name. */
  readonly id: string;
  /** Second row: the question's title, or the column's name, in the export's language. */
  readonly words: string;
  readonly width: number;
  readonly look: Look;
  value(row: SheetRow): CellValue;
}

/** Excel holds at most 32,767 characters in a cell, and "repairs" a file with more. */
const MAX_CELL = 32_767;

/** Text for a cell, as a string (never read as a formula or a number); undefined leaves the cell empty. */
export function cellText(value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const text =
    typeof value === 'string'
      ? value
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : JSON.stringify(value);
  if (text.length <= MAX_CELL) return text;
  const end = /[\uD800-\uDBFF]/.test(text[MAX_CELL - 2] ?? '') ? MAX_CELL - 2 : MAX_CELL - 1;
  return `${text.slice(0, end)}…`;
}

const at = (iso: unknown, zone: string): CellValue => practiceClock(iso, zone) ?? cellText(iso);

interface Meta {
  id: MetaColumn;
  width: number;
  look?: Look;
  value(row: SheetRow, words: SheetWords): CellValue;
}

const LEAD: readonly Meta[] = [
  { id: 'submittedAt', width: 17, look: 'date', value: (r) => at(r.submission.submittedAt, r.zone) },
  { id: 'receivedAt', width: 17, look: 'date', value: (r) => at(r.signs.receivedAt, r.zone) },
  { id: 'timeZone', width: 20, value: (r) => r.zone },
  { id: 'reference', width: 13, value: (r) => cellText(r.submission.reference) },
  { id: 'practice', width: 20, value: (r) => cellText(r.submission.practice) },
  { id: 'location', width: 20, value: (r) => cellText(r.submission.location) },
  { id: 'lang', width: 9, value: (r) => cellText(r.submission.lang) },
  { id: 'channel', width: 10, value: (r) => cellText(r.submission.channel) },
];

const TAIL: readonly Meta[] = [
  { id: 'id', width: 38, value: (r) => cellText(r.submission.id) },
  { id: 'relatedTo', width: 38, value: (r) => cellText(r.submission.relatedTo) },
  { id: 'kind', width: 16, value: (r) => cellText(r.submission.kind) },
  { id: 'survey', width: 20, value: (r) => cellText(r.submission.survey?.id) },
  { id: 'version', width: 9, value: (r) => cellText(r.submission.survey?.version) },
  { id: 'practiceId', width: 14, value: (r) => r.signs.practiceId },
  { id: 'unknownLocation', width: 12, value: (r, w) => (r.signs.unknownLocation ? w.yes : undefined) },
  { id: 'looksAutomated', width: 14, value: (r) => cellText(r.signs.automation) },
  {
    id: 'erasedAt',
    width: 17,
    look: 'date',
    value: (r) => (r.signs.erasedAt ? at(r.signs.erasedAt, r.zone) : undefined),
  },
];

const PARTS: readonly [ContactPart, number, (c: ContactAnswer, r: SheetRow, w: SheetWords) => unknown][] = [
  ['method', 16, (c, r) => r.said.method(c.method)],
  ['value', 24, (c) => c.value],
  ['consent', 12, (c, _r, w) => (c.consent ? w.yes : w.no)],
  ['bestTime', 20, (c) => c.bestTime],
];

/** An answer in its survey's words: an option's label, yes or no, each of a multiple choice joined by `; `. */
function answerColumn(id: string, words: string, width: number, look: Look): XlsxColumn {
  return {
    id,
    words,
    width,
    look,
    value: (r) => {
      const v = r.submission.answers[id];
      return v === undefined ? undefined : cellText(r.said.answer(id, v, '; '));
    },
  };
}

/** A contact answer as four columns; an answer of another shape (never checked) is kept, in the first. */
function contactColumns(id: string, title: string, w: SheetWords): XlsxColumn[] {
  return PARTS.map(([part, width, read], i) => ({
    id: `${id}_${part}`,
    words: `${title} (${w.contact[part]})`,
    width,
    look: 'plain',
    value: (r) => {
      const v = r.submission.answers[id];
      if (isContact(v)) return cellText(read(v, r, w));
      return i === 0 && v !== undefined ? cellText(r.said.answer(id, v, '; ')) : undefined;
    },
  }));
}

/** Wide enough for the longest option's words, within reason; patients' own words wrap in a wide column. */
function widthOf(q: Question, words: SurveyWords): { width: number; look: Look } {
  if (q.type === 'text') return { width: 50, look: 'wrap' };
  if (q.type === 'multiple') return { width: 32, look: 'wrap' };
  const longest = Math.max(0, ...words.options(q.id).map(([, label]) => label.length));
  return { width: Math.min(30, Math.max(12, longest + 2)), look: 'plain' };
}

function answerColumns(plan: SheetPlan, words: SurveyWords, w: SheetWords): XlsxColumn[] {
  const columns: XlsxColumn[] = [];
  for (const q of plan.definition?.questions ?? []) {
    if (q.type === 'statement') continue;
    const title = words.question(q.id);
    if (q.type === 'contact') columns.push(...contactColumns(q.id, title, w));
    else {
      const { width, look } = widthOf(q, words);
      columns.push(answerColumn(q.id, title, width, look));
    }
  }
  for (const id of [...plan.extraIds].sort()) {
    columns.push(...(plan.contactIds.has(id) ? contactColumns(id, id, w) : [answerColumn(id, id, 30, 'wrap')]));
  }
  return columns;
}

/** Answers to ids past MAX_EXTRA_COLUMNS, one `id: words` a line. */
function moreAnswers(shown: ReadonlySet<string>, w: SheetWords): XlsxColumn {
  return {
    id: 'moreAnswers',
    words: w.columns.moreAnswers,
    width: 50,
    look: 'wrap',
    value: (r) =>
      cellText(
        Object.entries(r.submission.answers)
          .filter(([id]) => !shown.has(id))
          .map(([id, v]) => `${id}: ${r.said.answer(id, v, '; ')}`)
          .join('\n'),
      ),
  };
}

/**
 * `words`: the sheet's survey in the export's language (question ids for a survey the collector does not know).
 * A date column's header names the zone when the sheet's rows share one; otherwise a time zone column says.
 */
export function sheetColumns(plan: SheetPlan, lang: StaffLanguage, words: SurveyWords): XlsxColumn[] {
  const w = SHEET_WORDS[lang];
  const zone = plan.zones.size === 1 ? [...plan.zones][0] : undefined;
  const meta = (m: Meta): XlsxColumn => {
    const name = w.columns[m.id];
    const header = m.look !== 'date' ? name : zone ? w.inZone(name, zone) : w.inEachZone(name);
    return { id: m.id, words: header, width: m.width, look: m.look ?? 'plain', value: (r) => m.value(r, w) };
  };
  const answers = answerColumns(plan, words, w);
  const shown = new Set([...(plan.definition?.questions.map((q) => q.id) ?? []), ...plan.extraIds]);
  return [
    ...LEAD.filter((m) => m.id !== 'timeZone' || !zone).map(meta),
    ...answers,
    ...TAIL.map(meta),
    ...(plan.overflow ? [moreAnswers(shown, w)] : []),
  ];
}
