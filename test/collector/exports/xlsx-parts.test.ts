/**
 * The Excel export's parts, called directly: sheet names Excel accepts, the practice's clock, a flood of made-up
 * answer ids kept within one column, and the writer's pace — a download that stops reading stops the reading of
 * rows, and one that is cut off ends it.
 */
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Submission } from '../../../src/core/definition.js';
import { surveyWords } from '../../../src/core/answer-words.js';
import { en } from '../../../src/i18n/en.js';
import { practiceClock } from '../../../collector/exports/local-time.js';
import { sheetNames, MAX_SHEET_NAME } from '../../../collector/exports/sheet-names.js';
import { cellText, sheetColumns, type SheetRow } from '../../../collector/exports/xlsx-columns.js';
import { MAX_EXTRA_COLUMNS, SheetPlanner } from '../../../collector/exports/xlsx-sheets.js';
import { sheetEntry, xlsxChunks } from '../../../collector/exports/xlsx-writer.js';
import { BUILT_IN_SURVEYS, knownSurveys } from '../../../collector/surveys/known-surveys.js';
import { firstImpression } from '../helpers.js';

describe('sheet names', () => {
  it('are at most 31 characters, keep the version, and leave out what Excel refuses', () => {
    const name = sheetNames();
    const long = name('How was your visit to the Riverside Family Dental Practice today', ' v12');
    expect(long).toHaveLength(MAX_SHEET_NAME);
    expect(long.endsWith(' v12')).toBe(true);
    expect(name('Before/after: [care]?*', ' v1')).toBe('Before after care v1');
    expect(name("'Quoted'", '')).toBe('Quoted');
    expect(name('History')).toBe('Sheet');
    // An emoji is two UTF-16 units: never cut in half.
    expect(name('😀'.repeat(20), ' v1')).toBe(`${'😀'.repeat(14)} v1`);
  });

  it('are never the same twice, as Excel compares them (ignoring case)', () => {
    const name = sheetNames();
    expect([name('Your visit', ' v1'), name('YOUR VISIT', ' v1'), name('your visit', ' v1')]).toEqual([
      'Your visit v1',
      'YOUR VISIT v1 (2)',
      'your visit v1 (3)',
    ]);
    const long = 'A very long survey title that fills the name';
    expect(name(long, ' v1')).not.toBe(name(long, ' v1'));
  });
});

describe("the practice's clock", () => {
  const clock = (iso: string, zone: string) => practiceClock(iso, zone)?.toISOString();

  it('reads each moment as the practice read it, summer time and odd offsets included', () => {
    expect(clock('2026-11-22T10:15:00.000Z', 'America/New_York')).toBe('2026-11-22T05:15:00.000Z');
    expect(clock('2026-07-01T10:15:00.000Z', 'America/New_York')).toBe('2026-07-01T06:15:00.000Z');
    expect(clock('2026-07-01T23:30:00.000Z', 'Europe/London')).toBe('2026-07-02T00:30:00.000Z');
    expect(clock('2026-11-22T10:15:30.250Z', 'Asia/Kathmandu')).toBe('2026-11-22T16:00:30.250Z');
    expect(clock('not a time', 'UTC')).toBeUndefined();
  });

  it('is right on both sides of a change of the clocks', () => {
    // New York springs forward at 2:00 on 8 March 2026 (07:00 UTC).
    expect(clock('2026-03-08T06:59:59.000Z', 'America/New_York')).toBe('2026-03-08T01:59:59.000Z');
    expect(clock('2026-03-08T07:00:00.000Z', 'America/New_York')).toBe('2026-03-08T03:00:00.000Z');
    expect(clock('2026-03-08T06:45:00.000Z', 'America/New_York')).toBe('2026-03-08T01:45:00.000Z');
  });
});

describe('columns', () => {
  it('keeps a flood of made-up answer ids to a bounded number of columns', () => {
    const planner = new SheetPlanner(knownSurveys());
    // Five submissions of a survey nobody told the collector about, each with 100 answers under ids of its own.
    for (let n = 0; n < 5; n += 1) {
      const answers = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`q${i}-${n}`, `answer ${i}`]));
      const flood = firstImpression({ survey: { id: 'made-up', version: '1' }, answers });
      planner.see(flood as unknown as Submission, 'UTC');
    }
    const [plan] = planner.sheets(BUILT_IN_SURVEYS);
    expect(plan?.extraIds.size).toBe(MAX_EXTRA_COLUMNS);
    expect(plan?.overflow).toBe(true);
    const columns = sheetColumns(plan!, 'en', surveyWords(undefined, 'en', en));
    expect(columns.length).toBeLessThan(MAX_EXTRA_COLUMNS + 30);
    const more = columns.at(-1);
    expect(more?.id).toBe('moreAnswers');
    const row = { answers: { 'q1-0': 'shown', 'q1-4': 'not shown' } } as unknown as Submission;
    const said = surveyWords(undefined, 'en', en);
    expect(more?.value({ submission: row, said } as SheetRow)).toBe('q1-4: not shown');
  });

  it('keeps a cell within the 32,767 characters Excel holds', () => {
    const text = cellText('x'.repeat(40_000));
    expect(text).toHaveLength(32_767);
    expect(text?.endsWith('…')).toBe(true);
    expect(cellText('')).toBeUndefined();
  });
});

/** A writer's source of `total` first impressions, counting the rows read. */
function firstImpressions(total: number, more: { rowsPerSheet?: number } = {}) {
  const base = firstImpression({ answers: { overall: 'good', comments: 'Friendly front desk, short wait.' } });
  const source = {
    read: 0,
    async *rows() {
      for (let i = 0; i < total; i += 1) {
        // As the store reads them: a chunk at a time.
        if (i % 1000 === 0) await new Promise((resolve) => setImmediate(resolve));
        source.read += 1;
        yield { ...base, id: `row-${i}` } as unknown as Submission;
      }
    },
    signs: () => ({ practiceId: 'default', unknownLocation: false, receivedAt: '2026-11-22T10:15:02.000Z' }),
    zoneOf: () => 'UTC',
    zones: ['UTC'],
    surveys: BUILT_IN_SURVEYS,
    lang: 'en' as const,
    now: new Date(),
    count: { rows: 0 },
    ...more,
  };
  return source;
}

describe('a sheet', () => {
  it('goes on in another sheet of its name when it holds as many rows as Excel shows', async () => {
    const bytes: Buffer[] = [];
    for await (const chunk of xlsxChunks(firstImpressions(7, { rowsPerSheet: 5 }))) bytes.push(chunk);
    const book = new ExcelJS.Workbook();
    const file = Buffer.concat(bytes);
    await book.xlsx.load(file.buffer.slice(file.byteOffset, file.byteOffset + file.length));
    expect(book.worksheets.map((s) => [s.name, s.rowCount])).toEqual([
      ['Your first impression v1', 5],
      ['Your first impression v1 (2)', 5],
      ['Your first impression v1 (3)', 3],
    ]);
    expect(book.worksheets[2]?.getRow(2).getCell(1).text).toBe('Sent (UTC)');
  });
});

describe('a read that fails', () => {
  it('ends the download with the error, never with a workbook cut short passed off as whole', async () => {
    const source = firstImpressions(5000);
    let reads = 0;
    async function* failing() {
      let n = 0;
      for await (const s of source.rows()) {
        if (++n > 3000) throw new Error('The database went away.');
        yield s;
      }
    }
    // The first read (planning the sheets) goes well; the second breaks off.
    const broken = { ...source, rows: () => (++reads === 1 ? source.rows() : failing()) };
    const download = async () => {
      for await (const _ of xlsxChunks(broken)) void _;
    };
    await expect(download()).rejects.toThrow('The database went away.');
  });
});

describe("the writer's pace", () => {
  it('finds the archive entry it waits on where exceljs 4 keeps it', () => {
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: new PassThrough() });
    const entry = sheetEntry(book.addWorksheet('A')) as unknown as { _writableState?: { needDrain?: boolean } };
    expect(typeof entry?._writableState?.needDrain).toBe('boolean');
  });

  it('reads rows only as fast as the download takes them, and stops when it is cut off', async () => {
    const total = 200_000;
    const source = firstImpressions(total);
    const chunks = xlsxChunks(source);
    await chunks.next();
    // The first read (planning the sheet) is done; then the download stops taking bytes. The writer goes on until
    // the archive's buffers (bytes, not rows: some tens of thousands of these small rows compressed) are full, then
    // waits: wait for it to settle, then check it has stopped well short of the end.
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    let held = -1;
    for (let tries = 0; tries < 50 && held !== source.count.rows; tries += 1) {
      held = source.count.rows;
      await sleep(200);
    }
    expect(source.read).toBeGreaterThanOrEqual(total);
    expect(held).toBe(source.count.rows);
    expect(held).toBeLessThan(total / 2);
    await chunks.return(undefined);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(source.count.rows).toBeLessThan(held + 1000);
  });
});
