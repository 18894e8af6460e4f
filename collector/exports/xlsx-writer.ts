/**
 * The spreadsheet export as an Excel workbook (.xlsx), streamed with exceljs's WorkbookWriter: a sheet per survey
 * version (xlsx-sheets.ts), each with its columns (xlsx-columns.ts), the two header rows frozen, a filter on the
 * words, dates as date cells, patients' words as text cells — a string is never written as a formula, however it
 * starts — wrapped where they are long.
 *
 * Each sheet is written whole before the next begins. A workbook is a zip archive, and exceljs adds each sheet as one
 * entry, which the archive takes in whole, one after another: rows written to a second sheet while the first is open
 * wait in memory until the first is closed, so writing sheets side by side grows with the rows (and with the
 * download's pace respected, below, never ends). So the rows are read once to plan the sheets, then once per sheet,
 * the store asked for that sheet's kind when it holds one: for the built-in surveys, about two reads of the rows in
 * all, as the CSV makes. Nothing of a patient's is put in a temporary file meanwhile.
 *
 * The download sets the pace: exceljs writes a sheet on without waiting (its stream ignores what `write` answers)
 * into the archive's entry, so every few rows the writer waits for that entry to drain. A slow download then holds
 * back the reading of rows instead of the file piling up in memory, and one that is cut off stops the reading.
 */
import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import type * as Excel from 'exceljs';
import type { Submission, SurveyDefinition } from '../../src/core/definition.js';
import { surveyFinder } from '../../src/core/submission-check.js';
import { localize } from '../../src/core/text.js';
import type { RowSigns } from '../export.js';
import { staffWords, type StaffLanguage } from '../surveys/staff-words.js';
import { sheetNames } from './sheet-names.js';
import { sheetColumns, type CellValue, type Look, type SheetRow, type XlsxColumn } from './xlsx-columns.js';
import { SheetPlanner, type SheetPlan } from './xlsx-sheets.js';
import { SHEET_WORDS } from './xlsx-words.js';

export interface XlsxSource {
  /** One read of the export's rows, in arrival order, up to the same moment each time; `kind`: only that kind's. */
  rows(kind?: string): AsyncIterable<Submission>;
  signs(submission: Submission): RowSigns;
  zoneOf(practiceId: string): string;
  /** The zones of the practices the export reads: an export with no rows names them too. */
  zones: readonly string[];
  /** The survey versions the collector knows, in the registry's order. */
  surveys: readonly SurveyDefinition[];
  lang: StaffLanguage;
  now: Date;
  /** Rows written so far, for the audit trail. */
  count: { rows: number };
  /** Rows a sheet holds, its two header rows included: Excel's 1,048,576 unless told fewer (tests). */
  rowsPerSheet?: number;
}

export const EXCEL_ROWS = 1_048_576;

/** Shared style objects: exceljs looks a style up once per object, not once per cell. */
const LOOKS: Readonly<Record<Look, Partial<Excel.Style>>> = {
  plain: { alignment: { vertical: 'top' } },
  wrap: { alignment: { vertical: 'top', wrapText: true } },
  date: { numFmt: 'yyyy-mm-dd hh:mm', alignment: { vertical: 'top', horizontal: 'left' } },
};
const ID_ROW: Partial<Excel.Style> = { font: { size: 9, color: { argb: 'FF595959' } } };
const WORDS_ROW: Partial<Excel.Style> = {
  font: { bold: true },
  alignment: { vertical: 'top', wrapText: true },
  border: { bottom: { style: 'thin' } },
};
/** Rows between two looks at the archive's entry (a sheet's XML reaches it 64 KB at a time). */
const PACE_EVERY = 100;

/** exceljs takes half a second to load: the collector loads it for the first workbook asked for, not at start. */
async function loadExcel(): Promise<typeof Excel> {
  const loaded = await import('exceljs');
  // A CommonJS package: Node hands its exports over as `default`.
  return (loaded as { default?: typeof Excel }).default ?? loaded;
}

/**
 * The archive's entry exceljs writes a sheet into: the first of its stream's `pipes` (exceljs 4's StreamBuf). Exported
 * for the test that notices if an exceljs upgrade moves it.
 */
export function sheetEntry(sheet: Excel.Worksheet): Writable | undefined {
  const stream = (sheet as unknown as { stream?: { pipes?: unknown[] } }).stream;
  return stream?.pipes?.[0] as Writable | undefined;
}

async function drained(sheet: Excel.Worksheet, signal: AbortSignal): Promise<void> {
  const entry = sheetEntry(sheet);
  // readable-stream 2 (archiver's) has no `writableNeedDrain`; its state says the same.
  const state = (entry as { _writableState?: { needDrain?: boolean } } | undefined)?._writableState;
  while (entry && state?.needDrain) await once(entry, 'drain', { signal });
}

function addRow(sheet: Excel.Worksheet, values: CellValue[], style: (index: number) => Partial<Excel.Style>): void {
  const row = sheet.addRow(values);
  row.eachCell((cell, n) => {
    cell.style = style(n - 1);
  });
  row.commit();
}

function openSheet(book: Excel.Workbook, name: string, columns: readonly XlsxColumn[]): Excel.Worksheet {
  // The header rows and the first column (when it was sent) stay in view.
  const views = [{ state: 'frozen' as const, xSplit: 1, ySplit: 2, topLeftCell: 'B3', activeCell: 'B3' }];
  const sheet = book.addWorksheet(name, { views });
  sheet.columns = columns.map((c) => ({ width: c.width }));
  addRow(
    sheet,
    columns.map((c) => c.id),
    () => ID_ROW,
  );
  addRow(
    sheet,
    columns.map((c) => c.words),
    () => WORDS_ROW,
  );
  return sheet;
}

function closeSheet(sheet: Excel.Worksheet, last: number, width: number): void {
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: last, column: width } };
  sheet.commit();
}

/** One survey version's rows; past the rows a sheet holds, they go on in another sheet of its name and (2). */
async function writeSheet(
  book: Excel.Workbook,
  name: () => string,
  columns: readonly XlsxColumn[],
  rows: AsyncIterable<SheetRow> | Iterable<SheetRow>,
  pace: { signal: AbortSignal; count: { rows: number }; rowsPerSheet: number },
): Promise<void> {
  let sheet = openSheet(book, name(), columns);
  let last = 2;
  for await (const row of rows) {
    if (last >= pace.rowsPerSheet) {
      closeSheet(sheet, last, columns.length);
      sheet = openSheet(book, name(), columns);
      last = 2;
    }
    addRow(
      sheet,
      columns.map((c) => c.value(row)),
      (i) => LOOKS[columns[i]?.look ?? 'plain'],
    );
    last += 1;
    pace.count.rows += 1;
    if (last % PACE_EVERY === 0) await drained(sheet, pace.signal);
  }
  closeSheet(sheet, last, columns.length);
}

const emptyPlan = (zones: readonly string[]): SheetPlan => ({
  definition: undefined,
  kinds: new Set(),
  zones: new Set(zones),
  extraIds: new Set(),
  contactIds: new Set(),
  overflow: false,
});

async function writeWorkbook(out: Writable, source: XlsxSource, signal: AbortSignal): Promise<void> {
  const { lang, surveys } = source;
  const find = surveyFinder(surveys);
  const planner = new SheetPlanner(find);
  for await (const s of source.rows()) {
    signal.throwIfAborted();
    planner.see(s, source.zoneOf(source.signs(s).practiceId));
  }
  const ExcelJS = await loadExcel();
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  book.creator = 'patient-feedback';
  book.created = source.now;
  const name = sheetNames();
  const words = SHEET_WORDS[lang];
  const pace = { signal, count: source.count, rowsPerSheet: source.rowsPerSheet ?? EXCEL_ROWS };
  const plans = planner.sheets(surveys);
  // Excel opens no workbook without a sheet: an export of nothing has one, its headers in place.
  if (!plans.length) plans.push(emptyPlan(source.zones));
  for (const plan of plans) {
    const d = plan.definition;
    const key = planner.keyOf(plan);
    const kind = plan.kinds.size === 1 ? [...plan.kinds][0] : undefined;
    async function* rows(): AsyncGenerator<SheetRow> {
      for await (const submission of source.rows(kind)) {
        signal.throwIfAborted();
        if (planner.sheetOf(submission) !== key) continue;
        const signs = source.signs(submission);
        const said = staffWords(find, submission as unknown as Record<string, unknown>, lang);
        yield { submission, signs, zone: source.zoneOf(signs.practiceId), said };
      }
    }
    const nothing = plan.kinds.size === 0;
    const sheetName = () =>
      d
        ? name(localize(d.title, lang, d.languages[0] ?? lang), ` v${d.version}`)
        : name(nothing ? words.noSubmissions : words.otherSurveys);
    // The survey's words for the headers; the ids themselves for a survey the collector does not know.
    const surveyWords = staffWords(find, d ? { kind: d.kind, survey: { id: d.id, version: d.version } } : {}, lang);
    const columns = sheetColumns(plan, lang, surveyWords);
    await writeSheet(book, sheetName, columns, nothing ? [] : rows(), pace);
  }
  await book.commit();
}

/** The workbook, a chunk of bytes at a time; nothing is read from the store until the first chunk is asked for. */
export async function* xlsxChunks(source: XlsxSource): AsyncGenerator<Buffer> {
  const out = new PassThrough({ highWaterMark: 64 * 1024 });
  // The loop below sees an error; once it has stopped (a download cut off), a late write's complaint goes nowhere.
  out.on('error', () => undefined);
  const stop = new AbortController();
  const writing = writeWorkbook(out, source, stop.signal).catch((error: unknown) => {
    out.destroy(error instanceof Error ? error : new Error(String(error)));
  });
  try {
    for await (const chunk of out) yield chunk as Buffer;
    await writing;
  } finally {
    stop.abort();
  }
}
