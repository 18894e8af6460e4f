/**
 * Staff exports through the same writers the kiosk uses (src/export), so a spreadsheet from the collector and one
 * from a tablet have the same columns and the same protection against formula injection; the Excel workbook, which
 * only the collector writes, is exports/xlsx-writer.ts.
 *
 * An export streams: rows are read from the store a chunk at a time (`store.iterate`) and written as chunks of text
 * (bytes, for the workbook), so memory does not grow with the number of submissions. It reads the rows that had
 * arrived when it began; a submission arriving meanwhile is in the next export. The spreadsheet reads those rows
 * twice: first to learn which answer columns it needs, then to write them; the workbook once to plan its sheets,
 * then once per sheet.
 *
 * Each row names its practice (`practiceId`) and, when that practice does not list the location it names,
 * `unknownLocation`. A submission that looks automated is exported too, marked: `looksAutomated` (the sign) added to its JSON, a
 * `looksAutomated` column last in the spreadsheet, an extension on its FHIR QuestionnaireResponse. A submission whose
 * words were erased (a patient's request, the retention period) is exported as it is now, with `erasedAt` in its JSON
 * and in the spreadsheet's last column.
 */
import type { Submission, SurveyDefinition } from '../src/core/definition.js';
import {
  csvColumns,
  csvWriter,
  fhirBundleWriter,
  jsonWriter,
  writeChunks,
  type ExportWriter,
} from '../src/export/index.js';
import { AUTOMATION_FIELD, automationExtension } from './automation-words.js';
import { matchesAnswers, matchesDates, type ExportFilter } from './export-filter.js';
import { patientQuery } from './patient-data/patient-search.js';
import { BUILT_IN_SURVEYS } from './surveys/known-surveys.js';
import { staffWords, type StaffLanguage } from './surveys/staff-words.js';
import { computerZone } from './exports/local-time.js';
import { xlsxChunks } from './exports/xlsx-writer.js';
import { surveyFinder } from '../src/core/submission-check.js';
import type { SubmissionStore } from './store/index.js';

export const EXPORT_FORMATS = ['csv', 'xlsx', 'json', 'fhir.json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
  'fhir.json': 'application/fhir+json; charset=utf-8',
};

export interface ExportFile {
  contentType: string;
  /** Dated, so a folder of exports sorts by day: patient-feedback-2026-11-22.csv. */
  fileName: string;
  /** The file, a chunk of text (bytes, for the workbook) at a time; no row is read until the first is asked for. */
  chunks: AsyncGenerator<string | Buffer>;
  /** Submissions written into the file so far (for the audit trail once it is sent). */
  written(): number;
}

/** Which submissions an export holds, read in arrival order up to one moment; `kind`: of those, one kind's. */
type Rows = (kind?: string) => AsyncGenerator<Submission>;

/**
 * What the collector knows of each submission beyond its body — the sign of one that looks automated, when its words
 * were erased — kept beside the object the writers are given (not read back from it, where a device could have put
 * a field of that name itself).
 */
export interface RowSigns {
  practiceId: string;
  unknownLocation: boolean;
  automation?: string | undefined;
  erasedAt?: string | undefined;
  /** When it arrived (the workbook's "Received" column). */
  receivedAt: string;
}
type Signs = WeakMap<Submission, RowSigns>;

export const ERASED_FIELD = 'erasedAt';
/** The practice whose endpoint it came in on (its id), and a location that practice does not list. */
export const PRACTICE_FIELD = 'practiceId';
export const UNKNOWN_LOCATION_FIELD = 'unknownLocation';

/** Which practices an export reads, and each one's time zone (for `from` and `to`). */
export interface ExportScope {
  /** undefined: every practice. */
  practices?: readonly string[] | undefined;
  timeZones: ReadonlyMap<string, string>;
  /** The survey versions the collector knows (built-in and the practice's own): their words and FHIR Questionnaires. */
  surveys?: readonly SurveyDefinition[] | undefined;
  /** The language of the spreadsheet's answers, where the survey has it; default English. */
  lang?: StaffLanguage | undefined;
}

function rowsOf(store: SubmissionStore, filter: ExportFilter, scope: ExportScope, through: number, signs: Signs): Rows {
  const search = filter.q === undefined ? undefined : patientQuery(filter.q);
  return async function* rows(kind) {
    if (kind && filter.kind && kind !== filter.kind) return;
    // The cases' statuses, read once (there are far fewer cases than rows): an export never queries per row.
    const statusOf = filter.status === undefined ? new Map() : await store.caseFiles.statuses(scope.practices);
    const { practices, timeZones } = scope;
    const group = timeZones.size > 1;
    const asked = { kind: kind ?? filter.kind, through, practices, location: filter.location };
    for await (const stored of store.iterate(asked)) {
      const body = stored.body as unknown as Submission;
      if (!matchesDates(body, filter, timeZones.get(stored.practiceId))) continue;
      if (!matchesAnswers(stored, filter, search, statusOf)) continue;
      // One practice: the JSON is exactly what the devices sent. A group: each row also names its practice.
      const marks = {
        ...(group ? { [PRACTICE_FIELD]: stored.practiceId } : {}),
        ...(stored.unknownLocation ? { [UNKNOWN_LOCATION_FIELD]: true } : {}),
        ...(stored.automation ? { [AUTOMATION_FIELD]: stored.automation } : {}),
        ...(stored.erased ? { [ERASED_FIELD]: stored.erased.at } : {}),
      };
      const row = Object.keys(marks).length ? ({ ...body, ...marks } as Submission) : body;
      signs.set(row, {
        practiceId: stored.practiceId,
        unknownLocation: stored.unknownLocation,
        automation: stored.automation,
        erasedAt: stored.erased?.at,
        receivedAt: stored.receivedAt,
      });
      yield row;
    }
  };
}

/** Never met: every row the export reads has its signs; a stand-in keeps the types honest. */
const noSigns: RowSigns = { practiceId: '', unknownLocation: false, receivedAt: '' };

async function writerFor(
  format: Exclude<ExportFormat, 'xlsx'>,
  rows: Rows,
  signs: Signs,
  now: Date,
  surveys: readonly SurveyDefinition[],
  lang: StaffLanguage,
): Promise<ExportWriter> {
  if (format === 'json') return jsonWriter();
  if (format === 'fhir.json') {
    return fhirBundleWriter(surveys, now, (s) => {
      const sign = signs.get(s)?.automation;
      return sign ? [automationExtension(sign)] : [];
    });
  }
  const find = surveyFinder(surveys);
  const columns = csvColumns((s) => staffWords(find, s as unknown as Record<string, unknown>, lang));
  for await (const s of rows()) columns.see(s);
  return csvWriter(columns, [
    { name: PRACTICE_FIELD, value: (s) => signs.get(s)?.practiceId ?? '' },
    { name: UNKNOWN_LOCATION_FIELD, value: (s) => (signs.get(s)?.unknownLocation ? 'yes' : '') },
    { name: AUTOMATION_FIELD, value: (s) => signs.get(s)?.automation ?? '' },
    { name: ERASED_FIELD, value: (s) => signs.get(s)?.erasedAt ?? '' },
  ]);
}

async function* write(
  format: Exclude<ExportFormat, 'xlsx'>,
  rows: Rows,
  signs: Signs,
  now: Date,
  count: { rows: number },
  surveys: readonly SurveyDefinition[],
  lang: StaffLanguage,
): AsyncGenerator<string> {
  async function* counted() {
    for await (const row of rows()) {
      count.rows += 1;
      yield row;
    }
  }
  yield* writeChunks(await writerFor(format, rows, signs, now, surveys, lang), counted());
}

/**
 * The file to send. The store is asked once before anything is sent (which moment the file reads up to), so a
 * database that cannot answer is an honest error status rather than a 200 cut short.
 */
export async function exportFile(
  store: SubmissionStore,
  format: ExportFormat,
  filter: ExportFilter = {},
  scope: ExportScope = { timeZones: new Map() },
  now = new Date(),
): Promise<ExportFile> {
  const signs: Signs = new WeakMap();
  const rows = rowsOf(store, filter, scope, await store.lastArrival(), signs);
  const count = { rows: 0 };
  const surveys = scope.surveys ?? BUILT_IN_SURVEYS;
  const lang = scope.lang ?? 'en';
  const zoneOf = (practiceId: string) => scope.timeZones.get(practiceId) ?? computerZone();
  const zones = [...new Set((scope.practices ?? [...scope.timeZones.keys()]).map(zoneOf))];
  return {
    contentType: TYPES[format],
    fileName: `patient-feedback-${now.toISOString().slice(0, 10)}.${format}`,
    chunks:
      format === 'xlsx'
        ? xlsxChunks({ rows, signs: (s) => signs.get(s) ?? noSigns, zoneOf, zones, surveys, lang, now, count })
        : write(format, rows, signs, now, count, surveys, lang),
    written: () => count.rows,
  };
}
