/**
 * A practice's own survey reaches the collector over real HTTP, on SQLite and PostgreSQL: a 0–10 overall scale, a
 * multiple-choice question and a condition. Where the collector does not know the survey it stores the submission and
 * says its answers were not checked; where it knows it, it checks them and refuses what the survey does not allow.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { engines, type TestDatabase } from './engines.js';
import { addSurvey, firstImpression, post, startCollector, type Running } from './helpers.js';
import { practiceSurvey } from '../fixtures/practice-survey.js';

/** A submission as a device shows the practice's survey builds it. */
function fromPracticeSurvey(answers: Record<string, unknown>): Record<string, unknown> {
  return {
    id: randomUUID(),
    kind: 'first-impression',
    survey: { id: 'smile-dental-visit', version: '2' },
    submittedAt: '2026-12-02T09:30:00.000Z',
    lang: 'en',
    channel: 'embed',
    practice: 'Smile Dental',
    answers,
  };
}

describe.each(engines)("a practice's own survey on $name", (engine) => {
  let database: TestDatabase | undefined;
  let app: Running | undefined;

  async function start(knows: boolean): Promise<Running> {
    database ??= await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
    if (knows) await addSurvey(app, practiceSurvey);
    return app;
  }

  afterEach(async () => {
    await app?.stop();
    await database?.remove();
    app = undefined;
    database = undefined;
  });

  it.skipIf(engine.skip)(
    'is stored where the collector does not know it, flagged, and never refused for not being FFT',
    async () => {
      const running = await start(false);
      const sent = fromPracticeSurvey({ overall: '9', 'visit-for': ['treatment', 'cleaning'], pain: 'yes' });
      const res = await post(running.url, sent);
      expect(res.status).toBe(201);
      const ack = await res.json();
      expect(ack).toEqual({
        id: sent.id,
        status: 'stored',
        receivedAt: expect.any(String),
        warning: 'unknown survey — answers not checked',
      });
      const stored = await running.collector.store.get(sent.id as string);
      expect(stored).toMatchObject({ body: sent, answersChecked: 'unknown-survey' });
      // A lost acknowledgement: the device sends again and is told the same, warning included.
      const again = await post(running.url, sent);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual(ack);
      expect(running.logs.some((l) => l.includes(`id=${sent.id as string}`) && l.includes('unchecked'))).toBe(true);

      // A built-in survey is still checked, and says so.
      const builtIn = firstImpression();
      expect(await (await post(running.url, builtIn)).json()).not.toHaveProperty('warning');
      expect((await running.collector.store.get(builtIn.id as string))?.answersChecked).toBe('checked');
      const wrong = await post(running.url, firstImpression({ answers: { overall: '9' } }));
      expect(wrong.status).toBe(400);
    },
  );

  it.skipIf(engine.skip)(
    'is checked where the collector knows it: good answers stored, bad ones refused with the path',
    async () => {
      let running = await start(true);
      const good = [
        fromPracticeSurvey({ overall: '10' }),
        fromPracticeSurvey({ overall: '0', 'visit-for': ['check-up'], comments: 'Quick and kind' }),
        fromPracticeSurvey({ overall: '6', 'visit-for': ['emergency'], pain: 'no' }),
      ];
      for (const s of good) expect((await post(running.url, s)).status, JSON.stringify(s.answers)).toBe(201);

      const bad: [Record<string, unknown>, string][] = [
        [{ overall: '11' }, 'answers.overall'],
        [{ overall: '8', 'visit-for': ['surgery'] }, 'answers.visit-for'],
        [{ overall: '8', 'visit-for': ['treatment'] }, 'answers.pain'],
        [{ overall: '8', 'visit-for': ['cleaning'], pain: 'yes' }, 'answers.pain'],
      ];
      for (const [answers, path] of bad) {
        const res = await post(running.url, fromPracticeSurvey(answers));
        expect(res.status, JSON.stringify(answers)).toBe(400);
        const body = await res.json();
        expect(body.path).toBe(path);
        expect(body.error.startsWith(`${path}: `)).toBe(true);
      }

      // Kept across a restart, with what was checked.
      await running.stop();
      running = await start(true);
      const stored = await running.collector.store.list();
      expect(stored.map((s) => [s.id, s.answersChecked])).toEqual(good.map((s) => [s.id, 'checked']));
      expect(stored.map((s) => s.body)).toEqual(good);
    },
  );
});
