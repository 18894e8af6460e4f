/**
 * The collector over real HTTP on each engine: SQLite in a temp DATA_DIR, and a real PostgreSQL server
 * (DATABASE_URL, as an administrator sets it). What a device and the staff inbox rely on must mean the same on both.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { InboxPage } from '../../src/core/staff-api.js';
import { engines, type TestDatabase } from './engines.js';
import { firstImpression, post, startCollector, whatWentWrong, type Running } from './helpers.js';

describe.each(engines)('the collector on $name', (engine) => {
  let database: TestDatabase | undefined;
  let app: Running | undefined;

  async function start(): Promise<Running> {
    database ??= await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}) });
    return app;
  }

  afterEach(async () => {
    await app?.stop();
    await database?.remove();
    app = undefined;
    database = undefined;
  });

  it.skipIf(engine.skip)('stores, replays, refuses a changed resend, and keeps it all across a restart', async () => {
    let running = await start();
    expect(running.notices.join('\n')).toContain(engine.name === 'postgres' ? 'PostgreSQL' : 'feedback.sqlite');
    const kept = firstImpression();
    const first = await post(running.url, kept);
    expect(first.status).toBe(201);
    const ack = await first.json();
    const replay = await post(running.url, kept);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(ack);
    expect((await post(running.url, { ...kept, answers: { overall: 'poor' } })).status).toBe(422);

    await running.stop();
    running = await start();
    expect(await (await running.staffFetch(`/api/feedback/export.json`)).json()).toEqual([kept]);
    expect((await post(running.url, kept)).status).toBe(200);
  });

  it.skipIf(engine.skip)('answers eight deliveries of one submission at once with one 201 and one row', async () => {
    const running = await start();
    const submission = whatWentWrong();
    const answers = await Promise.all(Array.from({ length: 8 }, () => post(running.url, submission)));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(await running.collector.store.count()).toBe(1);
  });

  it.skipIf(engine.skip)('follows a case up through the staff API and finds it by its read-out reference', async () => {
    const running = await start();
    const recovery = whatWentWrong({ reference: 'RC-7KQ2-9F' });
    expect((await post(running.url, recovery)).status).toBe(201);
    const saved = await running.staffFetch(`/api/staff/cases/${recovery.id as string}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': running.staff.csrf },
      body: JSON.stringify({ status: 'contacted', note: 'Called back; sorry given.' }),
    });
    expect(saved.status).toBe(200);
    expect(await running.collector.store.followUp(recovery.id as string)).toMatchObject({ status: 'contacted' });
    const found = (await (await running.staffFetch('/api/staff/inbox?q=rc%207kq2%209f')).json()) as InboxPage;
    expect(found.items.map((i) => [i.id, i.case?.status])).toEqual([[recovery.id, 'contacted']]);
    const detail = (await (await running.staffFetch(`/api/staff/submissions/${String(recovery.id)}`)).json()) as {
      caseDetail?: { history: { what: string; value: string }[] };
    };
    expect(detail.caseDetail?.history).toContainEqual(
      expect.objectContaining({ what: 'note', value: 'Called back; sorry given.' }),
    );
  });
});
