/**
 * Staff who see only their own practices (issue 11): two practices on one collector, a submission of each kind for
 * each, and every way staff read patients' answers — the inbox, a submission, the results, a reference search, a case update (through the staff API), the three
 * exports, a patient's data, the JSON API — asked as someone of one practice, by an admin of the other, by a token
 * limited to one, and by a group admin. Each practice's submissions carry words of their own, so a leak shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import { referenceFromId } from '../../../src/core/reference.js';
import type { ResultsPage } from '../../../src/core/results-api.js';
import type { InboxPage } from '../../../src/core/staff-api.js';
import { engines, type TestDatabase } from '../engines.js';
import {
  firstImpression,
  signedIn,
  startCollector,
  whatWentWrong,
  type Running,
  type StaffSession,
} from '../helpers.js';

const SETUP = { name: 'test setup' };

describe.each(engines)('staff of one practice on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  let north: StaffSession;
  let southAdmin: StaffSession;
  let northToken: string;
  const northCase = whatWentWrong({
    reference: undefined,
    answers: {
      categories: ['wait-time'],
      details: 'NORTHWORDS the wait at North',
      contact: { method: 'email', value: 'north.patient@example.com', consent: true, bestTime: '' },
    },
  });
  const southCase = whatWentWrong({
    reference: undefined,
    answers: {
      categories: ['billing'],
      details: 'SOUTHWORDS the bill at South',
      contact: { method: 'email', value: 'south.patient@example.com', consent: true, bestTime: '' },
    },
  });
  const northImpression = firstImpression({ answers: { overall: 'good', comments: 'NORTHWORDS friendly' } });
  const southImpression = firstImpression({ answers: { overall: 'poor', comments: 'SOUTHWORDS cold room' } });
  const south = [southCase, southImpression];

  const send = (path: string, body: Record<string, unknown>) =>
    fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const as = (who: StaffSession, path: string, init: RequestInit = {}) =>
    fetch(`${app.url}${path}`, {
      redirect: 'manual',
      ...init,
      headers: { Cookie: who.cookie, Accept: 'text/html', ...(init.headers as Record<string, string> | undefined) },
    });
  const form = (who: StaffSession, path: string, fields: Record<string, string | string[]>) => {
    const body = new URLSearchParams({ _csrf: who.csrf });
    for (const [name, value] of Object.entries(fields)) {
      for (const v of [value].flat()) body.append(name, v);
    }
    return as(who, path, {
      method: 'POST',
      body,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: app.url },
    });
  };
  const leaks = (text: string) => south.some((s) => text.includes(String(s.id))) || text.includes('SOUTHWORDS');

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), retentionEveryMs: false });
    const { practices } = app.collector;
    await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
    await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'America/New_York' });
    app.collector.directory.forget();
    for (const s of [northCase, northImpression]) expect((await send('/api/feedback/p/north', s)).status).toBe(201);
    for (const s of south) expect((await send('/api/feedback/p/south', s)).status).toBe(201);
    const { accounts } = app.collector.signIn;
    await accounts.add(SETUP, 'ann@north.example', 'staff', 'a long staff passphrase 42', ['north']);
    await accounts.add(SETUP, 'sam@south.example', 'admin', 'a long staff passphrase 42', ['south']);
    north = await signedIn(app.collector, 'ann@north.example', 'staff');
    southAdmin = await signedIn(app.collector, 'sam@south.example', 'admin');
    northToken = (await new ApiTokens(app.collector.store.db).create(SETUP, 'north dashboard', 'staff', ['north']))
      .secret;
  });

  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  const json = async <T>(who: StaffSession, path: string) => (await (await as(who, path)).json()) as T;
  const fft = (page: ResultsPage, answer: 'good' | 'poor') => page.fft.reduce((n, m) => n + m.all.counts[answer], 0);

  it.skipIf(engine.skip)('the inbox shows one practice its own cases and counts, never the other’s', async () => {
    const inbox = await (await as(north, '/api/staff/inbox')).text();
    expect(inbox).toContain('NORTHWORDS the wait at North');
    expect(leaks(inbox)).toBe(false);
    const { practices } = await json<{ practices: { id: string; counts: { whatWentWrong: number } }[] }>(
      north,
      '/api/staff/practices',
    );
    expect(practices.map((p) => [p.id, p.counts.whatWentWrong])).toEqual([['north', 1]]);
    // The overall answers (from the monthly results) are theirs alone: North's "good", not South's "poor".
    const results = await json<ResultsPage>(north, '/api/staff/results');
    expect([fft(results, 'good'), fft(results, 'poor')]).toEqual([1, 0]);
    // A reference read out on the phone finds nothing of the other practice.
    const search = await (
      await as(north, `/api/staff/inbox?q=${encodeURIComponent(referenceFromId(String(southCase.id)))}`)
    ).text();
    expect((JSON.parse(search) as InboxPage).items).toEqual([]);
    expect(leaks(search)).toBe(false);
    expect((await as(north, `/api/staff/submissions/${String(southCase.id)}`)).status).toBe(404);
  });

  it.skipIf(engine.skip)('a case of the other practice cannot be updated: for them it does not exist', async () => {
    const change = (id: unknown, body: unknown) =>
      as(north, `/api/staff/cases/${String(id)}`, {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': north.csrf },
      });
    expect((await change(southCase.id, { status: 'resolved' })).status).toBe(404);
    expect((await app.collector.store.followUp(String(southCase.id))).status).toBe('new');
    expect((await change(northCase.id, { status: 'contacted', note: 'called' })).status).toBe(200);
  });

  it.skipIf(engine.skip)('every export holds only their practice, and asking for the other is refused', async () => {
    for (const format of ['csv', 'json', 'fhir.json']) {
      const response = await as(north, `/api/feedback/export.${format}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).toContain(String(northCase.id));
      expect(leaks(text)).toBe(false);
    }
    expect((await as(north, '/api/feedback/export.csv?practice=south')).status).toBe(403);
    const json = (await (await as(north, '/api/feedback/export.json?practice=north')).json()) as { id: string }[];
    expect(json.map((s) => s.id).sort()).toEqual([northCase.id, northImpression.id].map(String).sort());
  });

  it.skipIf(engine.skip)(
    'a token limited to one practice reads only that practice, in exports and the API',
    async () => {
      const bearer = { Authorization: `Bearer ${northToken}` };
      const csv = await (await fetch(`${app.url}/api/feedback/export.csv`, { headers: bearer })).text();
      expect(csv).toContain(String(northImpression.id));
      expect(leaks(csv)).toBe(false);
      expect((await fetch(`${app.url}/api/feedback/export.json?practice=south`, { headers: bearer })).status).toBe(403);
      const api = (await (await fetch(`${app.url}/api/staff/practices`, { headers: bearer })).json()) as {
        practices: { id: string; counts: { firstImpressions: number; whatWentWrong: number } }[];
      };
      expect(api.practices.map((p) => [p.id, p.counts.firstImpressions, p.counts.whatWentWrong])).toEqual([
        ['north', 1, 1],
      ]);
    },
  );

  it.skipIf(engine.skip)('an admin of one practice finds, copies and erases only their patients’ data', async () => {
    const found = await (await as(southAdmin, '/staff/patient-data?q=north.patient%40example.com')).text();
    expect(found).not.toContain('NORTHWORDS');
    expect(found).toContain('Nothing found for');
    const own = await (await as(southAdmin, '/staff/patient-data?q=south.patient%40example.com')).text();
    expect(own).toContain('SOUTHWORDS');
    const copy = await form(southAdmin, '/staff/patient-data/copy', {
      ids: [String(northCase.id), String(southCase.id)],
    });
    const copied = (await copy.json()) as { submissions: { submission: { id: string } }[] };
    expect(copied.submissions.map((s) => s.submission.id)).toEqual([southCase.id]);
    const erase = await form(southAdmin, '/staff/patient-data/erase/confirm', { ids: String(northCase.id) });
    expect(erase.status).toBe(200);
    expect((await app.collector.store.get(String(northCase.id)))?.erased).toBeUndefined();
  });

  it.skipIf(engine.skip)('what holds for the whole group is for group admins only', async () => {
    for (const path of ['/api/staff/audit', '/staff/audit.csv', '/api/staff/settings', '/api/staff/sessions']) {
      expect((await as(southAdmin, path)).status, path).toBe(403);
    }
    const bar = await (await as(southAdmin, '/staff/patient-data')).text();
    expect(bar).not.toContain('href="/staff/audit"');
    expect(bar).toContain('href="/staff/patient-data"');
  });

  it.skipIf(engine.skip)('a group admin sees the roll-up of every practice', async () => {
    const api = (await (await app.staffFetch('/api/staff/practices')).json()) as {
      practices: { id: string; counts: { firstImpressions: number; whatWentWrong: number } }[];
    };
    expect(api.practices.map((p) => [p.id, p.counts.firstImpressions, p.counts.whatWentWrong])).toEqual(
      expect.arrayContaining([
        ['north', 1, 1],
        ['south', 1, 1],
      ]),
    );
    expect(api.practices.map((p) => p.id).sort()).toEqual(['default', 'north', 'south']);
    const results = (await (await app.staffFetch('/api/staff/results')).json()) as ResultsPage;
    expect([fft(results, 'good'), fft(results, 'poor')]).toEqual([1, 1]);
    // Each submission comes with its own practice's zone, for its times: South New York's, North London's.
    const inbox = (await (await app.staffFetch('/api/staff/inbox')).json()) as InboxPage;
    const zones = Object.fromEntries(inbox.items.map((i) => [i.practiceId, i.timeZone]));
    expect(zones).toEqual({ north: 'Europe/London', south: 'America/New_York' });
  });
});
