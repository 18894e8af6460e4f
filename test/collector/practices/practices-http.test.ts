/**
 * The practices API over real HTTP on both engines (moved here from the server page's browser test): a group admin
 * adds a practice, changes its time zone, promise and websites and adds a location, each audited and answered with
 * the practice's full endpoint address; a value that cannot be used is refused naming its field and nothing is
 * saved; a change needs the CSRF token; the roll-up counts what came in per practice; staff and admins of one
 * practice may not change practices; /staff/practices is the console's address now.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PracticeList, PracticeSummary } from '../../../src/core/practices-api.js';
import { engines, type TestDatabase } from '../engines.js';
import {
  firstImpression,
  post,
  signedIn,
  STAFF_EMAIL,
  STAFF_PASSWORD,
  startCollector,
  whatWentWrong,
  type Running,
  type StaffSession,
} from '../helpers.js';

const SETUP = { name: 'test setup' };

describe.each(engines)('the practices API on $name', (engine) => {
  let database: TestDatabase | undefined;
  let app: Running;

  const send = (path: string, body: unknown, session?: StaffSession, csrf = true) => {
    const who = session ?? app.staff;
    return fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: {
        Cookie: who.cookie,
        'Content-Type': 'application/json',
        ...(csrf ? { 'X-CSRF-Token': who.csrf } : {}),
      },
      body: JSON.stringify(body),
    });
  };
  const refusal = async (res: Response) => ({ status: res.status, ...((await res.json()) as { path?: string }) });
  const north = () => app.collector.practices.get('north');

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, retentionEveryMs: false, ...(databaseUrl ? { databaseUrl } : {}) });
    expect((await post(app.url, firstImpression())).status).toBe(201);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)('adds a practice, changes it and adds a location, each audited', async () => {
    const added = await send('/api/staff/practices', { id: 'north', name: 'North Clinic', timeZone: 'Europe/London' });
    expect(added.status).toBe(201);
    expect(added.headers.get('cache-control')).toBe('no-store');
    expect((await added.json()) as PracticeSummary).toMatchObject({
      id: 'north',
      name: 'North Clinic',
      timeZone: 'Europe/London',
      path: '/api/feedback/p/north',
      endpoint: `${app.url}/api/feedback/p/north`,
      locations: [],
    });

    const changed = await send('/api/staff/practices/north', {
      origins: ['https://north.example', 'https://www.north.example/'],
      promise: '  We will call you within one working day ',
    });
    expect(changed.status).toBe(200);
    expect((await changed.json()) as PracticeSummary).toMatchObject({
      origins: ['https://north.example', 'https://www.north.example'],
      promise: 'We will call you within one working day',
      timeZone: 'Europe/London',
    });

    const located = await send('/api/staff/practices/north/locations', { id: 'front-desk-tablet' });
    expect(located.status).toBe(201);
    expect(((await located.json()) as PracticeSummary).locations).toEqual([
      { id: 'front-desk-tablet', name: 'front-desk-tablet' },
    ]);
    // The new practice takes submissions at its address at once.
    const sent = await fetch(`${app.url}/api/feedback/p/north`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(whatWentWrong()),
    });
    expect(sent.status).toBe(201);

    const audited = await app.collector.signIn.audit.list({});
    const mine = audited.filter((e) => e.target === 'north').map((e) => [e.actor, e.action]);
    expect(mine).toEqual(
      expect.arrayContaining([
        [STAFF_EMAIL, 'practice.added'],
        [STAFF_EMAIL, 'practice.changed'],
        [STAFF_EMAIL, 'location.added'],
      ]),
    );
  });

  it.skipIf(engine.skip)('refuses a value that cannot be used, naming its field, and saves nothing', async () => {
    const before = await north();
    const zone = await send('/api/staff/practices/north', { name: 'Renamed', timeZone: 'Europe/Londn' });
    const body = (await zone.clone().json()) as { error: string };
    expect(await refusal(zone)).toMatchObject({ status: 400, path: 'timeZone' });
    expect(body.error).toContain('"Europe/Londn" is not a time zone: use a name such as Europe/London');
    expect(await north()).toEqual(before);

    for (const [path, sent, field] of [
      ['/api/staff/practices', { id: 'North Clinic', name: 'N', timeZone: 'UTC' }, 'id'],
      ['/api/staff/practices', { id: 'west', name: ' ', timeZone: 'UTC' }, 'name'],
      ['/api/staff/practices', { id: 'west', name: 'West' }, 'timeZone'],
      ['/api/staff/practices/north', { origins: ['https://north.example', 'north.example/path'] }, 'origins[1]'],
      ['/api/staff/practices/north', { promise: 'x'.repeat(301) }, 'promise'],
      ['/api/staff/practices/north/locations', { id: '' }, 'id'],
    ] as const) {
      expect(await refusal(await send(path, sent)), JSON.stringify(sent)).toMatchObject({ status: 400, path: field });
    }
    expect(await north()).toEqual(before);
    expect(await app.collector.practices.get('west')).toBeUndefined();

    const again = await send('/api/staff/practices', { id: 'north', name: 'Other', timeZone: 'UTC' });
    expect(await refusal(again)).toMatchObject({ status: 409, path: 'id' });
    const place = await send('/api/staff/practices/north/locations', { id: 'front-desk-tablet' });
    expect(await refusal(place)).toMatchObject({ status: 409, path: 'id' });
    expect((await send('/api/staff/practices/nowhere', { name: 'X' })).status).toBe(404);
    expect((await send('/api/staff/practices/north', { name: 'No token' }, app.staff, false)).status).toBe(403);
    expect(await north()).toEqual(before);
  });

  it.skipIf(engine.skip)('counts what came in, by practice, with each practice’s endpoint', async () => {
    const res = await app.staffFetch('/api/staff/practices');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const list = (await res.json()) as PracticeList;
    expect(list.sharedOrigins).toEqual([]);
    const rows = list.practices.map((p) => [p.id, p.endpoint, p.counts.firstImpressions, p.counts.whatWentWrong]);
    expect(rows).toEqual([
      ['default', `${app.url}/api/feedback`, 1, 0],
      ['north', `${app.url}/api/feedback/p/north`, 0, 1],
    ]);
    expect(list.practices[1]!.counts.openCases).toBe(1);
  });

  it.skipIf(engine.skip)('lets only admins who see every practice change practices', async () => {
    const desk = await signedIn(app.collector, 'frontdesk@smiledental.example', 'staff');
    await app.collector.signIn.accounts.add(SETUP, 'admin@north.example', 'admin', STAFF_PASSWORD, ['north']);
    const northAdmin = await signedIn(app.collector, 'admin@north.example', 'admin');
    for (const session of [desk, northAdmin]) {
      expect((await send('/api/staff/practices', { id: 'east', name: 'East', timeZone: 'UTC' }, session)).status).toBe(
        403,
      );
      expect((await send('/api/staff/practices/north', { name: 'Mine' }, session)).status).toBe(403);
      expect((await send('/api/staff/practices/north/locations', { id: 'porch' }, session)).status).toBe(403);
    }
    expect((await north())?.name).toBe('North Clinic');
    const own = (await (
      await fetch(`${app.url}/api/staff/practices`, { headers: { Cookie: northAdmin.cookie } })
    ).json()) as PracticeList;
    expect(own.practices.map((p) => p.id)).toEqual(['north']);
    expect((await fetch(`${app.url}/api/staff/practices`, { method: 'POST' })).status).toBe(401);

    // The old page's address is the console's now; its form routes are gone.
    const page = await app.staffFetch('/staff/practices');
    expect(page.status).toBe(503);
    expect(await page.text()).toContain('The staff console is not built');
    const oldForm = await app.staffFetch('/staff/practices', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: app.staff.csrf, id: 'east', name: 'East', timeZone: 'UTC' }).toString(),
    });
    expect(oldForm.status).toBe(404);
  });
});
