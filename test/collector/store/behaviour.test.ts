/**
 * What the store promises, on SQLite and on PostgreSQL alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, type SubmissionStore } from '../../../collector/store/index.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, whatWentWrong } from '../helpers.js';

const quiet = () => undefined;

describe.each(engines)('the store on $name', (engine) => {
  describe.skipIf(engine.skip !== undefined)('', () => {
    let database: TestDatabase;
    let store: SubmissionStore;
    beforeAll(async () => {
      database = await engine.newDatabase();
      store = await openStore({ ...database.settings, log: quiet });
    });
    afterAll(async () => {
      await store.close();
      await database.remove();
    });

    it('stores a submission once: a repeat gets the first acknowledgement, a different body is a conflict', async () => {
      const submission = firstImpression();
      const first = await store.save(submission as { id: string; kind: string }, '2026-12-01T09:00:00.000Z');
      expect(first).toEqual({
        outcome: 'stored',
        ack: { id: submission.id, status: 'stored', receivedAt: '2026-12-01T09:00:00.000Z' },
      });
      // Re-serialised with its keys in another order, as a device retrying may do.
      const reordered = Object.fromEntries(Object.entries(submission).reverse()) as { id: string; kind: string };
      expect(await store.save(reordered, '2026-12-01T09:05:00.000Z')).toEqual({ outcome: 'repeat', ack: first.ack });
      const changed: Record<string, unknown> = { ...submission, answers: { overall: 'poor' } };
      expect(await store.save(changed as { id: string; kind: string })).toEqual({
        outcome: 'conflict',
        ack: first.ack,
      });
      expect(await store.get(submission.id as string)).toMatchObject({ body: submission });
    });

    it('tells eight concurrent saves of one submission, from two connections, apart: one stored', async () => {
      const other = await openStore({ ...database.settings, log: quiet });
      try {
        const submission = firstImpression() as { id: string; kind: string };
        const outcomes = await Promise.all(
          Array.from({ length: 8 }, (_, i) => (i % 2 ? other : store).save(submission)),
        );
        expect(outcomes.map((o) => o.outcome).sort()).toEqual([
          'repeat',
          'repeat',
          'repeat',
          'repeat',
          'repeat',
          'repeat',
          'repeat',
          'stored',
        ]);
        expect(new Set(outcomes.map((o) => o.ack.receivedAt)).size).toBe(1);
      } finally {
        await other.close();
      }
    });

    it('keeps the exact words sent, in any script', async () => {
      const words = 'Très bien 😀 — مرحبا — 你好 — <b>not markup</b> — =1+1';
      const submission = firstImpression({ answers: { overall: 'good', comments: words } });
      await store.save(submission as { id: string; kind: string });
      const stored = await store.get(submission.id as string);
      expect(JSON.stringify(stored?.body)).toBe(JSON.stringify(submission));
      expect(await store.get('00000000-0000-4000-8000-000000000000')).toBeUndefined();
    });

    it('lists in arrival order, newest first, by kind and with a limit; counts agree', async () => {
      const fresh = await engine.newDatabase();
      const s = await openStore({ ...fresh.settings, log: quiet });
      try {
        // The same receivedAt for all: the order must come from arrival, not from the clock.
        const at = '2026-12-01T10:00:00.000Z';
        const sent = [firstImpression(), whatWentWrong(), firstImpression(), firstImpression(), whatWentWrong()];
        for (const sub of sent) await s.save(sub as { id: string; kind: string }, at);
        const ids = sent.map((x) => x.id);
        expect((await s.list()).map((x) => x.id)).toEqual(ids);
        expect((await s.list({ newestFirst: true })).map((x) => x.id)).toEqual([...ids].reverse());
        expect((await s.list({ kind: 'what-went-wrong' })).map((x) => x.id)).toEqual([ids[1], ids[4]]);
        expect((await s.list({ kind: 'first-impression', newestFirst: true, limit: 2 })).map((x) => x.id)).toEqual([
          ids[3],
          ids[2],
        ]);
        expect(await s.count()).toBe(5);
        expect(await s.countByKind()).toEqual({ 'first-impression': 3, 'what-went-wrong': 2 });
        expect((await s.list())[0]).toEqual({
          id: ids[0],
          kind: 'first-impression',
          receivedAt: at,
          body: sent[0],
          answersChecked: null,
          practiceId: 'default',
          unknownLocation: false,
        });
      } finally {
        await s.close();
        await fresh.remove();
      }
    });

    it('follows up a case: new until touched, saved and changed, refused for a survey or an unknown id', async () => {
      const recovery = whatWentWrong();
      const survey = firstImpression();
      await store.save(recovery as { id: string; kind: string });
      await store.save(survey as { id: string; kind: string });
      const id = recovery.id as string;
      expect(await store.followUp(id)).toEqual({ status: 'new', note: '' });
      expect(await store.setFollowUp(id, 'contacted', 'Called Tue, apology given', '2026-12-01T11:00:00.000Z')).toBe(
        true,
      );
      expect(await store.followUp(id)).toEqual({
        status: 'contacted',
        note: 'Called Tue, apology given',
        updatedAt: '2026-12-01T11:00:00.000Z',
      });
      expect(await store.setFollowUp(id, 'resolved', 'Next visit free', '2026-12-02T08:00:00.000Z')).toBe(true);
      expect(await store.followUp(id)).toMatchObject({ status: 'resolved', note: 'Next visit free' });
      expect(await store.setFollowUp(survey.id as string, 'contacted', '')).toBe(false);
      expect(await store.setFollowUp('00000000-0000-4000-8000-000000000000', 'contacted', '')).toBe(false);
      expect(await store.followUp(survey.id as string)).toEqual({ status: 'new', note: '' });
    });

    it('counts the open cases per practice: not resolved, not automated', async () => {
      const fresh = await engine.newDatabase();
      const s = await openStore({ ...fresh.settings, log: quiet });
      try {
        const [a, b, c, d] = [whatWentWrong(), whatWentWrong(), whatWentWrong(), whatWentWrong()];
        for (const x of [a, b, c, d]) await s.save(x as { id: string; kind: string });
        await s.save(firstImpression() as { id: string; kind: string });
        // Sent by a program, not a patient: kept, but no case for the front desk to count.
        await s.save(whatWentWrong() as { id: string; kind: string }, undefined, { automation: 'filled in 1 s' });
        await s.setFollowUp(d?.id as string, 'resolved', '');
        await s.setFollowUp(b?.id as string, 'contacted', '');
        await s.setFollowUp(a?.id as string, 'resolved', '');
        expect(await s.openCasesByPractice()).toEqual(new Map([['default', 2]]));
        expect(await s.openCasesByPractice(['elsewhere'])).toEqual(new Map());
      } finally {
        await s.close();
        await fresh.remove();
      }
    });

    it('reads everything in arrival order a chunk at a time, by kind too, while writes go on', async () => {
      const fresh = await engine.newDatabase();
      const s = await openStore({ ...fresh.settings, log: quiet });
      try {
        const ids: string[] = [];
        for (let i = 0; i < 25; i += 1) {
          const sub = i % 5 === 0 ? whatWentWrong() : firstImpression();
          ids.push(sub.id as string);
          await s.save(sub as { id: string; kind: string });
        }
        const read: string[] = [];
        let late: string | undefined;
        for await (const sub of s.iterate({}, 10)) {
          read.push(sub.id);
          if (read.length === 12 && !late) {
            // A submission arriving mid-export is stored at once (the export holds no lock) and comes out last.
            const arriving = firstImpression();
            late = arriving.id as string;
            expect((await s.save(arriving as { id: string; kind: string })).outcome).toBe('stored');
          }
        }
        expect(read).toEqual([...ids, late]);
        const cases: string[] = [];
        for await (const sub of s.iterate({ kind: 'what-went-wrong' }, 2)) cases.push(sub.id);
        expect(cases).toEqual(ids.filter((_, i) => i % 5 === 0));
        // Exactly a whole number of chunks, and none at all.
        let n = 0;
        for await (const sub of s.iterate({}, 13)) n += sub ? 1 : 0;
        expect(n).toBe(26);
        const none: unknown[] = [];
        for await (const sub of s.iterate({ kind: 'no-such-kind' })) none.push(sub);
        expect(none).toEqual([]);
      } finally {
        await s.close();
        await fresh.remove();
      }
    });

    it('keeps everything across a restart, and still recognises repeats', async () => {
      const fresh = await engine.newDatabase();
      const logs: string[] = [];
      let s = await openStore({ ...fresh.settings, log: (l) => logs.push(l) });
      try {
        const kept = whatWentWrong();
        const { ack } = await s.save(kept as { id: string; kind: string }, undefined, { answers: 'checked' });
        await s.setFollowUp(kept.id as string, 'contacted', 'Left a message');
        await s.close();
        logs.length = 0;
        s = await openStore({ ...fresh.settings, log: (l) => logs.push(l) });
        expect(logs.filter((l) => /migration/i.test(l))).toEqual([]);
        expect(await s.list()).toEqual([
          {
            id: kept.id,
            kind: kept.kind,
            receivedAt: ack.receivedAt,
            body: kept,
            answersChecked: 'checked',
            practiceId: 'default',
            unknownLocation: false,
          },
        ]);
        expect(await s.followUp(kept.id as string)).toMatchObject({ status: 'contacted', note: 'Left a message' });
        expect(await s.save(kept as { id: string; kind: string })).toEqual({ outcome: 'repeat', ack });
      } finally {
        await s.close();
        await fresh.remove();
      }
    });

    it('commits durably: says where it stores, and the engine confirms every commit is flushed', async () => {
      expect(store.engine).toBe(engine.name);
      const settings = await store.durability();
      if (engine.name === 'sqlite') {
        expect(settings).toEqual({ journal_mode: 'wal', synchronous: 'full' });
        expect(store.location).toMatch(/^SQLite .*feedback\.sqlite$/);
      } else {
        expect(settings).toEqual({ fsync: 'on', synchronous_commit: 'on' });
        expect(store.location).toMatch(/^PostgreSQL 127\.0\.0\.1:\d+\/pf_test_/);
      }
    });
  });
});
