/**
 * The Excel export (GET /api/feedback/export.xlsx) as front-office staff open it, over real HTTP on both engines, read
 * back with exceljs: a sheet per survey version in words (English, or Spanish when asked), the practice's own
 * survey with its own questions, dates as date cells on each practice's clock, patients' words as text — a formula
 * stays text — and an export of nothing still a workbook Excel opens.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { practiceSurvey } from '../../fixtures/practice-survey.js';
import { engines, type TestDatabase } from '../engines.js';
import { addSurvey, firstImpression, startCollector, whatWentWrong, type Running } from '../helpers.js';
import { readWorkbook, values } from './workbook.js';

const SETUP = { name: 'test setup' };
const FORMULA = '=HYPERLINK("http://evil.example","Click")';
const WORLD = 'Café 😀 مرحبا بكم 你好';
const LONG = 'I waited and waited. '.repeat(80).trim();

describe.each(engines)('the Excel export on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  const northFirst = firstImpression({ answers: { overall: 'very-good', greeting: 'good', comments: FORMULA } });
  const southFirst = firstImpression({ answers: { overall: 'poor', comments: WORLD } });
  const southWrong = whatWentWrong({
    answers: {
      categories: ['wait-time', 'communication'],
      details: LONG,
      contact: { method: 'email', value: 'pat@example.com', consent: true, bestTime: 'mornings' },
    },
  });
  const northOwn = firstImpression({
    survey: { id: practiceSurvey.id, version: practiceSurvey.version },
    submittedAt: '2026-07-01T23:30:00.000Z',
    answers: { overall: '9', 'visit-for': ['treatment', 'cleaning'], pain: 'yes', comments: 'Kind nurse' },
  });
  const northOther = firstImpression({
    survey: { id: 'mystery-survey', version: '3' },
    answers: { stars: '5', note: 'Lovely' },
  });

  const send = async (practice: string, body: Record<string, unknown>) => {
    const res = await fetch(`${app.url}/api/feedback/p/${practice}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(201);
  };
  const download = (query = '') => app.staffFetch(`/api/feedback/export.xlsx${query}`);

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({
      dataDir,
      ...(databaseUrl ? { databaseUrl } : {}),
      retentionEveryMs: false,
      resultsEveryMs: false,
    });
    const { practices } = app.collector;
    await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
    await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'America/New_York' });
    await practices.addLocation(SETUP, 'south', 'waiting-room');
    app.collector.directory.forget();
    await addSurvey(app, practiceSurvey);
    for (const s of [northFirst, northOwn, northOther]) await send('north', s);
    for (const s of [southFirst, southWrong]) await send('south', s);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)('is a dated attachment, never cached, of a sheet per survey version', async () => {
    const res = await download();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const today = new Date().toISOString().slice(0, 10);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="patient-feedback-${today}.xlsx"`);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const sheets = await readWorkbook(res);
    expect(sheets.map((s) => s.name)).toEqual([
      'Your first impression v1',
      'Tell us what went wrong v1',
      'Your visit to Smile Dental v2',
      'Other surveys',
    ]);
    expect(sheets.map((s) => values(s).map((r) => r.id))).toEqual([
      [northFirst.id, southFirst.id],
      [southWrong.id],
      [northOwn.id],
      [northOther.id],
    ]);
  });

  it.skipIf(engine.skip)('heads each column with its question in words, the stable id above it', async () => {
    const [first, wrong, own, other] = await readWorkbook(await download());
    expect(own?.ids.slice(0, 13)).toEqual([
      'submittedAt',
      'receivedAt',
      'reference',
      'practice',
      'location',
      'lang',
      'channel',
      'overall',
      'visit-for',
      'pain',
      'comments',
      'id',
      'relatedTo',
    ]);
    expect(own?.words.slice(7, 11)).toEqual([
      'How likely are you to recommend us to a friend? (0 = not at all, 10 = extremely)',
      'What was your visit for?',
      'Were you kept comfortable during treatment?',
      'Anything else you would like to tell us?',
    ]);
    expect(own?.ids.slice(-4)).toEqual(['practiceId', 'unknownLocation', 'looksAutomated', 'erasedAt']);
    expect(first?.words).toContain('How were you greeted when you arrived?');
    // The recovery form's apology is words to read, not a question: no column.
    expect(wrong?.ids).not.toContain('apology');
    expect(wrong?.ids).toEqual(
      expect.arrayContaining(['contact_method', 'contact_value', 'contact_consent', 'contact_bestTime']),
    );
    expect(wrong?.words).toContain('How can we reach you? (number or address)');
    // A survey the collector does not know: its answers under their ids.
    expect(other?.ids).toEqual(expect.arrayContaining(['note', 'stars']));
    expect(other?.words[other.ids.indexOf('stars')]).toBe('stars');
  });

  it.skipIf(engine.skip)('writes answers in the words of each survey version, in Spanish when asked', async () => {
    const [first, wrong, own, other] = (await readWorkbook(await download())).map(values);
    expect(first?.[0]).toMatchObject({ overall: 'Very good', greeting: 'Good', practiceId: 'north' });
    expect(first?.[1]).toMatchObject({ overall: 'Poor', practiceId: 'south', unknownLocation: 'Yes' });
    expect(wrong?.[0]).toMatchObject({
      categories: 'Wait time; Communication',
      contact_method: 'E-mail',
      contact_value: 'pat@example.com',
      contact_consent: 'Yes',
      contact_bestTime: 'mornings',
      reference: 'RC-7KQ2-9F',
    });
    expect(own?.[0]).toMatchObject({ overall: '9', 'visit-for': 'A treatment; A cleaning', pain: 'Yes' });
    expect(other?.[0]).toMatchObject({ stars: '5', note: 'Lovely', survey: 'mystery-survey', version: '3' });

    const spanish = await readWorkbook(await download('?lang=es'));
    expect(spanish.map((s) => s.name)).toEqual([
      'Su primera impresión v1',
      'Cuéntenos qué salió mal v1',
      'Su visita a Smile Dental v2',
      'Otras encuestas',
    ]);
    const [firstEs, wrongEs, ownEs] = spanish.map(values);
    expect(firstEs?.[0]).toMatchObject({ overall: 'Muy buena', greeting: 'Buena' });
    expect(wrongEs?.[0]).toMatchObject({ categories: 'Tiempo de espera; Comunicación', contact_consent: 'Sí' });
    expect(ownEs?.[0]).toMatchObject({ 'visit-for': 'Un tratamiento; Una limpieza', pain: 'Sí' });
    expect(spanish[2]?.words).toContain('¿Para qué fue su visita?');
    expect(spanish[2]?.words[0]).toBe('Enviado (Europe/London)');
  });

  it.skipIf(engine.skip)('writes dates as date cells on the practice’s clock, and says which', async () => {
    const [first, wrong, own] = await readWorkbook(await download());
    // 10:20 UTC is 05:20 in New York; Excel has no zones, so the cell holds the clock time the header names.
    expect(wrong?.words[0]).toBe('Sent (America/New_York)');
    const sent = wrong?.rows[0]?.submittedAt;
    expect(sent?.type).toBe(ExcelJS.ValueType.Date);
    expect((sent?.value as Date).toISOString()).toBe('2026-11-22T05:20:00.000Z');
    expect(sent?.numFmt).toBe('yyyy-mm-dd hh:mm');
    expect(wrong?.rows[0]?.receivedAt?.type).toBe(ExcelJS.ValueType.Date);
    // Summer time: 23:30 UTC on 1 July is half past midnight on 2 July in London.
    expect(own?.words[0]).toBe('Sent (Europe/London)');
    expect((own?.rows[0]?.submittedAt?.value as Date).toISOString()).toBe('2026-07-02T00:30:00.000Z');
    // Two practices' zones on one sheet: each row's zone in a column of its own.
    expect(first?.words.slice(0, 3)).toEqual([
      "Sent (each practice's time)",
      "Received (each practice's time)",
      'Time zone',
    ]);
    const times = values(first).map((r) => [(r.submittedAt as Date).toISOString(), r.timeZone]);
    expect(times).toEqual([
      ['2026-11-22T10:15:00.000Z', 'Europe/London'],
      ['2026-11-22T05:15:00.000Z', 'America/New_York'],
    ]);
  });

  it.skipIf(engine.skip)('keeps patients’ words as text: a formula stays a string, any script intact', async () => {
    const [first, wrong] = await readWorkbook(await download());
    const risky = first?.rows[0]?.comments;
    expect(risky?.type).toBe(ExcelJS.ValueType.String);
    expect(risky?.value).toBe(FORMULA);
    expect(risky?.formula).toBeUndefined();
    expect(first?.rows[1]?.comments?.value).toBe(WORLD);
    const details = wrong?.rows[0]?.details;
    expect(details?.value).toBe(LONG);
    expect(details?.alignment?.wrapText).toBe(true);
  });

  it.skipIf(engine.skip)('freezes the header rows, filters on the words, and sizes the columns', async () => {
    const [first] = await readWorkbook(await download());
    const sheet = first?.sheet;
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 1 });
    const last = sheet?.getColumn(first?.ids.length ?? 0).letter;
    expect(sheet?.autoFilter).toBe(`A2:${last}4`);
    expect(sheet?.getRow(2).getCell(1).font?.bold).toBe(true);
    expect(sheet?.getColumn(first!.ids.indexOf('comments') + 1).width).toBe(50);
    expect(sheet?.getColumn(1).width).toBe(17);
  });

  it.skipIf(engine.skip)('an export of nothing is still a workbook, its headers in place', async () => {
    const res = await download('?from=2030-01-01');
    expect(res.status).toBe(200);
    const sheets = await readWorkbook(res);
    expect(sheets.map((s) => [s.name, s.rows.length])).toEqual([['No submissions', 0]]);
    expect(sheets[0]?.ids).toEqual(expect.arrayContaining(['submittedAt', 'reference', 'id', 'erasedAt']));
  });
});
