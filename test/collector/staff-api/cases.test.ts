/**
 * Cases through the staff JSON API over real HTTP, on SQLite and PostgreSQL: a what-went-wrong case is seen,
 * contacted, assigned, noted and resolved with an outcome, every step in its history (who, what, when); a change
 * that does not fit the case is refused (409) and one that cannot be read names its field (400); a session needs its
 * CSRF token; another practice's case is not there (404); erasing the patient's words empties the notes too. The
 * detail view shows every answer in words and the contact only when the patient agreed to be contacted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../../collector/accounts/api-tokens.js';
import type { CaseDetail, SubmissionDetail } from '../../../src/core/staff-api.js';
import { engines, type TestDatabase } from '../engines.js';
import { firstImpression, post, signedIn, startCollector, whatWentWrong, type Running } from '../helpers.js';

const SETUP = { name: 'test setup' };

describe.each(engines)('cases through the staff API on $name', (engine) => {
  let database: TestDatabase;
  let app: Running;
  let token: string;
  let southToken: string;
  const visit = firstImpression({ answers: { overall: 'poor', comments: 'Cold room' } });
  const complaint = whatWentWrong({ relatedTo: visit.id });
  // It follows a survey that has not arrived (still on the patient's phone).
  const quiet = whatWentWrong({ reference: 'RC-ABCD-EF', relatedTo: crypto.randomUUID() }, false);
  // South's form says it followed North's survey: to South's staff that survey is neither shown nor "on its way".
  const across = whatWentWrong({ reference: 'RC-WXYZ-23', relatedTo: visit.id });

  const call = (path: string, init: { body?: unknown; as?: string } = {}) =>
    fetch(`${app.url}${path}`, {
      method: init.body === undefined ? 'GET' : 'POST',
      headers: { Authorization: `Bearer ${init.as ?? token}`, 'Content-Type': 'application/json' },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  const change = async (body: unknown, expected = 200, as?: string) => {
    const res = await call(`/api/staff/cases/${complaint.id as string}`, { body, ...(as ? { as } : {}) });
    expect(res.status, await res.clone().text()).toBe(expected);
    return res.json() as Promise<CaseDetail & { error?: string; path?: string }>;
  };

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), retentionEveryMs: false });
    const { practices, store, signIn } = app.collector;
    await practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
    app.collector.directory.forget();
    for (const s of [visit, complaint, quiet]) await store.save(s as { id: string; kind: string });
    await store.save(across as { id: string; kind: string }, undefined, { practiceId: 'south' });
    await signIn.accounts.add(SETUP, 'ann@north.example', 'staff', 'a long staff passphrase 42', ['default']);
    await signIn.accounts.add(SETUP, 'sam@south.example', 'staff', 'a long staff passphrase 42', ['south']);
    const tokens = new ApiTokens(store.db);
    token = (await tokens.create(SETUP, 'desk', 'staff')).secret;
    southToken = (await tokens.create(SETUP, 'south desk', 'staff', ['south'])).secret;
  });

  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  it.skipIf(engine.skip)(
    'shows a case in words, its contact only when the patient agreed, and what it followed',
    async () => {
      const detail = (await (
        await call(`/api/staff/submissions/${complaint.id as string}`)
      ).json()) as SubmissionDetail;
      expect(detail.reference).toBe('RC-7KQ2-9F');
      expect(detail.answers.find((a) => a.question === 'categories')?.words).toBe('Wait time, Communication');
      expect(detail.contact).toEqual({
        method: { value: 'phone', words: 'Phone call' },
        value: '555-0142',
        bestTime: 'mornings',
      });
      expect(detail.followed).toMatchObject({ id: visit.id, overall: { value: 'poor', words: 'Poor' } });
      expect(detail.followedPending).toBeUndefined();
      // No promise is configured, so no clock runs yet; the patient can be reached.
      expect(detail.caseDetail).toEqual({
        status: 'new',
        assignee: null,
        outcome: null,
        updatedAt: null,
        contactable: true,
        firstContactedAt: null,
        formal: null,
        clocks: [],
        history: [],
      });
      const silent = (await (await call(`/api/staff/submissions/${quiet.id as string}`)).json()) as SubmissionDetail;
      expect(silent.contact).toBeUndefined();
      expect(silent.caseDetail?.contactable).toBe(false);
      expect(silent.followed).toBeUndefined();
      expect(silent.followedPending).toBe(true);
      const first = (await (await call(`/api/staff/submissions/${visit.id as string}`)).json()) as SubmissionDetail;
      expect(first.followedBy).toEqual({ id: complaint.id, reference: 'RC-7KQ2-9F' });
      expect((await call(`/api/staff/submissions/${complaint.id as string}`, { as: southToken })).status).toBe(404);
      const south = (await (
        await call(`/api/staff/submissions/${across.id as string}`, { as: southToken })
      ).json()) as SubmissionDetail;
      expect(south.reference).toBe('RC-WXYZ-23');
      expect(south.followed).toBeUndefined();
      expect(south.followedPending).toBeUndefined();
    },
  );

  it.skipIf(engine.skip)('moves a case on, step by step, each step in its history', async () => {
    await change({ status: 'seen' });
    await change({ assignee: 'ann@north.example', note: 'Calling her this afternoon.' });
    await change({ status: 'contacted' });
    const resolved = await change({ status: 'resolved', outcome: 'partly-upheld', note: 'Apologised; free check-up.' });
    expect(resolved).toMatchObject({ status: 'resolved', assignee: 'ann@north.example', outcome: 'partly-upheld' });
    expect(resolved.history.map((e) => [e.what, e.value])).toEqual([
      ['status', 'seen'],
      ['assignee', 'ann@north.example'],
      ['note', 'Calling her this afternoon.'],
      ['status', 'contacted'],
      ['status', 'resolved'],
      ['outcome', 'partly-upheld'],
      ['note', 'Apologised; free check-up.'],
    ]);
    expect(resolved.history.every((e) => e.by === 'token "desk"' && !Number.isNaN(Date.parse(e.at)))).toBe(true);
    // The inbox shows where it is, and the open cases are counted without it.
    const listed = (await (await call('/api/staff/inbox?status=resolved')).json()) as { items: { id: string }[] };
    expect(listed.items.map((i) => i.id)).toEqual([complaint.id]);
    const open = (await (await call('/api/staff/practices')).json()) as {
      practices: { id: string; counts: { openCases: number } }[];
    };
    expect(open.practices.find((p) => p.id === 'default')?.counts.openCases).toBe(1);
    // Following up never changes what the patient sent: the export and a device's repeat are as before.
    const sent = (await (await call('/api/feedback/export.json')).json()) as unknown[];
    expect(sent).toContainEqual(expect.objectContaining(complaint));
    expect((await post(app.url, complaint)).status).toBe(200);
    // The log names the case, never a note.
    expect(app.logs.join('\n')).not.toContain('Calling her this afternoon');
  });

  it.skipIf(engine.skip)('refuses what does not fit the case (409) and what cannot be read (400)', async () => {
    expect((await change({ status: 'contacted' }, 409)).error).toContain('reopen it first');
    const reopened = await change({ status: 'reopened' });
    expect(reopened.outcome).toBeNull();
    expect((await change({ outcome: 'upheld' }, 409)).error).toContain('resolved');
    expect((await change({ status: 'new' }, 409)).error).toContain('cannot be new again');
    expect((await change({ status: 'closed' }, 400)).path).toBe('status');
    expect((await change({ note: 'x'.repeat(2001) }, 400)).path).toBe('note');
    expect((await change({ colour: 'red' }, 400)).path).toBe('colour');
    expect((await change({}, 400)).error).toContain('Nothing to change');
    // Only a colleague who sees the case's practice.
    expect((await change({ assignee: 'sam@south.example' }, 400)).path).toBe('assignee');
    expect((await change({ assignee: 'nobody@example.com' }, 400)).path).toBe('assignee');
    expect((await change({ status: 'seen' }, 404, southToken)).error).toContain('no such case');
    const notACase = await call(`/api/staff/cases/${visit.id as string}`, { body: { status: 'seen' } });
    expect(notACase.status).toBe(404);
    const unknown = await call('/api/staff/cases/00000000-0000-4000-8000-000000000000', { body: { status: 'seen' } });
    expect(unknown.status).toBe(404);
  });

  it.skipIf(engine.skip)('needs the session’s CSRF token from a browser, and audits each change', async () => {
    const session = await signedIn(app.collector, 'boss@north.example', 'admin');
    const send = (headers: Record<string, string>) =>
      fetch(`${app.url}/api/staff/cases/${complaint.id as string}`, {
        method: 'POST',
        headers: { Cookie: session.cookie, 'Content-Type': 'application/json', ...headers },
        body: JSON.stringify({ note: 'Checked the rota.' }),
      });
    expect((await send({})).status).toBe(403);
    expect((await send({ 'X-CSRF-Token': session.csrf })).status).toBe(200);
    const events = await app.collector.signIn.audit.list({});
    const changed = events.filter((e) => e.action === 'case changed' && e.target === complaint.id);
    expect(changed.map((e) => e.actor)).toContain('boss@north.example');
    expect(JSON.stringify(changed)).not.toContain('Checked the rota');
  });

  it.skipIf(engine.skip)(
    'empties the notes of a case when the patient’s words are erased, keeping its steps',
    async () => {
      // As an admin erases on a patient's request, on the patient's data page.
      const form = new URLSearchParams({ _csrf: app.staff.csrf, ids: complaint.id as string });
      const erased = await app.staffFetch('/staff/patient-data/erase/confirm', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: app.url },
        body: form,
      });
      expect(erased.status).toBe(200);
      const after = (await (await call(`/api/staff/submissions/${complaint.id as string}`)).json()) as SubmissionDetail;
      const history = after.caseDetail?.history ?? [];
      expect(history.filter((e) => e.what === 'note').every((e) => e.value === '')).toBe(true);
      expect(history.filter((e) => e.what === 'status').map((e) => e.value)).toEqual([
        'seen',
        'contacted',
        'resolved',
        'reopened',
      ]);
      expect(after.erasedAt).toBeDefined();
    },
  );
});
