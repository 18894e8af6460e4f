/**
 * The survey registry over real HTTP, on SQLite and PostgreSQL (issue 12): an admin adds a practice's own survey
 * through the staff JSON API; it is published at a stable address with CORS for the allowed websites; mistakes are
 * refused naming their path; a version can be replaced until a patient answers it and never after; staff see only
 * their practices' surveys; a second collector process on the same database checks answers against a version the
 * first one added a moment ago.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import { practiceSurvey } from '../../fixtures/practice-survey.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, signedIn, startCollector, type Running, type StaffSession } from '../helpers.js';

const SETUP = { name: 'test setup' };
const WEBSITE = 'https://www.smiledental.example';
const NORTH_SITE = 'https://north.example';

/** A submission from a device showing the practice's survey. */
const answered = (answers: Record<string, unknown>, version = '2') =>
  firstImpression({ survey: { id: practiceSurvey.id, version }, answers });

describe.each(engines)('the survey registry on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  let northAdmin: StaffSession;
  let northStaff: StaffSession;
  let adminToken: string;

  const send = (who: StaffSession | string, path: string, body: unknown, contentType = 'application/json') =>
    fetch(`${app.url}${path}`, {
      method: 'POST',
      headers:
        typeof who === 'string'
          ? { Authorization: `Bearer ${who}`, 'Content-Type': contentType }
          : { Cookie: who.cookie, 'X-CSRF-Token': who.csrf, 'Content-Type': contentType },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const read = (who: StaffSession, path: string) => fetch(`${app.url}${path}`, { headers: { Cookie: who.cookie } });
  /** A submission to North's endpoint, on this collector or another. */
  const toNorth = (body: Record<string, unknown>, base = app.url) =>
    fetch(`${base}/api/feedback/p/north`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  const withChange = (change: Record<string, unknown>) => ({ ...structuredClone(practiceSurvey), ...change });

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({
      dataDir,
      ...(databaseUrl ? { databaseUrl } : {}),
      allowedOrigins: [WEBSITE],
      retentionEveryMs: false,
      resultsEveryMs: false,
    });
    const { practices } = app.collector;
    await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
    await practices.change(SETUP, 'north', { origins: [NORTH_SITE] });
    await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
    app.collector.directory.forget();
    const { accounts } = app.collector.signIn;
    await accounts.add(SETUP, 'nia@north.example', 'admin', 'a long staff passphrase 42', ['north']);
    await accounts.add(SETUP, 'ann@north.example', 'staff', 'a long staff passphrase 42', ['north']);
    northAdmin = await signedIn(app.collector, 'nia@north.example', 'admin');
    northStaff = await signedIn(app.collector, 'ann@north.example', 'staff');
    adminToken = (await new ApiTokens(app.collector.store.db).create(SETUP, 'survey tool', 'admin')).secret;
  });

  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)('refuses a mistaken definition naming its path, and writes nothing', async () => {
    const fewOptions = structuredClone(practiceSurvey) as unknown as { questions: { options?: unknown[] }[] };
    fewOptions.questions[1]!.options = [{ value: 'check-up', label: 'A check-up' }];
    const cases: [unknown, number, string, string][] = [
      [fewOptions, 400, 'questions[1].options', 'questions[1].options: needs at least 2 options'],
      [withChange({ id: 'first-impression' }), 400, 'id', 'is a built-in survey'],
      [withChange({ version: 'two/three' }), 400, 'version', 'version: must be'],
      [withChange({ colour: 'blue' }), 400, 'colour', 'colour: unknown field'],
    ];
    for (const [body, status, path, words] of cases) {
      const res = await send(app.staff, '/api/staff/surveys', body);
      expect(res.status, path).toBe(status);
      const answer = (await res.json()) as { error: string; path: string };
      expect(answer.path).toBe(path);
      expect(answer.error).toContain(words);
    }
    const notJson = await send(app.staff, '/api/staff/surveys', '{"id": "x",');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toContain('not valid JSON');
    const list = (await (await app.staffFetch('/api/staff/surveys')).json()) as { surveys: { id: string }[] };
    expect(list.surveys.map((s) => s.id)).toEqual(['first-impression', 'what-went-wrong']);
  });

  it.skipIf(engine.skip)(
    'publishes an added version at a stable address, readable by the allowed websites',
    async () => {
      const res = await send(adminToken, '/api/staff/surveys?practice=north', practiceSurvey);
      expect(res.status).toBe(201);
      expect(res.headers.get('location')).toBe('/surveys/smile-dental-visit/2.json');
      expect(await res.json()).toMatchObject({
        outcome: 'added',
        survey: { id: 'smile-dental-visit', version: '2', practiceId: 'north', builtIn: false, usedAt: null },
      });

      for (const path of ['/surveys/smile-dental-visit/2.json', '/surveys/smile-dental-visit/latest.json']) {
        for (const [origin, allowed] of [
          [WEBSITE, true],
          [NORTH_SITE, true],
          ['https://elsewhere.example', false],
        ] as const) {
          const published = await fetch(`${app.url}${path}`, { headers: { Origin: origin } });
          expect(published.status).toBe(200);
          expect(published.headers.get('access-control-allow-origin')).toBe(allowed ? origin : null);
          expect(await published.json()).toEqual(practiceSurvey);
        }
      }
      const builtIn = await fetch(`${app.url}/surveys/first-impression/1.json`);
      expect(((await builtIn.json()) as { id: string }).id).toBe('first-impression');
      expect(builtIn.headers.get('cache-control')).toBe('public, max-age=86400');
      // A wrong address is readable as such by an allowed website, not hidden behind a CORS refusal.
      const missing = await fetch(`${app.url}/surveys/smile-dental-visit/9.json`, { headers: { Origin: WEBSITE } });
      expect(missing.status).toBe(404);
      expect(missing.headers.get('access-control-allow-origin')).toBe(WEBSITE);
      expect(await missing.text()).toContain('check the survey address');

      const audit = await app.collector.signIn.audit.list({});
      expect(audit.find((e) => e.action === 'survey.added')).toMatchObject({
        actor: 'token "survey tool"',
        target: 'smile-dental-visit@2',
      });
    },
  );

  it.skipIf(engine.skip)('lets a version change until a patient answers it, and never after', async () => {
    const same = await send(app.staff, '/api/staff/surveys?practice=north', practiceSurvey);
    expect(await same.json()).toMatchObject({ outcome: 'unchanged' });
    const retitled = withChange({ title: { en: 'Your visit', es: 'Su visita' } });
    const replaced = await send(app.staff, '/api/staff/surveys?practice=north', retitled);
    expect(replaced.status).toBe(200);
    expect(await replaced.json()).toMatchObject({ outcome: 'replaced' });
    // For another practice: it stays with the one it belongs to.
    const moved = await send(app.staff, '/api/staff/surveys?practice=south', practiceSurvey);
    expect(moved.status).toBe(409);

    // A patient answers it: the answers are checked against it (a value off its 0–10 scale is refused).
    expect((await toNorth(answered({ overall: '11' }))).status).toBe(400);
    const ok = await toNorth(answered({ overall: '9', 'visit-for': ['cleaning'] }));
    expect(ok.status).toBe(201);
    expect(await ok.json()).not.toHaveProperty('warning');

    const late = await send(app.staff, '/api/staff/surveys?practice=north', practiceSurvey);
    expect(late.status).toBe(409);
    expect(((await late.json()) as { error: string }).error).toMatch(
      /can no longer change.*new version \(such as "3"\)/,
    );
    const published = await fetch(`${app.url}/surveys/smile-dental-visit/2.json`);
    expect(await published.json()).toEqual(retitled);
    expect(published.headers.get('cache-control')).toBe('public, max-age=86400');

    const three = await send(app.staff, '/api/staff/surveys?practice=north', withChange({ version: '3' }));
    expect(three.status).toBe(201);
    const latest = (await (await fetch(`${app.url}/surveys/smile-dental-visit/latest.json`)).json()) as {
      version: string;
    };
    expect(latest.version).toBe('3');
    expect((await fetch(`${app.url}/surveys/smile-dental-visit/latest.json`)).headers.get('cache-control')).toBe(
      'no-cache',
    );
  });

  it.skipIf(engine.skip)('shows staff only their practices’ surveys, and lets only admins add them', async () => {
    const forSouth = withChange({ id: 'south-visit', version: '1' });
    expect((await send(app.staff, '/api/staff/surveys?practice=south', forSouth)).status).toBe(201);

    const northList = (await (await read(northStaff, '/api/staff/surveys')).json()) as { surveys: { id: string }[] };
    expect(northList.surveys.map((s) => s.id)).toEqual([
      'first-impression',
      'what-went-wrong',
      'smile-dental-visit',
      'smile-dental-visit',
    ]);
    expect((await read(northStaff, '/api/staff/surveys/south-visit/1')).status).toBe(404);
    const one = (await (await read(northStaff, '/api/staff/surveys/smile-dental-visit/3')).json()) as {
      definition: { version: string };
    };
    expect(one.definition.version).toBe('3');

    const another = withChange({ id: 'north-kiosk', version: '1' });
    expect((await send(northStaff, '/api/staff/surveys?practice=north', another)).status).toBe(403);
    const noPractice = await send(northAdmin, '/api/staff/surveys', another);
    expect(noPractice.status).toBe(400);
    expect(((await noPractice.json()) as { error: string }).error).toContain('?practice=north');
    expect((await send(northAdmin, '/api/staff/surveys?practice=south', another)).status).toBe(403);
    expect((await send(northAdmin, '/api/staff/surveys?practice=north', another)).status).toBe(201);
    // A session's change needs its CSRF token, as every staff change does.
    const forged = await fetch(`${app.url}/api/staff/surveys?practice=north`, {
      method: 'POST',
      headers: { Cookie: northAdmin.cookie, 'Content-Type': 'application/json' },
      body: JSON.stringify(withChange({ id: 'forged', version: '1' })),
    });
    expect(forged.status).toBe(403);
  });

  it.skipIf(engine.skip)('adds a new version once when two people add it at the same moment', async () => {
    const same = withChange({ id: 'same-moment', version: '1' });
    const answers = await Promise.all([1, 2, 3].map(() => send(app.staff, '/api/staff/surveys', same)));
    const statuses = answers.map((r) => r.status).sort();
    // One adds it; the others find it there (200, unchanged) or were told it was added just now (409): never a 500.
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.every((s) => [200, 201, 409].includes(s))).toBe(true);
  });

  it.skipIf(engine.skip)('is known at once to another collector process on the same database', async () => {
    const { dataDir, databaseUrl } = database.settings;
    // SQLite: a second process has the same file; PostgreSQL: the same server.
    const other = await startCollector(
      { dataDir, ...(databaseUrl ? { databaseUrl } : {}), retentionEveryMs: false, resultsEveryMs: false },
      dataDir,
    );
    try {
      // Warm its registry first, so only the miss makes it read again.
      await toNorth(firstImpression(), other.url);
      const fresh = withChange({ version: '4' });
      expect((await send(app.staff, '/api/staff/surveys?practice=north', fresh)).status).toBe(201);
      await new Promise((r) => setTimeout(r, 1_100));
      const sent = answered({ overall: '10' }, '4');
      const res = await toNorth({ ...sent, id: randomUUID() }, other.url);
      expect(res.status).toBe(201);
      expect(await res.json()).not.toHaveProperty('warning');
      const refused = await toNorth(answered({ overall: 'very-good' }, '4'), other.url);
      expect(refused.status).toBe(400);
    } finally {
      await other.stop();
    }
  });
});
