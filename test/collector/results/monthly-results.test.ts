/**
 * The monthly results on SQLite and on PostgreSQL: whatever has been rolled up and whatever has not, `results()`
 * equals a direct count of the patients' submissions — by practice, month of the practice's time zone, kind,
 * question and answer — and a roll-up that fails mid-way, or two at once, counts no submission twice.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { knownSurveys } from '../../../collector/surveys/known-surveys.js';
import { redactSubmission } from '../../../collector/patient-data/redact.js';
import {
  countedAnswers,
  MonthlyResults,
  percentPositive,
  totals,
  type MonthResult,
  type ResultsQuery,
} from '../../../collector/results/monthly-results.js';
import { openStore, type SubmissionStore } from '../../../collector/store/index.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, whatWentWrong } from '../helpers.js';
import { intlMonth } from './intl-month.js';
import { practiceSurvey } from '../../fixtures/practice-survey.js';

const quiet = () => undefined;
// The built-in surveys and a practice's own (a 0–10 scale, a multiple choice, a condition): each counted by its questions.
const find = knownSurveys([practiceSurvey]);

/** The group's practices besides `default` (which is in the zone the tests run in). */
const PRACTICES: Record<string, string> = {
  berlin: 'Europe/Berlin',
  'new-york': 'America/New_York',
  kolkata: 'Asia/Kolkata',
  chatham: 'Pacific/Chatham',
};

interface Saved {
  practiceId: string;
  kind: string;
  body: Record<string, unknown>;
  receivedAt: string;
  automated: boolean;
}

/** A random number generator that repeats from its seed, so a failure can be run again. */
function seeded(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state * 48271) % 2147483647;
    return state % n;
  };
}

const FFT = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'];
const CATEGORIES = ['wait-time', 'front-desk', 'billing', 'communication', 'other'];

/** A submission of a random kind, practice, time and answers: a quarter of them within hours of a month's start. */
function randomSubmission(pick: (n: number) => number): Saved {
  const practiceId = ['default', ...Object.keys(PRACTICES)][pick(5)] ?? 'default';
  const monthStart = Date.UTC(2025, pick(24), 1);
  const at =
    pick(4) === 0
      ? monthStart + (pick(36) - 18) * 3_600_000 - pick(60) * 60_000
      : monthStart + pick(28 * 86_400) * 1000;
  const submittedAt = new Date(at).toISOString();
  const receivedAt = new Date(at + pick(3) * 86_400_000 + pick(1000)).toISOString();
  const when = pick(20) === 0 ? { submittedAt: pick(2) ? 'not a time' : undefined } : { submittedAt };
  let body: Record<string, unknown>;
  if (pick(8) === 0) {
    const visit = ['check-up', 'cleaning', 'treatment', 'emergency'].filter(() => pick(2) === 0);
    const answers: Record<string, unknown> = { overall: String(pick(11)), 'visit-for': visit };
    if (visit.includes('treatment') || visit.includes('emergency')) answers.pain = pick(2) ? 'yes' : 'no';
    body = firstImpression({ ...when, survey: { id: practiceSurvey.id, version: practiceSurvey.version }, answers });
  } else if (pick(5) === 0) {
    const chosen = CATEGORIES.filter(() => pick(3) === 0);
    body = whatWentWrong({ ...when, answers: { categories: chosen, details: 'It went wrong.' } });
  } else {
    const answers: Record<string, unknown> = { overall: FFT[pick(6)] };
    if (pick(2)) answers.greeting = FFT[pick(5)];
    if (pick(3) === 0) answers.listened = ['yes', 'partly', 'no'][pick(3)];
    if (pick(10) === 0) delete answers.overall;
    body = firstImpression({ ...when, answers });
  }
  if (body.submittedAt === undefined) delete body.submittedAt;
  return { practiceId, kind: body.kind as string, body, receivedAt, automated: pick(10) === 0 };
}

/** The results counted directly from what was saved: every patient's submission, its month asked of Intl. */
function directCount(saved: readonly Saved[], zones: ReadonlyMap<string, string>, query: ResultsQuery = {}) {
  const counts = new Map<string, MonthResult>();
  for (const s of saved) {
    if (s.automated) continue;
    if (query.practices && !query.practices.includes(s.practiceId)) continue;
    if (query.kind !== undefined && s.kind !== query.kind) continue;
    const survey = s.body.survey as { id: string; version: string };
    if (query.survey && (survey.id !== query.survey.id || (query.survey.version ?? survey.version) !== survey.version))
      continue;
    const time = typeof s.body.submittedAt === 'string' ? Date.parse(s.body.submittedAt) : NaN;
    const month = intlMonth(Number.isNaN(time) ? Date.parse(s.receivedAt) : time, zones.get(s.practiceId) ?? 'UTC');
    if ((query.from && month < query.from) || (query.to && month > query.to)) continue;
    for (const [question, answer] of countedAnswers(s.body, find)) {
      if (query.question !== undefined && question !== query.question) continue;
      const key = [s.practiceId, month, s.kind, survey.id, survey.version, question].join('|');
      let r = counts.get(key);
      if (!r) {
        const { practiceId, kind } = s;
        r = { practiceId, month, kind, surveyId: survey.id, surveyVersion: survey.version, question, counts: {} };
        counts.set(key, r);
      }
      r.counts[answer] = (r.counts[answer] ?? 0) + 1;
    }
  }
  const order = (r: MonthResult) => [r.practiceId, r.month, r.kind, r.surveyId, r.surveyVersion, r.question].join('|');
  return [...counts.values()].sort((a, b) => (order(a) < order(b) ? -1 : 1));
}

async function addPractices(store: SubmissionStore): Promise<Map<string, string>> {
  const now = new Date().toISOString();
  await store.db
    .insertInto('practices')
    .values(
      Object.entries(PRACTICES).map(([id, zone]) => ({
        id,
        name: id,
        time_zone: zone,
        promise: null,
        origins: '[]',
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  const rows = await store.db.selectFrom('practices').select(['id', 'time_zone']).execute();
  return new Map(rows.map((r) => [r.id, r.time_zone]));
}

async function save(store: SubmissionStore, s: Saved): Promise<void> {
  const marks = { practiceId: s.practiceId, ...(s.automated ? { automation: 'too-fast' } : {}) };
  const outcome = await store.save(s.body as { id: string; kind: string }, s.receivedAt, marks);
  expect(outcome.outcome).toBe('stored');
}

/** What the aggregates alone hold, answer by answer: to see that nothing was counted twice. */
async function aggregated(store: SubmissionStore): Promise<number> {
  const row = await store.db
    .selectFrom('monthly_results')
    .select((eb) => eb.fn.sum<number>('count').as('n'))
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

async function watermark(store: SubmissionStore): Promise<number> {
  const row = await store.db.selectFrom('rollup_progress').select('through_seq').executeTakeFirstOrThrow();
  return Number(row.through_seq);
}

const countedIn = (saved: readonly Saved[]) =>
  saved.filter((s) => !s.automated).reduce((n, s) => n + countedAnswers(s.body, find).length, 0);

describe.each(engines)('monthly results on $name', (engine) => {
  describe.skipIf(engine.skip !== undefined)('', () => {
    let database: TestDatabase;
    let store: SubmissionStore;
    let results: MonthlyResults;
    let zones: Map<string, string>;
    let saved: Saved[];
    beforeEach(async () => {
      database = await engine.newDatabase();
      store = await openStore({ ...database.settings, log: quiet });
      results = new MonthlyResults(store, find);
      zones = await addPractices(store);
      saved = [];
    });
    afterEach(async () => {
      await store.close();
      await database.remove();
    });

    async function saveRandom(count: number, seed: number): Promise<void> {
      const pick = seeded(seed);
      for (let i = 0; i < count; i += 1) {
        const s = randomSubmission(pick);
        await save(store, s);
        saved.push(s);
      }
    }

    it('equals a direct count, before, during and after roll-ups, across practices, months and time zones', async () => {
      await saveRandom(400, 11);
      expect(await results.results()).toEqual(directCount(saved, zones));

      const first = await results.rollUp({ chunk: 37 });
      const patients = saved.filter((s) => !s.automated).length;
      expect(first).toMatchObject({ ran: true, value: { folded: patients, through: 400 } });
      expect(await aggregated(store)).toBe(countedIn(saved));
      expect(await results.results()).toEqual(directCount(saved, zones));

      // More arrive: counted from their rows until the next roll-up, and the same after it.
      await saveRandom(150, 12);
      expect(await watermark(store)).toBe(400);
      expect(await results.results()).toEqual(directCount(saved, zones));
      await results.rollUp();
      expect(await watermark(store)).toBe(550);
      expect(await results.results()).toEqual(directCount(saved, zones));
      expect(await aggregated(store)).toBe(countedIn(saved));

      // Filters, each against the direct count with the same filter.
      for (const query of [
        { practices: ['berlin', 'chatham'] },
        { practices: ['kolkata'], from: '2025-06', to: '2025-09' },
        { from: '2026-12', to: '2026-12' },
        { kind: 'what-went-wrong', question: 'categories' },
        { kind: 'first-impression', question: 'overall', to: '2025-03' },
        { survey: { id: practiceSurvey.id }, practices: ['berlin'] },
        { survey: { id: 'first-impression', version: '1' }, question: 'overall' },
        { survey: { id: practiceSurvey.id, version: '9' } },
        { practices: ['nobody'] },
      ] satisfies ResultsQuery[]) {
        expect(await results.results(query)).toEqual(directCount(saved, zones, query));
      }
      expect(await results.results({ practices: [] })).toEqual([]);
      expect(await results.answerCounts({ practices: [], question: 'overall' })).toEqual({});
      await expect(results.results({ from: '2026-13' })).rejects.toThrow('from must be a month: YYYY-MM');
      await expect(results.answerCounts({ question: 'overall', to: '26-01' })).rejects.toThrow('to must be a month');
    });

    it('sums one question over practices and months in the database (answerCounts), the live tail added', async () => {
      await saveRandom(200, 61);
      const queries = [
        { question: 'overall' },
        { question: 'overall', kind: 'first-impression', practices: ['berlin', 'default'] },
        { question: 'categories', from: '2025-04', to: '2026-02' },
        { question: 'greeting', practices: ['chatham'], to: '2025-12' },
        { question: 'overall', survey: { id: 'first-impression' } },
        { question: 'visit-for', survey: { id: practiceSurvey.id, version: practiceSurvey.version } },
      ] satisfies (ResultsQuery & { question: string })[];
      const check = async () => {
        for (const query of queries) {
          expect(await results.answerCounts(query)).toEqual(totals(directCount(saved, zones, query)));
        }
      };
      await check();
      await results.rollUp({ chunk: 50 });
      await check();
      await saveRandom(30, 62);
      await check();
    });

    it('counts the rows that arrived since the last roll-up (the live tail), with the aggregates, in one moment', async () => {
      await saveRandom(60, 21);
      await results.rollUp();
      await saveRandom(25, 22);
      const overall = totals(await results.results({ kind: 'first-impression', question: 'overall' }));
      expect(overall).toEqual(totals(directCount(saved, zones, { kind: 'first-impression', question: 'overall' })));
      expect(Object.values(overall).reduce((a, b) => a + b, 0)).toBe(
        saved.filter((s) => !s.automated && s.kind === 'first-impression').length,
      );
    });

    it('leaves out what looks automated, and counts a month in the practice own time zone', async () => {
      const at = (practiceId: string, submittedAt: string | undefined, overall: string, automated = false) => {
        const body = firstImpression({ submittedAt, answers: { overall } });
        if (submittedAt === undefined) delete body.submittedAt;
        return { practiceId, kind: 'first-impression', body, receivedAt: '2026-05-31T23:30:00.000Z', automated };
      };
      const cases = [
        // 00:30 on 1 December in Berlin; 18:30 on 30 November in New York.
        at('berlin', '2026-11-30T23:30:00.000Z', 'good'),
        at('new-york', '2026-11-30T23:30:00.000Z', 'good'),
        // 00:00 on 1 January 2027 in Kolkata is 18:30 UTC the day before.
        at('kolkata', '2026-12-31T18:30:00.000Z', 'poor'),
        at('kolkata', '2026-12-31T18:29:59.999Z', 'poor'),
        // No time from the device: the month it arrived in, there (June in Berlin, May in New York).
        at('berlin', undefined, 'neither'),
        at('new-york', undefined, 'neither'),
        at('berlin', '2026-11-30T23:30:00.000Z', 'very-poor', true),
      ];
      for (const s of cases) await save(store, s);
      const months = async () =>
        (await results.results({ question: 'overall' })).map((r) => [r.practiceId, r.month, r.counts]);
      const expected = [
        ['berlin', '2026-06', { neither: 1 }],
        ['berlin', '2026-12', { good: 1 }],
        ['kolkata', '2026-12', { poor: 1 }],
        ['kolkata', '2027-01', { poor: 1 }],
        ['new-york', '2026-05', { neither: 1 }],
        ['new-york', '2026-11', { good: 1 }],
      ];
      expect(await months()).toEqual(expected);
      await results.rollUp();
      expect(await months()).toEqual(expected);
    });

    it('counts nothing twice when a roll-up fails mid-way, and finishes on the next run', async () => {
      await saveRandom(120, 31);
      const failing = results.fold({
        chunk: 10,
        beforeCommit: (chunk) => {
          if (chunk === 4) throw new Error('power cut');
        },
      });
      await expect(failing).rejects.toThrow('power cut');
      // Three chunks committed; the fourth's counts went with its transaction.
      const through = await watermark(store);
      expect(through).toBeGreaterThan(0);
      const folded = saved.filter((s, i) => !s.automated && i < through);
      expect(folded).toHaveLength(30);
      expect(await aggregated(store)).toBe(countedIn(folded));
      expect(await results.results()).toEqual(directCount(saved, zones));

      const next = await results.rollUp({ chunk: 10 });
      expect(next.ran && next.value.through).toBe(120);
      expect(await aggregated(store)).toBe(countedIn(saved));
      expect(await results.results()).toEqual(directCount(saved, zones));
    });

    it('stays true when words are erased after the roll-up (choices are kept; nothing is ever deleted)', async () => {
      await saveRandom(40, 41);
      await results.rollUp();
      const before = await results.results();
      const items = saved.slice(0, 20).map((s) => ({ id: s.body.id as string, body: redactSubmission(s.body, find) }));
      expect(await store.erase(items, 'patient-request')).toHaveLength(20);
      expect(await results.results()).toEqual(before);
      await saveRandom(5, 42);
      await store.erase(
        saved.slice(40).map((s) => ({ id: s.body.id as string, body: redactSubmission(s.body, find) })),
        'retention',
      );
      expect(await results.results()).toEqual(directCount(saved, zones));
    });

    it('gives totals and the Friends and Family Test "% positive" (don\u2019t know and unanswered left out)', async () => {
      const overall = ['very-good', 'very-good', 'good', 'neither', 'poor', 'dont-know', undefined];
      for (const [i, answer] of overall.entries()) {
        const body = firstImpression({ answers: answer ? { overall: answer } : {} });
        await save(store, {
          practiceId: i % 2 ? 'berlin' : 'default',
          kind: 'first-impression',
          body,
          receivedAt: new Date().toISOString(),
          automated: false,
        });
      }
      const found = await results.results({ question: 'overall' });
      const counts = totals(found);
      expect(counts).toEqual({ 'very-good': 2, good: 1, neither: 1, poor: 1, 'dont-know': 1, '': 1 });
      expect(percentPositive(counts)).toBe(60);
      expect(percentPositive({ 'dont-know': 3 })).toBeUndefined();
      expect(totals(await results.results({ practices: ['berlin'] }), 'overall')).toEqual({
        'very-good': 1,
        neither: 1,
        'dont-know': 1,
      });
    });
  });
});

const postgres = engines.find((e) => e.name === 'postgres');

describe.skipIf(postgres?.skip !== undefined)('monthly results with several processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let stores: SubmissionStore[];
  let zones: Map<string, string>;
  beforeAll(async () => {
    if (!postgres) return;
    database = await postgres.newDatabase();
    stores = [
      await openStore({ ...database.settings, log: quiet }),
      await openStore({ ...database.settings, log: quiet }),
    ];
    zones = await addPractices(stores[0] as SubmissionStore);
  });
  afterAll(async () => {
    for (const store of stores ?? []) await store.close();
    await database?.remove();
  });

  it('counts each row once while two processes take submissions and roll up at the same time', async () => {
    const [one, two] = stores as [SubmissionStore, SubmissionStore];
    const results = [new MonthlyResults(one, find), new MonthlyResults(two, find)] as const;
    const saved: Saved[] = [];
    const pick = seeded(51);
    let arriving = true;
    const ingest = (async () => {
      for (let i = 0; i < 300; i += 1) {
        const s = randomSubmission(pick);
        await save(i % 2 ? one : two, s);
        saved.push(s);
      }
      arriving = false;
    })();
    // Both claimed (one of them skips while the other runs) and unclaimed (the watermark row makes them take turns).
    const rollUps = results.map(async (r, i) => {
      let ran = 0;
      while (arriving) {
        const outcome = i === 0 ? await r.rollUp({ chunk: 7 }) : { ran: true, value: await r.fold({ chunk: 5 }) };
        if (outcome.ran) ran += 1;
      }
      return ran;
    });
    await ingest;
    expect((await Promise.all(rollUps)).every((ran) => ran > 0)).toBe(true);
    await results[1].rollUp();
    expect(await watermark(one)).toBe(300);
    expect(await aggregated(one)).toBe(countedIn(saved));
    expect(await results[0].results()).toEqual(directCount(saved, zones));
    expect(await results[1].results()).toEqual(directCount(saved, zones));
  });

  it('never folds past an insert that has taken its arrival number but not yet committed', async () => {
    const [one] = stores as [SubmissionStore];
    const results = new MonthlyResults(one, find);
    await results.rollUp();
    const client = new pg.Client({ connectionString: database.settings.databaseUrl });
    await client.connect();
    try {
      const late = firstImpression({ answers: { overall: 'very-poor' } });
      await client.query('begin');
      await client.query(
        `insert into submissions (id, kind, body, body_hash, received_at) values ($1, 'first-impression', $2, '', $3)`,
        [late.id, JSON.stringify(late), new Date().toISOString()],
      );
      // A later arrival commits first: its number is higher than the one still in flight.
      const early = firstImpression({ id: randomUUID(), answers: { overall: 'very-good' } });
      await one.save(early as { id: string; kind: string });
      const rolling = results.rollUp();
      await new Promise((resolve) => setTimeout(resolve, 300));
      await client.query('commit');
      const outcome = await rolling;
      expect(outcome.ran && outcome.value.folded).toBe(2);
      // Had the fold gone past the later one alone, the earlier would never be counted: the aggregates now hold all.
      expect(await aggregated(one)).toBe(await scanned(one));
      expect(totals(await results.results({ question: 'overall' }))).toEqual(await scannedOverall(one));
    } finally {
      await client.end();
    }
  });
});

/** The patients' submissions in the table, read back and counted one by one. */
async function patientsBodies(store: SubmissionStore): Promise<Record<string, unknown>[]> {
  const rows = await store.db.selectFrom('submissions').select('body').where('automation', 'is', null).execute();
  return rows.map((r) => JSON.parse(r.body) as Record<string, unknown>);
}

async function scanned(store: SubmissionStore): Promise<number> {
  return (await patientsBodies(store)).reduce((n, body) => n + countedAnswers(body, find).length, 0);
}

async function scannedOverall(store: SubmissionStore): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const body of await patientsBodies(store)) {
    for (const [question, answer] of countedAnswers(body, find)) {
      if (question === 'overall') counts[answer] = (counts[answer] ?? 0) + 1;
    }
  }
  return counts;
}
