/**
 * A group's endpoints (issue 11): each practice posts to /api/feedback/p/<id>; /api/feedback stays the default
 * practice's. A submission belongs to the practice whose path it came in on, whatever `practice` string it carries;
 * a location the practice does not list is kept and flagged; an unknown practice is an honest 404 (the device keeps
 * the submission and reports it); each practice's websites get CORS on its own endpoint only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCollector, type Collector } from '../../../collector/http/server.js';
import { Practices } from '../../../collector/practices/practices.js';
import { firstImpression, removeDir, startCollector, whatWentWrong, type Running } from '../helpers.js';
import type { InboxPage } from '../../../src/core/staff-api.js';

const SETUP = { name: 'test setup' };

describe('practices’ endpoints', () => {
  let app: Running;

  const send = (path: string, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
    fetch(`${app.url}${path}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    app = await startCollector({ allowedOrigins: ['https://group.example'], practicesMaxAgeMs: 200 });
    const { practices } = app.collector;
    await practices.add(SETUP, 'north', {
      name: 'North Clinic',
      timeZone: 'Europe/London',
      origins: ['https://north.example'],
    });
    await practices.addLocation(SETUP, 'north', 'front-desk-tablet');
    app.collector.directory.forget();
  });

  afterAll(async () => {
    await app.stop();
    removeDir(app.dir);
  });

  it('stores a submission as the practice whose path it came in on, and the default path as the default’s', async () => {
    const atNorth = firstImpression({ practice: 'Some Other Name' });
    const atDefault = firstImpression();
    expect((await send('/api/feedback/p/north', atNorth)).status).toBe(201);
    expect((await send('/api/feedback', atDefault)).status).toBe(201);
    const { store } = app.collector;
    expect((await store.get(String(atNorth.id)))?.practiceId).toBe('north');
    // Kept as sent: the display name the page gave is not rewritten.
    expect((await store.get(String(atNorth.id)))?.body.practice).toBe('Some Other Name');
    expect((await store.get(String(atDefault.id)))?.practiceId).toBe('default');
    // The same submission again on its path is a repeat, as before.
    const again = await send('/api/feedback/p/north', atNorth);
    expect(again.status).toBe(200);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(app.logs.join('\n')).toContain(`id=${String(atNorth.id)} kind=first-impression practice=north`);
  });

  it('keeps a submission from a location the practice does not list, flagged; a listed one is not', async () => {
    const listed = firstImpression({ location: 'front-desk-tablet' });
    const unlisted = whatWentWrong({ location: 'car-park-sign' });
    const none = firstImpression({ location: undefined });
    for (const s of [listed, unlisted, none]) expect((await send('/api/feedback/p/north', s)).status).toBe(201);
    const { store } = app.collector;
    expect((await store.get(String(listed.id)))?.unknownLocation).toBe(false);
    expect((await store.get(String(unlisted.id)))?.unknownLocation).toBe(true);
    expect((await store.get(String(none.id)))?.unknownLocation).toBe(false);
    // The default practice lists no locations: any is accepted without a flag.
    const anywhere = firstImpression({ location: 'car-park-sign' });
    expect((await send('/api/feedback', anywhere)).status).toBe(201);
    expect((await store.get(String(anywhere.id)))?.unknownLocation).toBe(false);
    // Staff see the flag in words, and exports carry it.
    const inbox = (await (await app.staffFetch('/api/staff/inbox')).json()) as InboxPage;
    const flagged = Object.fromEntries(inbox.items.map((i) => [i.id, [i.location, i.unknownLocation]]));
    expect(flagged[String(unlisted.id)]).toEqual([unlisted.location, true]);
    expect(flagged[String(anywhere.id)]).toEqual(['car-park-sign', false]);
    const csv = await (await app.staffFetch('/api/feedback/export.csv')).text();
    const header = csv.split('\r\n')[0]?.split(',') ?? [];
    const row =
      csv
        .split('\r\n')
        .find((line) => line.includes(String(unlisted.id)))
        ?.split(',') ?? [];
    expect(row[header.indexOf('unknownLocation')]).toBe('yes');
    expect(row[header.indexOf('practiceId')]).toBe('north');
  });

  it('answers an unknown practice with 404, which the device treats as undeliverable, and stores nothing', async () => {
    const lost = firstImpression();
    const response = await send('/api/feedback/p/nowhere', lost);
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: string }).error).toContain('There is no practice "nowhere"');
    expect(await app.collector.store.get(String(lost.id))).toBeUndefined();
  });

  it('allows each practice’s websites on its own endpoint only, and ALLOWED_ORIGINS on every one', async () => {
    const preflight = (path: string, origin: string) =>
      fetch(`${app.url}${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type',
        },
      });
    const north = await preflight('/api/feedback/p/north', 'https://north.example');
    expect(north.status).toBe(204);
    expect(north.headers.get('access-control-allow-origin')).toBe('https://north.example');
    expect((await preflight('/api/feedback', 'https://north.example')).status).toBe(403);
    expect((await preflight('/api/feedback/p/nowhere', 'https://north.example')).status).toBe(403);
    for (const path of ['/api/feedback', '/api/feedback/p/north']) {
      const group = await preflight(path, 'https://group.example');
      expect(group.headers.get('access-control-allow-origin'), path).toBe('https://group.example');
    }
    // On the POST too, so the widget can read a refusal.
    const refused = await send('/api/feedback/p/north', { id: 'x' }, { Origin: 'https://north.example' });
    expect(refused.status).toBe(400);
    expect(refused.headers.get('access-control-allow-origin')).toBe('https://north.example');
  });

  it('serves a practice added by another process (or the command line) within its refresh time', async () => {
    // Another collector process on the same database file adds a practice.
    let other: Collector | undefined;
    try {
      other = await createCollector({
        dataDir: app.dir,
        log: () => undefined,
        notice: () => undefined,
        retentionEveryMs: false,
      });
      await new Practices(other.store.db).add(SETUP, 'east', { name: 'East Clinic', timeZone: 'UTC' });
    } finally {
      await other?.close();
    }
    const submission = firstImpression();
    let status = 0;
    for (let tries = 0; tries < 50 && status !== 201; tries += 1) {
      status = (await send('/api/feedback/p/east', submission)).status;
      if (status !== 201) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(status).toBe(201);
    expect((await app.collector.store.get(String(submission.id)))?.practiceId).toBe('east');
  });
});
