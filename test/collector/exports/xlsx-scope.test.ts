/**
 * What the Excel export holds, as the other exports: the filters (`kind`, `from`, `to`, `practice`, `location`),
 * only the practices the person or token sees (another practice asked for is 403), an audit row once it has gone,
 * a submission that looks automated marked, and an erased one as it is now, with when its words were erased. Over
 * real HTTP on both engines, read back with exceljs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import { eraseSubmissions } from '../../../collector/patient-data/erase.js';
import { knownSurveys } from '../../../collector/surveys/known-surveys.js';
import { engines, type TestDatabase } from '../engines.js';
import {
  firstImpression,
  signedIn,
  startCollector,
  whatWentWrong,
  type Running,
  type StaffSession,
} from '../helpers.js';
import { readWorkbook, values, type ReadSheet } from './workbook.js';

const SETUP = { name: 'test setup' };
const ANN = 'ann@north.example';

describe.each(engines)('what the Excel export holds, on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  let ann: StaffSession;
  let northToken: string;
  const northEarly = firstImpression({ submittedAt: '2026-11-20T09:00:00.000Z', answers: { overall: 'good' } });
  const northCase = whatWentWrong({
    location: 'waiting-room',
    answers: {
      categories: ['billing'],
      details: 'NORTHWORDS charged twice',
      contact: { method: 'phone', value: '555-0100', consent: true, bestTime: '' },
    },
  });
  const northBot = firstImpression({ honeypot: 'https://spam.example', answers: { overall: 'very-good' } });
  const southImpression = firstImpression({ answers: { overall: 'poor', comments: 'SOUTHWORDS cold room' } });
  const southCase = whatWentWrong({ answers: { categories: ['wait-time'], details: 'SOUTHWORDS the wait' } });

  const as = (who: StaffSession, query = '') =>
    fetch(`${app.url}/api/feedback/export.xlsx${query}`, { headers: { Cookie: who.cookie } });
  const ids = (sheets: ReadSheet[]) => sheets.flatMap((s) => values(s).map((r) => r.id));
  const texts = (sheets: ReadSheet[]) => sheets.flatMap((s) => values(s).flatMap((r) => Object.values(r).map(String)));

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), retentionEveryMs: false });
    const { practices } = app.collector;
    await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
    await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'America/New_York' });
    app.collector.directory.forget();
    const send = (practice: string, body: Record<string, unknown>) =>
      fetch(`${app.url}/api/feedback/p/${practice}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const s of [northEarly, northCase, northBot]) expect((await send('north', s)).status).toBe(201);
    for (const s of [southImpression, southCase]) expect((await send('south', s)).status).toBe(201);
    await app.collector.signIn.accounts.add(SETUP, ANN, 'staff', 'a long staff passphrase 42', ['north']);
    ann = await signedIn(app.collector, ANN, 'staff');
    const tokens = new ApiTokens(app.collector.store.db);
    northToken = (await tokens.create(SETUP, 'north dashboard', 'staff', ['north'])).secret;
  });
  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)('keeps to the filters, and refuses one it does not understand', async () => {
    const get = async (query: string) => readWorkbook(await app.staffFetch(`/api/feedback/export.xlsx?${query}`));
    const wrong = await get('kind=what-went-wrong');
    expect(wrong.map((s) => s.name)).toEqual(['Tell us what went wrong v1']);
    expect(ids(wrong)).toEqual([northCase.id, southCase.id]);
    expect(ids(await get('practice=north'))).toEqual([northEarly.id, northBot.id, northCase.id]);
    expect(ids(await get('from=2026-11-21'))).not.toContain(northEarly.id);
    expect(ids(await get('to=2026-11-20'))).toEqual([northEarly.id]);
    expect(ids(await get('location=waiting-room'))).toEqual([northCase.id]);
    for (const query of ['kind=other', 'from=20-11-2026', 'lang=fr']) {
      expect((await app.staffFetch(`/api/feedback/export.xlsx?${query}`)).status, query).toBe(400);
    }
  });

  it.skipIf(engine.skip)('holds only the practices one sees; asking for another is refused', async () => {
    const own = await readWorkbook(await as(ann));
    expect(ids(own).sort()).toEqual([northEarly.id, northBot.id, northCase.id].map(String).sort());
    expect(texts(own).join('\n')).not.toContain('SOUTHWORDS');
    expect((await as(ann, '?practice=south')).status).toBe(403);

    const bearer = { Authorization: `Bearer ${northToken}` };
    const byToken = await readWorkbook(await fetch(`${app.url}/api/feedback/export.xlsx`, { headers: bearer }));
    expect(ids(byToken).sort()).toEqual(ids(own).sort());
    const refused = await fetch(`${app.url}/api/feedback/export.xlsx?practice=south`, { headers: bearer });
    expect(refused.status).toBe(403);
  });

  it.skipIf(engine.skip)('writes who exported what to the audit trail once the file has gone', async () => {
    await (await as(ann, '?kind=first-impression&from=2026-11-01')).arrayBuffer();
    const [event] = await app.collector.signIn.audit.list({ action: 'exported', limit: 1 });
    expect(event?.actor).toBe(ANN);
    expect(event?.detail).toEqual({
      format: 'xlsx',
      kind: 'first-impression',
      from: '2026-11-01',
      rows: 2,
      complete: true,
    });
  });

  it.skipIf(engine.skip)('marks one that looks automated, and shows an erased one as it is now', async () => {
    const stored = await app.collector.store.get(String(northCase.id));
    const erasedAt = '2026-12-01T15:45:00.000Z';
    await eraseSubmissions(app.collector.store, knownSurveys(), [stored!], 'patient-request', erasedAt);
    const [first, wrong] = await readWorkbook(await app.staffFetch('/api/feedback/export.xlsx?practice=north'));
    expect(values(first).find((r) => r.id === northBot.id)).toMatchObject({ looksAutomated: 'hidden-field' });
    const erased = wrong?.rows[0];
    expect(erased?.id?.value).toBe(northCase.id);
    expect(erased?.details).toBeUndefined();
    expect(erased?.contact_value).toBeUndefined();
    expect(erased?.categories?.value).toBe('Billing and insurance');
    // On North's clock (Europe/London, the same as UTC in December), a date cell like the others.
    expect(wrong?.words.at(-1)).toBe('Words erased (Europe/London)');
    expect((erased?.erasedAt?.value as Date).toISOString()).toBe(erasedAt);
  });
});
