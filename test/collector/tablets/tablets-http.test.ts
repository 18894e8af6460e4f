/**
 * Tablets as known devices over real HTTP, on SQLite and PostgreSQL (issue 14): an admin sets a tablet up and gets
 * its link and QR code once; the tablet's submissions carry its device token and are filed as its practice's and
 * location's, with a rate limit of their own; its health reports are recorded; a retired tablet's token stops
 * working with a 401 that says so; a website's submission without a token works as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OpeningHoursSettings, TabletList, TabletSetup } from '../../../src/core/tablets-api.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, post, signedIn, startCollector, type Running } from '../helpers.js';

const SETUP = { name: 'test setup' };
const json = { 'Content-Type': 'application/json' };

describe.each(engines)('tablets on $name', (engine) => {
  let database: TestDatabase | undefined;
  let app: Running | undefined;

  async function start(ingestRate = 120): Promise<Running> {
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ingestRate, ...(databaseUrl ? { databaseUrl } : {}) });
    await app.collector.practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
    await app.collector.practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
    app.collector.directory.forget();
    return app;
  }

  afterEach(async () => {
    await app?.stop();
    await database?.remove();
    app = undefined;
    database = undefined;
  });

  async function setUpTablet(running: Running, fields: Record<string, unknown> = {}): Promise<TabletSetup> {
    const res = await running.staffFetch('/api/staff/tablets', {
      method: 'POST',
      headers: { ...json, 'X-CSRF-Token': running.staff.csrf },
      body: JSON.stringify({ practiceId: 'north', location: 'front-desk', name: 'Front desk tablet', ...fields }),
    });
    expect(res.status).toBe(201);
    return (await res.json()) as TabletSetup;
  }

  const fromTablet = (token: string) => ({ Authorization: `Bearer ${token}` });
  const report = (running: Running, token: string, body: unknown) =>
    fetch(`${running.url}/api/tablets/report`, {
      method: 'POST',
      headers: { ...json, ...fromTablet(token) },
      body: JSON.stringify(body),
    });
  const listed = async (running: Running) =>
    ((await (await running.staffFetch('/api/staff/tablets')).json()) as TabletList).tablets;

  it.skipIf(engine.skip)(
    'sets a tablet up with a link and QR code shown once, and lists it without its token',
    async () => {
      const running = await start();
      const setup = await setUpTablet(running, { survey: '/surveys/north-visit/1.json', lang: 'es', idleSeconds: 90 });
      expect(setup.token).toMatch(/^pfd_[A-Za-z0-9_-]{43}$/);
      const link = new URL(setup.link);
      expect(link.pathname).toBe('/kiosk/');
      expect(Object.fromEntries(link.searchParams)).toEqual({
        endpoint: '/api/feedback/p/north',
        practice: 'North Clinic',
        location: 'front-desk',
        survey: '/surveys/north-visit/1.json',
        lang: 'es',
        idle: '90',
      });
      expect(link.hash).toBe(`#device=${setup.token}`);
      expect(setup.qrSvg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(setup.tablet).toMatchObject({ practiceId: 'north', location: 'front-desk', name: 'Front desk tablet' });

      const list = await running.staffFetch('/api/staff/tablets');
      const text = await list.text();
      expect(text).not.toContain(setup.token);
      expect((JSON.parse(text) as TabletList).tablets).toMatchObject([
        { id: setup.tablet.id, status: 'green', lastSeenAt: null, createdBy: 'reception@smiledental.example' },
      ]);
      const audit = await running.collector.signIn.audit.list({ action: 'tablet.added' });
      expect(audit.map((e) => e.target)).toEqual([setup.tablet.id]);
    },
  );

  it.skipIf(engine.skip)(
    'files a tablet’s submission as its practice’s and location’s, whatever path it used',
    async () => {
      const running = await start();
      const { token } = await setUpTablet(running);
      const sent = firstImpression({ practice: 'Typed on the tablet', location: 'waiting-room' });
      expect((await post(running.url, sent, fromTablet(token))).status).toBe(201);
      const stored = await running.collector.store.get(String(sent.id));
      expect(stored?.practiceId).toBe('north');
      expect(stored?.body.location, 'the body stays as sent').toBe('waiting-room');
      const byLocation = await running.staffFetch('/api/feedback/export.json?location=front-desk');
      expect(((await byLocation.json()) as { id: string }[]).map((s) => s.id)).toEqual([sent.id]);
      expect(running.logs.join('\n')).toContain(`practice=north tablet=`);

      const website = firstImpression();
      expect((await post(running.url, website)).status, 'no token: as before').toBe(201);
      expect((await running.collector.store.get(String(website.id)))?.practiceId).toBe('default');
    },
  );

  it.skipIf(engine.skip)('refuses a retired tablet’s token and an unknown one with 401s that say why', async () => {
    const running = await start();
    const { tablet, token } = await setUpTablet(running);
    const retire = await running.staffFetch(`/api/staff/tablets/${tablet.id}/retire`, {
      method: 'POST',
      headers: { 'X-CSRF-Token': running.staff.csrf },
    });
    expect(retire.status).toBe(200);
    expect(await retire.json()).toMatchObject({ status: 'retired', retiredBy: 'reception@smiledental.example' });

    const refused = await post(running.url, firstImpression(), fromTablet(token));
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ error: expect.stringMatching(/retired/) as unknown });
    const unknown = await post(running.url, firstImpression(), fromTablet(`pfd_${'x'.repeat(43)}`));
    expect(unknown.status).toBe(401);
    expect(await unknown.text()).toMatch(/not one this collector gave out/);
    expect((await report(running, token, { appVersion: '1', waiting: 0, undeliverable: 0 })).status).toBe(401);
    expect(await running.collector.store.count()).toBe(0);
  });

  it.skipIf(engine.skip)('counts each tablet on its own rate, not its router’s address', async () => {
    const running = await start(2);
    const a = await setUpTablet(running, { name: 'Tablet A' });
    const b = await setUpTablet(running, { name: 'Tablet B', location: 'upstairs' });
    const statuses = async (headers: Record<string, string>, n: number) => {
      const out: number[] = [];
      for (let i = 0; i < n; i++) out.push((await post(running.url, firstImpression(), headers)).status);
      return out;
    };
    expect(await statuses(fromTablet(a.token), 3)).toEqual([201, 201, 429]);
    expect(await statuses(fromTablet(b.token), 2), 'the other tablet, same address').toEqual([201, 201]);
    expect(await statuses({}, 3), 'a website on that address counts apart').toEqual([201, 201, 429]);
  });

  it.skipIf(engine.skip)('records a tablet’s health report and judges it', async () => {
    const running = await start();
    const { tablet, token } = await setUpTablet(running);
    const bad = await report(running, token, { appVersion: '2.1.0', waiting: -1, undeliverable: 0 });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ path: 'waiting' });
    const sent = {
      appVersion: '2.1.0',
      waiting: 3,
      undeliverable: 1,
      storagePersisted: true,
      batteryLevel: 0.55,
      batteryCharging: false,
    };
    expect((await report(running, token, sent)).status).toBe(204);
    const [seen] = await listed(running);
    expect(seen).toMatchObject({ id: tablet.id, ...sent, status: 'red', concerns: ['undeliverable'] });
    expect(Date.now() - Date.parse(seen!.lastSeenAt!)).toBeLessThan(60_000);
    expect((await report(running, token, { ...sent, undeliverable: 0, storagePersisted: false })).status).toBe(204);
    expect((await listed(running))[0]).toMatchObject({ status: 'amber', concerns: ['storage-not-kept'] });
    // Once a minute is what a tablet needs: a flood is refused, counted for that tablet alone.
    const flood: number[] = [];
    for (let i = 0; i < 12; i++) flood.push((await report(running, token, sent)).status);
    expect(flood.slice(-3)).toEqual([429, 429, 429]);
    const other = await setUpTablet(running, { name: 'Hall tablet' });
    expect((await report(running, other.token, sent)).status).toBe(204);
  });

  it.skipIf(engine.skip)('shows staff only their practices’ tablets and lets only admins change them', async () => {
    const running = await start();
    const { tablet } = await setUpTablet(running);
    const { accounts } = running.collector.signIn;
    await accounts.add(SETUP, 'ann@south.example', 'admin', 'a long staff passphrase 42', ['south']);
    await accounts.add(SETUP, 'sue@north.example', 'staff', 'a long staff passphrase 42', ['north']);
    const ann = await signedIn(running.collector, 'ann@south.example', 'admin');
    const sue = await signedIn(running.collector, 'sue@north.example', 'staff');
    const as = (who: { cookie: string; csrf: string }, path: string, body?: unknown) =>
      fetch(`${running.url}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { Cookie: who.cookie, 'X-CSRF-Token': who.csrf, ...json },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    expect(((await (await as(ann, '/api/staff/tablets')).json()) as TabletList).tablets).toEqual([]);
    expect((await as(ann, `/api/staff/tablets/${tablet.id}/retire`, {})).status).toBe(404);
    expect(
      (await as(ann, '/api/staff/tablets', { practiceId: 'north', location: 'x', name: 'Sneaky tablet' })).status,
    ).toBe(404);
    expect(((await (await as(sue, '/api/staff/tablets')).json()) as TabletList).tablets).toHaveLength(1);
    expect((await as(sue, `/api/staff/tablets/${tablet.id}/retire`, {})).status).toBe(403);
    const noCsrf = await running.staffFetch(`/api/staff/tablets/${tablet.id}/retire`, { method: 'POST' });
    expect(noCsrf.status).toBe(403);
    const missing = await running.staffFetch('/api/staff/tablets', {
      method: 'POST',
      headers: { ...json, 'X-CSRF-Token': running.staff.csrf },
      body: JSON.stringify({ practiceId: 'north', location: 'front-desk' }),
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ path: 'name' });
  });

  it.skipIf(engine.skip)(
    'keeps each practice’s opening hours, Monday to Friday 8 to 6 until an admin sets them',
    async () => {
      const running = await start();
      const path = '/api/staff/practices/north/opening-hours';
      const before = (await (await running.staffFetch(path)).json()) as OpeningHoursSettings;
      expect(before).toMatchObject({ practiceId: 'north', timeZone: 'Europe/London', set: false });
      expect(before.openingHours.mon).toEqual([['08:00', '18:00']]);
      expect(before.openingHours.sat).toBeUndefined();
      const change = (openingHours: unknown) =>
        running.staffFetch(path, {
          method: 'POST',
          headers: { ...json, 'X-CSRF-Token': running.staff.csrf },
          body: JSON.stringify({ openingHours }),
        });
      const wrong = await change({ mon: [['08:00', '25:00']] });
      expect(wrong.status).toBe(400);
      expect(await wrong.json()).toMatchObject({ path: 'openingHours.mon[0][1]' });
      const saturday = {
        sat: [['09:00', '12:30']],
        mon: [
          ['08:00', '12:00'],
          ['13:00', '17:00'],
        ],
      };
      const after = await change(saturday);
      expect(after.status).toBe(200);
      expect(await after.json()).toMatchObject({ set: true, openingHours: saturday });
      expect(((await (await running.staffFetch(path)).json()) as OpeningHoursSettings).openingHours).toEqual(saturday);
    },
  );
});
