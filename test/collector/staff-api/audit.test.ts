/**
 * The audit trail over real HTTP on both engines (moved here from the server page's tests): an admin who sees every
 * practice reads who looked at, exported and changed what — never a patient's words — a hundred entries at a time,
 * Older and Newer by keyset, filtered by who, what and dates read in the reader's time zone; a wrong filter is
 * refused naming it; reading and exporting are themselves audited; the spreadsheet opens in Excel as UTF-8 and holds
 * a typed formula as text; staff and admins of one practice are refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage } from '../../../src/core/audit-api.js';
import { engines, type TestDatabase } from '../engines.js';
import {
  post,
  signedIn,
  STAFF_EMAIL,
  STAFF_PASSWORD,
  startCollector,
  whatWentWrong,
  type Running,
  type StaffSession,
} from '../helpers.js';

const json = { 'Content-Type': 'application/json' };
const as = (app: Running, path: string, session: StaffSession) =>
  fetch(`${app.url}${path}`, { headers: { Cookie: session.cookie } });

describe.each(engines)('the audit trail API on $name', (engine) => {
  let database: TestDatabase | undefined;
  let app: Running;
  const recovery = whatWentWrong({ answers: { categories: ['billing'], details: 'Charged twice, nobody called.' } });

  const read = async (query = ''): Promise<AuditPage> => {
    const res = await app.staffFetch(`/api/staff/audit${query}`);
    expect(res.status, query).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    return (await res.json()) as AuditPage;
  };

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
    expect((await post(app.url, recovery)).status).toBe(201);
  });
  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)('names who looked, exported and changed what, and never a patient’s words', async () => {
    await app.staffFetch('/api/staff/inbox');
    await app.staffFetch('/api/feedback/export.csv?kind=what-went-wrong');
    const changed = await app.staffFetch(`/api/staff/cases/${recovery.id as string}`, {
      method: 'POST',
      headers: { ...json, 'X-CSRF-Token': app.staff.csrf },
      body: JSON.stringify({ status: 'contacted' }),
    });
    expect(changed.status).toBe(200);
    await fetch(`${app.url}/staff/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: app.url },
      body: new URLSearchParams({ email: '=HYPERLINK("http://evil.example")', password: 'x'.repeat(12) }).toString(),
    });

    const { entries, older, newer } = await read();
    expect([older, newer]).toEqual([null, null]);
    const actions = entries.map((e) => e.action);
    for (const action of ['sign-in.failed', 'viewed inbox', 'exported', 'case changed']) {
      expect(actions, action).toContain(action);
    }
    const exported = entries.find((e) => e.action === 'exported')!;
    expect(exported).toMatchObject({ actor: STAFF_EMAIL, address: '127.0.0.1' });
    expect(exported.detail).toMatchObject({ format: 'csv', kind: 'what-went-wrong', rows: 1, complete: true });
    expect(JSON.stringify(entries)).not.toContain('Charged twice');
    // Newest first; the reading itself is the newest entry now, with what it showed.
    expect(entries.map((e) => e.seq)).toEqual([...entries.map((e) => e.seq)].sort((a, b) => b - a));
    const again = await read('?action=viewed%20audit%20trail');
    expect(again.entries[0]).toMatchObject({ actor: STAFF_EMAIL, detail: { entries: entries.length } });
    const third = await read('?action=viewed%20audit%20trail');
    expect(third.entries[0]!.detail, 'with the filters used').toEqual({
      entries: again.entries.length,
      action: 'viewed audit trail',
    });
  });

  it.skipIf(engine.skip)('pages a hundred at a time, Older and Newer, and filters by who, what and days', async () => {
    const { audit } = app.collector.signIn;
    for (let i = 0; i < 130; i++)
      await audit.record({ name: `Nurse.Lee${i % 2}@north.example` }, 'tablet.added', `t${i}`);
    const first = await read('?action=tablet.added');
    expect(first.entries).toHaveLength(100);
    expect(first.entries[0]!.target).toBe('t129');
    expect(first.newer).toBeNull();
    const second = await read(`?action=tablet.added&before=${first.older!}`);
    expect(second.entries.map((e) => e.target)).toEqual(Array.from({ length: 30 }, (_, i) => `t${29 - i}`));
    expect(second.older).toBeNull();
    const back = await read(`?action=tablet.added&after=${second.newer!}`);
    expect(back.entries.map((e) => e.seq)).toEqual(first.entries.map((e) => e.seq));
    expect([back.newer, back.older]).toEqual([null, first.older]);

    // Part of a name, any case; with a percent sign or underscore taken as itself.
    const lee1 = await read('?who=lee1%40NORTH&action=tablet.added');
    expect(lee1.entries).toHaveLength(65);
    expect(lee1.entries.every((e) => e.actor === 'Nurse.Lee1@north.example')).toBe(true);
    expect((await read('?who=Nurse_Lee')).entries).toHaveLength(0);
    expect((await read('?who=%25')).entries).toHaveLength(0);

    // Half past eleven at night in London on 1 March is already 2 March in Berlin.
    await app.collector.store.db
      .insertInto('audit_events')
      .values({ at: '2026-03-01T23:30:00.000Z', actor: 'late@north.example', action: 'signed-out', detail: '{}' })
      .execute();
    const day = (tz: string, date: string) => read(`?who=late&from=${date}&to=${date}&tz=${encodeURIComponent(tz)}`);
    expect((await day('Europe/London', '2026-03-01')).entries).toHaveLength(1);
    expect((await day('Europe/Berlin', '2026-03-01')).entries).toHaveLength(0);
    expect((await day('Europe/Berlin', '2026-03-02')).entries).toHaveLength(1);
    expect((await read('?who=late&from=2026-03-03')).entries).toHaveLength(0);
  });

  it.skipIf(engine.skip)('refuses a wrong filter naming it', async () => {
    for (const [query, path] of [
      ['?from=1%20March', 'from'],
      ['?from=2026-03-05&to=2026-03-01', 'to'],
      ['?tz=Mars%2FOlympus', 'tz'],
      ['?before=5&after=2', 'after'],
    ]) {
      const res = await app.staffFetch(`/api/staff/audit${query}`);
      expect(res.status, query).toBe(400);
      expect(((await res.json()) as { path: string }).path, query).toBe(path);
    }
  });

  it.skipIf(engine.skip)('exports the trail as a spreadsheet Excel reads, a typed formula kept as text', async () => {
    const csv = await app.staffFetch('/staff/audit.csv');
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="audit-trail-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(csv.headers.get('cache-control')).toBe('no-store');
    const bytes = Buffer.from(await csv.arrayBuffer());
    // A byte-order mark first, so Excel reads it as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.startsWith('when,who,action,target,details,address\r\n')).toBe(true);
    // The typed email is what a guesser sent: written as text, never as a formula.
    expect(text).toContain(`"'=hyperlink(""http://evil.example"")"`);
    expect(text).not.toContain('Charged twice');
    expect(text).toContain('viewed audit trail');
    expect(text).toContain('format csv, kind what-went-wrong, rows 1, complete true');

    const filtered = await (await app.staffFetch('/staff/audit.csv?action=signed-out')).text();
    expect(filtered.trim().split('\r\n').slice(1)).toEqual([
      expect.stringMatching(/^2026-03-01T23:30:00.000Z,late@north.example,signed-out,/),
    ]);
    const [exported] = (await read('?action=exported%20audit%20trail')).entries;
    expect(exported!.detail).toEqual({ action: 'signed-out' });
  });

  it.skipIf(engine.skip)('is for admins who see every practice only', async () => {
    const desk = await signedIn(app.collector, 'frontdesk@smiledental.example', 'staff');
    await app.collector.practices.add({ name: 'test' }, 'south', { name: 'South', timeZone: 'Europe/London' });
    await app.collector.signIn.accounts.add({ name: 'test' }, 'admin@south.example', 'admin', STAFF_PASSWORD, [
      'south',
    ]);
    const southAdmin = await signedIn(app.collector, 'admin@south.example', 'admin');
    for (const session of [desk, southAdmin]) {
      expect((await as(app, '/api/staff/audit', session)).status).toBe(403);
      expect((await as(app, '/staff/audit.csv', session)).status).toBe(403);
    }
    expect((await fetch(`${app.url}/api/staff/audit`)).status).toBe(401);
  });
});
