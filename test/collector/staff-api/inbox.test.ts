/**
 * The staff JSON API's inbox (GET /api/staff/inbox) over real HTTP, on SQLite and PostgreSQL: newest first, paged
 * through every row without a gap or a repeat, each filter checked against the same filter applied by this test to
 * what it stored, search by a reference as read out on the phone and by the patient's words (never a field name),
 * answers in the survey's words (Spanish when asked), and only the practices the caller sees.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import type { InboxItem, InboxPage } from '../../../src/core/staff-api.js';
import { referenceFromId } from '../../../src/core/reference.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, startCollector, whatWentWrong, type Running } from '../helpers.js';

const SETUP = { name: 'test setup' };
const RATINGS = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'];
const CATEGORIES = ['wait-time', 'billing', 'communication', 'staff-attitude'];

interface Seeded {
  id: string;
  kind: string;
  practiceId: string;
  receivedAt: string;
  rating?: string;
  categories?: string[];
  location: string;
}

describe.each(engines)('the staff inbox API on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  let northToken: string;
  let adminToken: string;
  const seeded: Seeded[] = [];

  const get = async (path: string, token = adminToken): Promise<Response> =>
    fetch(`${app.url}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  const page = async (query: string, token = adminToken): Promise<InboxPage> => {
    const res = await get(`/api/staff/inbox${query}`, token);
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as InboxPage;
  };
  /** Every page of a query, followed by `next`. */
  const all = async (query: string, token = adminToken): Promise<InboxItem[]> => {
    const items: InboxItem[] = [];
    let next: string | undefined;
    do {
      const sep = query ? '&' : '?';
      const p = await page(next ? `${query}${sep}after=${next}` : query, token);
      items.push(...p.items);
      next = p.next;
    } while (next);
    return items;
  };
  /** What the test itself stored, newest first, filtered by `keep`. */
  const expected = (keep: (s: Seeded) => boolean) => seeded.filter(keep).map((s) => s.id);

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
    const { practices, store } = app.collector;
    await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
    await practices.add(SETUP, 'tokyo', { name: 'Tokyo Clinic', timeZone: 'Asia/Tokyo' });
    app.collector.directory.forget();
    // 130 submissions over 13 days, newest last, so the newest-first list is this array reversed.
    const start = Date.parse('2026-11-01T00:30:00Z');
    for (let i = 0; i < 130; i += 1) {
      const id = randomUUID();
      const practiceId = i % 3 === 0 ? 'tokyo' : 'north';
      const location = i % 4 === 0 ? 'waiting-room' : 'front-desk';
      const receivedAt = new Date(start + i * 2.4 * 3_600_000).toISOString();
      let body: Record<string, unknown>;
      const one: Seeded = { id, kind: '', practiceId, receivedAt, location };
      if (i % 5 === 0) {
        one.categories = [CATEGORIES[i % 4]!, CATEGORIES[(i + 1) % 4]!];
        body = whatWentWrong({
          id,
          reference: referenceFromId(id),
          location,
          answers: { categories: one.categories, details: i === 55 ? 'The <b>radiator</b> was broken' : 'Waited.' },
        });
      } else {
        one.rating = RATINGS[i % 6]!;
        body = firstImpression({ id, location, answers: { overall: one.rating, comments: `Visit number ${i}` } });
      }
      one.kind = body.kind as string;
      await store.save(body as { id: string; kind: string }, receivedAt, { practiceId, answers: 'checked' });
      seeded.unshift(one);
    }
    const tokens = new ApiTokens(store.db);
    northToken = (await tokens.create(SETUP, 'north screen', 'staff', ['north'])).secret;
    adminToken = (await tokens.create(SETUP, 'group script', 'admin')).secret;
  });

  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)('lists newest first and pages through every row without a gap or a repeat', async () => {
    const first = await page('');
    expect(first.items).toHaveLength(50);
    expect(first.next).toBeDefined();
    const everything = await all('');
    expect(everything.map((i) => i.id)).toEqual(expected(() => true));
    const item = everything.find((i) => i.kind === 'first-impression')!;
    expect(item.overall?.words).toMatch(
      /^(Very good|Good|Neither good nor poor|Poor|Very poor|Don’t know|Don't know)$/,
    );
    expect(item.survey.title).toBe('Your first impression');
    expect(item.practiceName).toMatch(/^(North|Tokyo) Clinic$/);
  });

  it.skipIf(engine.skip)(
    'filters by kind, rating, category, location, practice and dates, as a direct count does',
    async () => {
      const cases: [string, (s: Seeded) => boolean][] = [
        ['?kind=what-went-wrong', (s) => s.kind === 'what-went-wrong'],
        ['?rating=poor', (s) => s.rating === 'poor'],
        ['?category=billing', (s) => s.categories?.includes('billing') === true],
        ['?location=waiting-room&kind=first-impression', (s) => s.location === 'waiting-room' && !s.categories],
        ['?practice=tokyo', (s) => s.practiceId === 'tokyo'],
        [
          // Days in each practice's own zone: Tokyo's 2026-11-05 starts at 15:00 UTC the day before.
          '?from=2026-11-05&to=2026-11-06',
          (s) => {
            const zone = s.practiceId === 'tokyo' ? 'Asia/Tokyo' : 'Europe/London';
            const day = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(Date.parse(s.receivedAt));
            return day >= '2026-11-05' && day <= '2026-11-06';
          },
        ],
      ];
      for (const [query, keep] of cases) {
        const ids = (await all(query)).map((i) => i.id);
        expect(ids.length, query).toBeGreaterThan(0);
        expect(ids, query).toEqual(expected(keep));
      }
    },
  );

  it.skipIf(engine.skip)(
    'finds a case by its reference as read out, and words only in what the patient wrote',
    async () => {
      const target = seeded.find((s) => s.kind === 'what-went-wrong')!;
      const spoken = referenceFromId(target.id).toLowerCase().replace('rc-', 'rc ').replace('-', ' ');
      const byReference = await page(`?q=${encodeURIComponent(spoken)}`);
      expect(byReference.items.map((i) => i.id)).toEqual([target.id]);
      expect(byReference.searchedFor?.reference).toBe(referenceFromId(target.id));
      // However it is said: printed, without "RC", run together, with 0 heard as O and 1 as I or L.
      const printed = referenceFromId(target.id);
      const heard = printed.replace(/0/g, 'o').replace(/1/g, 'l');
      for (const typed of [printed, printed.slice(3), printed.replace(/-/g, '').toLowerCase(), `${heard} `]) {
        const found = await page(`?q=${encodeURIComponent(typed)}`);
        expect(
          found.items.map((i) => i.id),
          typed,
        ).toEqual([target.id]);
      }
      const none = await page(`?q=${encodeURIComponent('rc 0000 00')}`);
      expect(none).toMatchObject({ items: [], searchedFor: { reference: 'RC-0000-00' } });
      // Markup typed into the search is words to look for, found nowhere.
      expect((await page(`?q=${encodeURIComponent('<script>x')}`)).items).toEqual([]);

      const byWords = await page('?q=radiator');
      expect(byWords.items).toHaveLength(1);
      // The patient's markup is text in the JSON; the console shows it as text.
      expect(byWords.items[0]?.excerpt).toBe('The <b>radiator</b> was broken');
      // A field name, a survey id: never a match.
      expect((await page('?q=overall')).items).toEqual([]);
      expect((await page('?q=first-impression')).items).toEqual([]);
    },
  );

  it.skipIf(engine.skip)('says the answers in Spanish when asked', async () => {
    const [item] = (await page('?kind=what-went-wrong&lang=es')).items;
    expect(item?.categories?.map((c) => c.words).join(' ')).not.toMatch(/Wait time|Billing/);
    expect(item?.survey.title).not.toBe('Tell us what went wrong');
  });

  it.skipIf(engine.skip)('shows a practice’s staff only their practice, and refuses the other', async () => {
    const theirs = await all('', northToken);
    expect(theirs.map((i) => i.id)).toEqual(expected((s) => s.practiceId === 'north'));
    expect((await get('/api/staff/inbox?practice=tokyo', northToken)).status).toBe(403);
    expect((await fetch(`${app.url}/api/staff/inbox`)).status).toBe(401);
    const bad = await get('/api/staff/inbox?kind=complaint');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain('kind');
  });

  it.skipIf(engine.skip)('writes each look into the audit trail: which submissions, never their words', async () => {
    await page('?q=radiator');
    const events = await app.collector.signIn.audit.list({});
    const search = events.find((e) => e.action === 'searched inbox');
    expect(search?.actor).toBe('token "group script"');
    expect(JSON.stringify(search?.detail)).not.toContain('radiator');
    expect(search?.detail).toMatchObject({ submissions: [expect.any(String)] });
    expect(events.filter((e) => e.action === 'viewed inbox').length).toBeGreaterThan(0);
  });
});
