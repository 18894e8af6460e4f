/**
 * Results through the staff JSON API over real HTTP, on SQLite and PostgreSQL (issue 13, stage 3): the Friends and
 * Family Test's return per practice, month and collection method checked against counts made here from the seeded
 * submissions (some folded into the aggregates, some still beyond the watermark); one location's figures; counts
 * entered by hand; a month handed in, frozen, with a later arrival shown apart; themes, categories, first contact and
 * locations; who may do what.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import type { FftMonth, ResultsPage } from '../../../src/core/results-api.js';
import { engines, type TestDatabase } from '../engines.js';
import { addSurvey, firstImpression, startCollector, whatWentWrong, type Running } from '../helpers.js';
import { PRACTICE_SURVEY_JSON } from '../../fixtures/practice-survey.js';

const SETUP = { name: 'test setup' };
const ANSWERS = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'] as const;

/** The seeded visits: month, channel, location, overall, greeting. */
const VISITS = Array.from({ length: 40 }, (_, i) => ({
  day: `2026-${i % 4 === 0 ? '10' : '11'}-${String(2 + (i % 27)).padStart(2, '0')}`,
  channel: i % 3 === 0 ? 'embed' : 'kiosk',
  location: i % 2 === 0 ? 'front-desk' : 'waiting-room',
  overall: ANSWERS[(i * 7) % 6]!,
  greeting: i % 5 === 0 ? undefined : ANSWERS[i % 5]!,
}));

/** Whole percent, halves up: counted here, not with the collector's code. */
const percent = (part: number, total: number) => (total === 0 ? null : Math.floor((200 * part + total) / (2 * total)));

function expected(visits: typeof VISITS) {
  const counts = Object.fromEntries(ANSWERS.map((a) => [a, visits.filter((v) => v.overall === a).length]));
  const total = visits.length;
  const positive = (counts['very-good'] ?? 0) + (counts.good ?? 0);
  const negative = (counts.poor ?? 0) + (counts['very-poor'] ?? 0);
  return { counts, total, percentPositive: percent(positive, total), percentNegative: percent(negative, total) };
}

describe.each(engines)('results through the staff API on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  let admin: string;
  let staff: string;
  let south: string;

  const call = (path: string, init: { body?: unknown; as?: string } = {}) =>
    fetch(`${app.url}${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${init.as ?? admin}`, 'Content-Type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const json = async <T>(res: Response, status = 200) => {
    expect(res.status, await res.clone().text()).toBe(status);
    return (await res.json()) as T;
  };
  const results = (query = '') =>
    call(`/api/staff/results?practice=north&from=2026-10&to=2026-11${query}`).then((r) => json<ResultsPage>(r));
  const month = (page: ResultsPage, m: string) => page.fft.find((r) => r.month === m && r.practiceId === 'north')!;
  const save = (s: Record<string, unknown>) =>
    app.collector.store.save(s as { id: string; kind: string }, undefined, { practiceId: 'north' });

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
    await practices.addLocation(SETUP, 'north', 'front-desk', 'Front desk');
    await practices.addLocation(SETUP, 'north', 'waiting-room', 'Waiting room');
    await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
    app.collector.directory.forget();
    for (const [i, v] of VISITS.entries()) {
      await save(
        firstImpression({
          submittedAt: `${v.day}T10:00:00.000Z`,
          channel: v.channel,
          location: v.location,
          answers: { overall: v.overall, ...(v.greeting ? { greeting: v.greeting } : {}) },
        }),
      );
      // Half folded into the aggregates, half read from the rows beyond the watermark.
      if (i === 19) await app.collector.results.fold();
    }
    // Cases count by when they arrived (their first contact is timed from then).
    await app.collector.store.save(
      whatWentWrong({ submittedAt: '2026-11-03T10:00:00.000Z' }) as { id: string; kind: string },
      '2026-11-03T10:00:05.000Z',
      { practiceId: 'north' },
    );
    // The practice's own survey: three patients in November (not the FFT: its figures above leave them out).
    await addSurvey(app, PRACTICE_SURVEY_JSON);
    for (const [overall, visitFor] of [
      ['9', ['check-up', 'cleaning']],
      ['10', ['cleaning']],
      ['9', []],
    ] as const) {
      await save(
        firstImpression({
          survey: { id: 'smile-dental-visit', version: '2' },
          submittedAt: '2026-11-05T10:00:00.000Z',
          answers: { overall, 'visit-for': visitFor },
        }),
      );
    }
    const tokens = new ApiTokens(app.collector.store.db);
    admin = (await tokens.create(SETUP, 'manager', 'admin')).secret;
    staff = (await tokens.create(SETUP, 'desk', 'staff', ['north'])).secret;
    south = (await tokens.create(SETUP, 'south desk', 'staff', ['south'])).secret;
  });

  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)(
    'hands in the FFT per month and collection method, as counted from the seeded rows',
    async () => {
      const page = await results();
      expect(page).toMatchObject({ from: '2026-10', to: '2026-11' });
      for (const m of ['2026-10', '2026-11']) {
        const seeded = VISITS.filter((v) => v.day.startsWith(m));
        expect(month(page, m).all).toMatchObject(expected(seeded));
        for (const [method, channel] of [
          ['kiosk', 'kiosk'],
          ['website', 'embed'],
        ] as const) {
          const row = month(page, m).methods.find((x) => x.method === method);
          expect(row?.figures, `${m} ${method}`).toMatchObject(expected(seeded.filter((v) => v.channel === channel)));
        }
      }
      expect(page.fft.map((r) => r.month)).toEqual(['2026-11', '2026-10']);

      const desk = await results('&location=front-desk');
      const atDesk = VISITS.filter((v) => v.location === 'front-desk' && v.day.startsWith('2026-11'));
      expect(month(desk, '2026-11').all).toMatchObject(expected(atDesk));
      expect(desk.weeks.reduce((n, w) => n + w.total, 0)).toBe(
        VISITS.filter((v) => v.location === 'front-desk').length,
      );

      expect(page.weeks.reduce((n, w) => n + w.total, 0)).toBe(VISITS.length);
      expect(page.weeks[0]?.week).toBe('2026-09-28');
      expect(page.chart.points.length).toBe(page.weeks.filter((w) => w.total > 0).length);
      expect(page.locations.map((l) => [l.name, l.all.total])).toEqual([
        ['Front desk', VISITS.filter((v) => v.location === 'front-desk').length],
        ['Waiting room', VISITS.filter((v) => v.location === 'waiting-room').length],
      ]);
      const greeting = page.themes.find((t) => t.question === 'greeting')!;
      for (const a of greeting.answers) {
        const seeded = VISITS.filter((v) =>
          a.value === '' ? v.greeting === undefined : v.greeting === a.value,
        ).length;
        expect(a.count, a.value).toBe(seeded);
      }
      expect(page.categories.filter((c) => c.count > 0).map((c) => c.value)).toEqual(['wait-time', 'communication']);
      expect(page.recoveryForms).toBe(1);
    },
  );

  it.skipIf(engine.skip)(
    'adds hand-entered counts, freezes a month handed in and shows later arrivals apart',
    async () => {
      const paper = { 'very-good': 4, good: 3, neither: 0, poor: 1, 'very-poor': 0, 'dont-know': 2 };
      const entered = await json<FftMonth>(
        await call('/api/staff/results/hand-counts', {
          body: { practice: 'north', month: '2026-11', method: 'paper', counts: paper },
          as: staff,
        }),
      );
      const november = VISITS.filter((v) => v.day.startsWith('2026-11'));
      expect(entered.methods.find((m) => m.method === 'paper')).toMatchObject({
        handEntered: true,
        figures: { total: 10 },
      });
      expect(entered.all.total).toBe(november.length + 10);
      expect(entered.all.counts['very-good']).toBe(november.filter((v) => v.overall === 'very-good').length + 4);

      const handIn = { practice: 'north', month: '2026-11' };
      expect((await call('/api/staff/results/hand-in', { body: handIn, as: staff })).status).toBe(403);
      expect((await call('/api/staff/results/hand-in', { body: { practice: 'north', month: '2999-01' } })).status).toBe(
        409,
      );
      expect(
        (await call('/api/staff/results/hand-counts', { body: { ...handIn, method: 'fax', counts: paper } })).status,
      ).toBe(400);
      const frozen = await json<FftMonth>(await call('/api/staff/results/hand-in', { body: handIn }));
      expect(frozen.handedIn).toMatchObject({ by: 'token "manager"', all: { total: november.length + 10 } });
      expect((await call('/api/staff/results/hand-in', { body: handIn })).status).toBe(409);
      // Cards typed in after the hand-in count now, shown apart; the month as handed in stays.
      const sms = { 'very-good': 0, good: 0, neither: 0, poor: 0, 'very-poor': 0, 'dont-know': 1 };
      const typedLater = await json<FftMonth>(
        await call('/api/staff/results/hand-counts', { body: { ...handIn, method: 'sms', counts: sms } }),
      );
      expect(typedLater.handedIn).toMatchObject({ all: { total: november.length + 10 }, later: { 'dont-know': 1 } });

      await save(firstImpression({ submittedAt: '2026-11-30T12:00:00.000Z', answers: { overall: 'poor' } }));
      const after = month(await results(), '2026-11');
      expect(after.handedIn?.all.total).toBe(november.length + 10);
      expect(after.all.total).toBe(november.length + 12);
      expect(after.handedIn?.later).toMatchObject({ poor: 1, good: 0, 'dont-know': 1 });
    },
  );

  it.skipIf(engine.skip)('keeps each practice to those who see it, and checks the organisation code', async () => {
    expect((await call('/api/staff/results?practice=north', { as: south })).status).toBe(403);
    expect((await call('/api/staff/results?from=2026-11&to=2026-10')).status).toBe(400);
    expect((await call('/api/staff/results?from=11-2026')).status).toBe(400);
    const wrong = await call('/api/staff/results/organisation-code', {
      body: { practice: 'north', odsCode: 'F8 1001!' },
    });
    expect(await json<{ path: string }>(wrong, 400)).toMatchObject({ path: 'odsCode' });
    const set = await call('/api/staff/results/organisation-code', {
      body: { practice: 'north', odsCode: ' f81001 ' },
    });
    expect(await json(set)).toEqual({ odsCode: 'F81001' });
    expect(month(await results(), '2026-11').odsCode).toBe('F81001');
    expect(
      (
        await call('/api/staff/results/organisation-code', {
          body: { practice: 'north', odsCode: 'F81001' },
          as: staff,
        })
      ).status,
    ).toBe(403);
  });
});
