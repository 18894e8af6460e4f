/**
 * Cases on the clock through the staff JSON API over real HTTP, on SQLite and PostgreSQL (issue 13, stage 2): a
 * practice's clocks read and changed (an admin of it only; a wrong value names its field); the promise running from
 * each contactable case's arrival; "due now" and deadline order, paged; a formal complaint marked, acknowledged (only
 * when the patient can be reached) and its deadline moving; a change of holidays moving the stored deadline of open
 * cases at once. Deadlines are counted by hand on the calendar (Monday 2 November 2026; London is on UTC then).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import type { CaseDetail, ClockSettings, InboxPage, SubmissionDetail } from '../../../src/core/staff-api.js';
import { engines, type TestDatabase } from '../engines.js';
import { startCollector, whatWentWrong, type Running } from '../helpers.js';

const SETUP = { name: 'test setup' };
const DAY = 86_400_000;

describe.each(engines)('case clocks through the staff API on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  let admin: string;
  let staff: string;
  let southAdmin: string;
  // Arrived 20 days ago (its promise long overdue), now, and one whose patient left no way to reach them.
  const old = whatWentWrong({ reference: 'RC-OLD1-AA' });
  const fresh = whatWentWrong({ reference: 'RC-NEW1-BB' });
  const silent = whatWentWrong({ reference: 'RC-SIL1-CC' }, false);
  const many = Array.from({ length: 55 }, (_, i) =>
    whatWentWrong({ reference: `RC-M${String(i).padStart(3, '0')}-ZZ` }),
  );

  const call = (path: string, init: { body?: unknown; as?: string } = {}) =>
    fetch(`${app.url}${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${init.as ?? admin}`, 'Content-Type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const json = async <T>(res: Response, status = 200) => {
    expect(res.status, await res.clone().text()).toBe(status);
    return (await res.json()) as T;
  };
  const change = (id: unknown, body: unknown, status = 200) =>
    call(`/api/staff/cases/${id as string}`, { body }).then((r) => json<CaseDetail & { path?: string }>(r, status));
  const clocks = (body?: unknown, as?: string) =>
    call('/api/staff/practices/north/clocks', { ...(body === undefined ? {} : { body }), ...(as ? { as } : {}) });
  const inbox = (query: string) => call(`/api/staff/inbox?practice=north&${query}`).then((r) => json<InboxPage>(r));

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), retentionEveryMs: false });
    const { practices, store } = app.collector;
    await practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
    await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
    app.collector.directory.forget();
    const now = Date.now();
    const at = (ms: number) => new Date(ms).toISOString();
    await store.save(old as { id: string; kind: string }, at(now - 20 * DAY), { practiceId: 'north' });
    await store.save(silent as { id: string; kind: string }, at(now - 19 * DAY), { practiceId: 'north' });
    for (const [i, s] of many.entries()) {
      await store.save(s as { id: string; kind: string }, at(now - (18 - i * 0.3) * DAY), { practiceId: 'north' });
    }
    await store.save(fresh as { id: string; kind: string }, at(now), { practiceId: 'north' });
    const tokens = new ApiTokens(store.db);
    admin = (await tokens.create(SETUP, 'manager', 'admin')).secret;
    staff = (await tokens.create(SETUP, 'desk', 'staff')).secret;
    southAdmin = (await tokens.create(SETUP, 'south manager', 'admin', ['south'])).secret;
  });

  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)("reads and changes a practice's clocks: admins of it only, naming what is wrong", async () => {
    const before = await json<ClockSettings>(await clocks(undefined, staff));
    expect(before).toMatchObject({ practiceId: 'north', timeZone: 'Europe/London', promiseDays: null, holidays: [] });
    expect(before.rule.id).toBe('england');
    expect(before.presets.map((p) => p.id)).toEqual(['england', 'wales', 'scotland', 'northern-ireland', 'custom']);
    expect((await clocks({ promiseDays: 1 }, staff)).status).toBe(403);
    expect((await clocks({ promiseDays: 1 }, southAdmin)).status).toBe(404);
    for (const [body, path] of [
      [{ promiseDays: -1 }, 'promiseDays'],
      [{ ruleId: 'mars' }, 'ruleId'],
      [{ ruleId: 'scotland', stages: [{ acknowledgeDays: null, respondDays: 5 }] }, 'stages'],
      [{ ruleId: 'wales', stages: [{ acknowledgeDays: 2, respondDays: 1.5 }] }, 'stages[0].respondDays'],
      [{ holidays: ['2026-12-25', '2026-02-30'] }, 'holidays[1]'],
      [{ colour: 'red' }, 'colour'],
    ] as const) {
      expect(await json<{ path: string }>(await clocks(body), 400), JSON.stringify(body)).toMatchObject({ path });
    }
    const after = await json<ClockSettings>(await clocks({ promiseDays: 1, ruleId: 'wales' }));
    expect(after).toMatchObject({ promiseDays: 1, edited: false });
    expect(after.rule).toMatchObject({ id: 'wales', stages: [{ acknowledgeDays: 2, respondDays: 30 }] });
    const audit = await app.collector.store.db
      .selectFrom('audit_events')
      .select(['action', 'target'])
      .where('action', '=', 'practice.clocks-changed')
      .execute();
    expect(audit).toEqual([{ action: 'practice.clocks-changed', target: 'north' }]);
  });

  it.skipIf(engine.skip)('runs the promise on contactable cases: due now first, in deadline order, paged', async () => {
    const detail = await call(`/api/staff/submissions/${old.id as string}`).then((r) => json<SubmissionDetail>(r));
    expect(detail.caseDetail?.clocks).toEqual([
      expect.objectContaining({ kind: 'promise', days: 1, state: 'overdue' }),
    ]);
    expect(detail.case).toMatchObject({ formal: false, due: { kind: 'promise', state: 'overdue' } });
    const silentDetail = await call(`/api/staff/submissions/${silent.id as string}`).then((r) =>
      json<SubmissionDetail>(r),
    );
    expect(silentDetail.caseDetail?.clocks).toEqual([]);

    const dueNow = await inbox('due=now&order=due');
    const dueIds = dueNow.items.map((i) => i.id);
    expect(dueIds[0]).toBe(old.id);
    expect(dueIds).not.toContain(fresh.id);
    expect(dueIds).not.toContain(silent.id);
    expect(dueNow.items.every((i) => i.case?.due?.state === 'overdue')).toBe(true);

    // Every case, soonest deadline first, none last, across pages without a repeat or a gap.
    const seen: InboxPage['items'] = [];
    let page = await inbox('order=due');
    seen.push(...page.items);
    while (page.next) {
      page = await inbox(`order=due&after=${encodeURIComponent(page.next)}`);
      seen.push(...page.items);
    }
    expect(seen).toHaveLength(many.length + 3);
    expect(new Set(seen.map((i) => i.id)).size).toBe(seen.length);
    const dues = seen.map((i) => i.case?.due?.at ?? '~');
    expect(dues).toEqual([...dues].sort());
    expect(seen.at(-1)?.id).toBe(silent.id);

    // Contacting the patient keeps the promise, late: the case leaves "due now".
    const contacted = await change(old.id, { status: 'contacted' });
    expect(contacted.clocks[0]).toMatchObject({ kind: 'promise', state: 'late' });
    expect(contacted.firstContactedAt).not.toBeNull();
    expect((await inbox('due=now&order=due')).items.map((i) => i.id)).not.toContain(old.id);
  });

  it.skipIf(engine.skip)('marks a formal complaint and moves its deadline as it is acknowledged', async () => {
    expect(await change(old.id, { acknowledged: true }, 409)).toMatchObject({ path: 'formal' });
    expect(await change(old.id, { formal: true, receivedOn: '2999-01-01' }, 400)).toMatchObject({ path: 'receivedOn' });
    const marked = await change(old.id, { formal: true, receivedOn: '2026-11-02' });
    expect(marked.formal).toMatchObject({ receivedOn: '2026-11-02', stage: 0, rule: { id: 'wales' } });
    // Wales: acknowledged within 2 working days (end of Wednesday 4 November), answered within 30 (Monday 14 December).
    expect(marked.clocks.filter((c) => c.kind !== 'promise')).toEqual([
      expect.objectContaining({ kind: 'acknowledge', days: 2, dueAt: '2026-11-05T00:00:00.000Z', state: 'overdue' }),
      expect.objectContaining({ kind: 'respond', days: 30, dueAt: '2026-12-15T00:00:00.000Z' }),
    ]);
    expect(marked.due).toMatchObject({ kind: 'acknowledge', at: '2026-11-05T00:00:00.000Z', state: 'overdue' });
    expect(await change(old.id, { nextStage: true }, 409)).toMatchObject({ path: 'nextStage' });
    expect(await change(old.id, { agreedResponseBy: '2027-01-04' }, 409)).toMatchObject({ path: 'agreedResponseBy' });

    const acknowledged = await change(old.id, { acknowledged: true, note: 'Letter sent' });
    expect(acknowledged.clocks.find((c) => c.kind === 'acknowledge')?.state).toBe('late');
    expect(acknowledged.due).toMatchObject({ kind: 'respond', at: '2026-12-15T00:00:00.000Z' });
    expect(acknowledged.history.map((e) => e.what)).toEqual(['status', 'formal', 'acknowledged', 'note']);
    expect(acknowledged.history[1]).toMatchObject({ value: '2026-11-02', by: 'token "manager"' });

    // A public holiday inside the window moves the stored deadline of the open case at once.
    await json(await clocks({ holidays: ['2026-12-08'] }));
    const stored = await app.collector.store.db
      .selectFrom('case_follow_up')
      .select('due_at')
      .where('submission_id', '=', old.id as string)
      .executeTakeFirstOrThrow();
    expect(stored.due_at).toBe('2026-12-16T00:00:00.000Z');

    // No way to reach the patient: marked, but it cannot be acknowledged to them.
    await change(silent.id, { formal: true });
    expect(await change(silent.id, { acknowledged: true }, 409)).toMatchObject({ path: 'acknowledged' });
    const unreachable = await change(silent.id, { responded: true });
    expect(unreachable.clocks.map((c) => [c.kind, c.state])).toEqual([
      ['acknowledge', 'unreachable'],
      ['respond', 'done'],
    ]);
    // Unmarking stops the statutory clocks; the history keeps both.
    const unmarked = await change(silent.id, { formal: false });
    expect(unmarked.formal).toBeNull();
    expect(unmarked.clocks).toEqual([]);
    expect(unmarked.history.map((e) => [e.what, e.value])).toEqual([
      ['formal', expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string],
      ['responded', ''],
      ['formal', ''],
    ]);
  });

  it.skipIf(engine.skip)("opens every practice's untouched cases, whoever asked first", async () => {
    const { store, directory } = app.collector;
    const southCase = whatWentWrong({ reference: 'RC-SOU1-DD' });
    const northCase = whatWentWrong({ reference: 'RC-NOR1-EE' });
    await store.save(southCase as { id: string; kind: string }, undefined, { practiceId: 'south' });
    await store.save(northCase as { id: string; kind: string }, undefined, { practiceId: 'north' });
    const clocksOf = async (id: string) => (await directory.find(id))!.clocks;
    const opened = async (id: unknown) =>
      (await store.db
        .selectFrom('case_follow_up')
        .select('submission_id')
        .where('submission_id', '=', id as string)
        .executeTakeFirst()) !== undefined;
    // A colleague who sees North only reads by deadline first; then someone who sees both.
    await store.caseClocks.open(new Map([['north', await clocksOf('north')]]));
    expect(await opened(northCase.id)).toBe(true);
    expect(await opened(southCase.id)).toBe(false);
    await store.caseClocks.open(
      new Map([
        ['north', await clocksOf('north')],
        ['south', await clocksOf('south')],
      ]),
    );
    expect(await opened(southCase.id)).toBe(true);
  });
});
