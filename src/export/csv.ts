import type { SurveyWords } from '../core/answer-words.js';
import type { AnswerValue, ContactAnswer, Submission } from '../core/definition.js';
import { firstImpression, whatWentWrong } from '../surveys/index.js';
import { writeAll, type ExportWriter } from './writer.js';

/**
 * Submissions as a spreadsheet for front-office staff. Hand-written (about 40 lines) rather than a CSV library:
 * the three things that matter here — a BOM so Excel reads accents and emoji as UTF-8, RFC 4180 quoting with CRLF,
 * and the formula-injection defence — are easier to see and test in our own code than to configure in theirs.
 */

const META = [
  'id',
  'kind',
  'survey',
  'version',
  'submittedAt',
  'lang',
  'channel',
  'practice',
  'location',
  'relatedTo',
  'reference',
] as const;
const CONTACT_PARTS = ['method', 'value', 'consent', 'bestTime'] as const;

/** Built-in questions keep their columns and their order whatever the data, so a saved spreadsheet layout lasts. */
const KNOWN = [...firstImpression.questions, ...whatWentWrong.questions].filter((q) => q.type !== 'statement');

const isContact = (v: AnswerValue | undefined): v is ContactAnswer =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A cell Excel or Sheets would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`, or tab/CR which some readers strip
 * first) gets a leading apostrophe, the OWASP advice: it shows as text and the patient's words stay readable.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Which answer columns a spreadsheet has: the built-in questions always, in their order, then every other answer id
 * seen, sorted. Shown every submission first (a first pass over a stream), it then lays out each row.
 */
export interface CsvColumns {
  see(submission: Submission): void;
  header(): string[];
  row(submission: Submission): string[];
}

/**
 * `words`: each submission's answers as the words of its survey version ("Very good", not `very-good`) — what staff
 * open in Excel. Without it, the values as stored.
 */
export function csvColumns(words?: (submission: Submission) => SurveyWords): CsvColumns {
  const contactIds = new Set(KNOWN.filter((q) => q.type === 'contact').map((q) => q.id));
  const known = new Set(KNOWN.map((q) => q.id));
  const others = new Set<string>();
  let answerIds: string[] | undefined;
  const ids = () => (answerIds ??= [...known, ...[...others].sort()]);
  return {
    see(s) {
      answerIds = undefined;
      for (const [id, v] of Object.entries(s.answers)) {
        if (isContact(v)) contactIds.add(id);
        if (!known.has(id)) others.add(id);
      }
    },
    header: () => [
      ...META,
      ...ids().flatMap((id) => (contactIds.has(id) ? CONTACT_PARTS.map((p) => `${id}_${p}`) : [id])),
    ],
    row(s) {
      const said = words?.(s);
      const meta = [s.id, s.kind, s.survey.id, s.survey.version, s.submittedAt, s.lang, s.channel, s.practice];
      const answers = ids().flatMap((id) => {
        const v = s.answers[id];
        if (contactIds.has(id)) {
          if (!isContact(v)) return CONTACT_PARTS.map(() => '');
          return [said ? said.method(v.method) : v.method, v.value, v.consent ? 'yes' : 'no', v.bestTime];
        }
        if (said && v !== undefined && !isContact(v)) return [said.answer(id, v, '; ')];
        return [Array.isArray(v) ? v.join('; ') : typeof v === 'string' ? v : ''];
      });
      return [...meta, s.location, s.relatedTo, s.reference, ...answers].map((v) => v ?? '');
    },
  };
}

const line = (cells: string[]) => cells.map(csvCell).join(',') + '\r\n';

/** A column the writer's user adds after the survey's, e.g. the collector's "looks automated" flag. */
export interface CsvExtraColumn {
  name: string;
  value(submission: Submission): string;
}

/** The spreadsheet written row by row, once `columns` has seen every submission it will be given. */
export function csvWriter(columns: CsvColumns, extra: readonly CsvExtraColumn[] = []): ExportWriter {
  return {
    start: () => '\uFEFF' + line([...columns.header(), ...extra.map((c) => c.name)]),
    item: (s) => line([...columns.row(s), ...extra.map((c) => c.value(s))]),
    end: () => '',
  };
}

export function toCsv(submissions: readonly Submission[]): string {
  const columns = csvColumns();
  for (const s of submissions) columns.see(s);
  return writeAll(csvWriter(columns), submissions);
}
