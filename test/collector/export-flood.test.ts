/**
 * Finding 1 of issue 9, "Flood → every export breaks": after thousands of large submissions each export was built
 * as one string, answered 500 (RangeError) and took the collector's memory to 2.5 GB. Here the collector runs in a
 * process of its own (so its memory is its own), holds 2,000 submissions of about 60 KB (120 MB of patients' words),
 * and each export — the Excel workbook too — must answer 200, be complete and parse, while the collector grows by far
 * less than the file, on SQLite and on PostgreSQL.
 */
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../collector/accounts/api-tokens.js';
import { openStore } from '../../collector/store/index.js';
import { startCollectorChild, type CollectorChild } from './collector-child.js';
import { engines, type TestDatabase } from './engines.js';
import { whatWentWrong } from './helpers.js';

const COUNT = Number(process.env.FLOOD_COUNT ?? 2000);
const MB = 1024 * 1024;
/**
 * What the collector may hold beyond its idle heap while it writes a file of about 120 MB (built as one string, the
 * file alone was twice that). Measured on the live heap: RSS also counts garbage V8 has not collected yet.
 */
const GROWTH_LIMIT = 32 * MB;
/** RSS, garbage included: generous, as V8 collects when it likes (built as one string, it grew by over 1 GB). */
const RSS_LIMIT = 200 * MB;

/** About 60 KB of a patient's words, with what a spreadsheet must quote: commas, quotes, line breaks, emoji. */
function longWords(i: number): string {
  const sentence = `Visit ${i}: I waited, "again", for a long time 😀\nand nobody said why. `;
  return sentence.repeat(Math.ceil(30_000 / sentence.length));
}

/** Records in a CSV file (RFC 4180: a line break inside quotes is part of the cell). */
function csvRecords(text: string): number {
  let records = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (c === 10 && !quoted) records += 1;
  }
  return records;
}

describe.each(engines)('exports after a flood, on $name', (engine) => {
  let database: TestDatabase;
  let collector: CollectorChild;
  let token: string;
  const ids: string[] = [];

  beforeAll(async () => {
    database = await engine.newDatabase();
    const store = await openStore({ ...database.settings, log: () => undefined });
    for (let i = 0; i < COUNT; i += 1) {
      const words = longWords(i);
      const s = whatWentWrong({ answers: { details: words, remedy: words, categories: ['wait-time'] } });
      ids.push(s.id as string);
      await store.save(s as { id: string; kind: string });
    }
    token = (await new ApiTokens(store.db).create({ name: 'test setup' }, 'flood test', 'admin')).secret;
    await store.close();
    collector = await startCollectorChild(database.settings);
  }, 120_000);

  afterAll(async () => {
    await collector?.stop();
    await database?.remove();
  });

  async function download(
    path: string,
  ): Promise<{ status: number; text: string; bytes: Buffer; growth: number; rss: number }> {
    const before = await collector.startMeasuring();
    const started = performance.now();
    const res = await fetch(`${collector.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
    const bytes = Buffer.from(await res.arrayBuffer());
    const seconds = (performance.now() - started) / 1000;
    const text = path.endsWith('.xlsx') ? '' : bytes.toString('utf8');
    const after = await collector.stopMeasuring();
    const growth = after.peakLiveHeap - before.heapUsed;
    const rss = after.peakRss - before.rss;
    console.log(
      `${path}: ${(bytes.length / MB).toFixed(0)} MB in ${seconds.toFixed(1)} s; collector live heap +${(growth / MB).toFixed(1)} MB, ` +
        `RSS +${(rss / MB).toFixed(0)} MB (with uncollected garbage)`,
    );
    return { status: res.status, text, bytes, growth, rss };
  }

  it.skipIf(engine.skip)('the spreadsheet has every row', { timeout: 60_000 }, async () => {
    const { status, text, growth, rss } = await download('/api/feedback/export.csv');
    expect(status).toBe(200);
    expect(text.length).toBeGreaterThan(COUNT * 50_000);
    expect(csvRecords(text)).toBe(COUNT + 1);
    expect(text.includes(`\r\n${ids[COUNT - 1]},`)).toBe(true);
    expect(growth).toBeLessThan(GROWTH_LIMIT);
    expect(rss).toBeLessThan(RSS_LIMIT);
  });

  it.skipIf(engine.skip)('the Excel workbook reads back with every row, every word', { timeout: 60_000 }, async () => {
    const { status, bytes, growth, rss } = await download('/api/feedback/export.xlsx');
    expect(status).toBe(200);
    // Read a row at a time, as exceljs streams a workbook: 120 MB of words need not sit in the test's memory at once.
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([bytes]), {});
    const seen: string[] = [];
    let details = -1;
    let id = -1;
    let longest = 0;
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const cells = row.values as unknown[];
        if (row.number === 1) {
          details = cells.indexOf('details');
          id = cells.indexOf('id');
        } else if (row.number > 2) {
          seen.push(String(cells[id]));
          longest = Math.max(longest, String(cells[details]).length);
        }
      }
    }
    expect(seen).toEqual(ids);
    expect(longest).toBeGreaterThan(29_000);
    expect(growth).toBeLessThan(GROWTH_LIMIT);
    expect(rss).toBeLessThan(RSS_LIMIT);
  });

  it.skipIf(engine.skip)('the JSON parses and holds every submission in order', { timeout: 60_000 }, async () => {
    const { status, text, growth, rss } = await download('/api/feedback/export.json');
    expect(status).toBe(200);
    const all = JSON.parse(text) as { id: string }[];
    expect(all.map((s) => s.id)).toEqual(ids);
    expect(growth).toBeLessThan(GROWTH_LIMIT);
    expect(rss).toBeLessThan(RSS_LIMIT);
  });

  it.skipIf(engine.skip)('the FHIR Bundle parses with an entry for each', { timeout: 60_000 }, async () => {
    const { status, text, growth, rss } = await download('/api/feedback/export.fhir.json');
    expect(status).toBe(200);
    const bundle = JSON.parse(text) as {
      resourceType: string;
      entry: { resource: { resourceType: string; id: string } }[];
    };
    expect(bundle.resourceType).toBe('Bundle');
    // Each submission's response, then the Questionnaire of the survey version they answer.
    expect(bundle.entry.slice(0, -1).map((e) => e.resource.id)).toEqual(ids);
    expect(bundle.entry.at(-1)?.resource.resourceType).toBe('Questionnaire');
    expect(growth).toBeLessThan(GROWTH_LIMIT);
    expect(rss).toBeLessThan(RSS_LIMIT);
  });
});
