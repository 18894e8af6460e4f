/**
 * A patient's data on request, over real HTTP on both engines: an admin finds one patient's submissions by what
 * the patient can tell them (the reference as read out, a phone number typed another way, an e-mail address,
 * words they wrote), downloads a copy for them, and erases their words and contact details — after which the words
 * are nowhere the collector answers from, the choices still count, a retry of the original is still a repeat, and
 * the audit trail says who did each step without repeating what was searched for.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, type TestDatabase } from '../engines.js';
import {
  firstImpression,
  post,
  signedIn,
  startCollector,
  whatWentWrong,
  type Running,
  type StaffSession,
} from '../helpers.js';

const WORDS = 'The hygienist was rough and dismissive';
const PHONE = '555 010 2040';

/** A form POST from this collector's own page, as the signed-in admin. */
function form(app: Running, path: string, fields: [string, string][], session: StaffSession = app.staff) {
  const body = new URLSearchParams([...fields, ['_csrf', session.csrf]]);
  return fetch(`${app.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: app.url, Cookie: session.cookie },
    body: body.toString(),
  });
}

/** The ids of the ticked boxes on a results page, and of all of them. */
function boxes(html: string): { ticked: string[]; all: string[] } {
  const all = [...html.matchAll(/<input type="checkbox" name="ids" value="([^"]+)"[^>]*>/g)];
  return {
    all: all.map((m) => m[1] ?? ''),
    ticked: all.filter((m) => m[0].includes(' checked')).map((m) => m[1] ?? ''),
  };
}

describe.each(engines)("a patient's data on $name", (engine) => {
  let database: TestDatabase | undefined;
  let app: Running;
  const survey = firstImpression({ answers: { overall: 'very-poor', comments: 'Felt rushed.' } });
  const recovery = whatWentWrong({
    relatedTo: survey.id,
    reference: 'RC-4F7H-2K',
    answers: {
      categories: ['communication'],
      details: WORDS,
      remedy: 'Someone to listen <b>properly</b>',
      contact: { method: 'phone', value: PHONE, consent: true, bestTime: 'after 5pm' },
    },
  });
  const emailCase = whatWentWrong({
    reference: 'RC-9JKM-3P',
    answers: {
      categories: ['billing'],
      details: 'Charged twice',
      contact: { method: 'email', value: 'Pat.Doe@Example.org', consent: true, bestTime: '' },
    },
  });
  const someoneElse = whatWentWrong({ reference: 'RC-0ABC-1D' });

  beforeAll(async () => {
    if (engine.skip) return;
    database = await engine.newDatabase();
    const { dataDir, databaseUrl } = database.settings;
    app = await startCollector({ dataDir, ...(databaseUrl ? { databaseUrl } : {}), retentionEveryMs: false });
    for (const s of [survey, recovery, emailCase, someoneElse]) expect((await post(app.url, s)).status).toBe(201);
    expect(await app.collector.store.setFollowUp(String(recovery.id), 'contacted', `Called ${PHONE}, apologised`)).toBe(
      true,
    );
  });
  afterAll(async () => {
    await app?.stop();
    await database?.remove();
  });

  const find = async (q: string) => {
    const res = await app.staffFetch(`/staff/patient-data?q=${encodeURIComponent(q)}`);
    expect(res.status).toBe(200);
    return res.text();
  };

  it.skipIf(engine.skip)(
    'finds one patient however they say who they are, with the survey their complaint followed',
    async () => {
      // The reference read out on the phone: lower case, spaces, an O for a zero.
      const byReference = boxes(await find('rc 4f7h 2k'));
      expect(byReference.all).toEqual([recovery.id, survey.id]);
      expect(byReference.ticked).toEqual([recovery.id]);

      // The phone number typed another way; the e-mail in another case.
      expect(boxes(await find('(555) 010-2040')).all).toEqual([recovery.id, survey.id]);
      expect(boxes(await find('pat.doe@example.org')).ticked).toEqual([emailCase.id]);

      // Words they wrote: found, but not ticked — words may be someone else's.
      const byWords = boxes(await find('rough and DISMISSIVE'));
      expect(byWords.all).toEqual([recovery.id, survey.id]);
      expect(byWords.ticked).toEqual([]);

      // Words that are only in field names or survey ids find nothing.
      expect(boxes(await find('first-impression')).all).toEqual([]);
      expect(boxes(await find('consent')).all).toEqual([]);
      const page = await find('rough');
      expect(page).toContain('Someone to listen &lt;b&gt;properly&lt;/b&gt;');
      expect(page).not.toContain('<b>properly</b>');
    },
  );

  it.skipIf(engine.skip)('is for admins only, and the audit trail never holds what was searched', async () => {
    const desk = await signedIn(app.collector, 'desk@smiledental.example', 'staff');
    const res = await fetch(`${app.url}/staff/patient-data?q=rough`, { headers: { Cookie: desk.cookie } });
    expect(res.status).toBe(403);
    const refused = await form(app, '/staff/patient-data/copy', [['ids', String(recovery.id)]], desk);
    expect(refused.status).toBe(403);

    const searches = await app.collector.signIn.audit.list({ action: 'patient-data.searched' });
    expect(searches.length).toBeGreaterThanOrEqual(7);
    const trail = JSON.stringify(searches);
    // The phone number as typed and as digits — not '555' alone, which a random submission id may hold.
    for (const typed of ['rough', '(555)', '010-2040', '5550102040', 'pat.doe', '4f7h']) {
      expect(trail.toLowerCase()).not.toContain(typed);
    }
    expect(searches.find((e) => (e.detail.matchedBy as string[]).includes('reference'))?.detail.submissions).toEqual([
      recovery.id,
      survey.id,
    ]);
  });

  it.skipIf(engine.skip)('downloads a copy for the patient: what they sent and the follow-up, audited', async () => {
    const res = await form(app, '/staff/patient-data/copy', [
      ['ids', String(recovery.id)],
      ['ids', String(survey.id)],
    ]);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="patient-data-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    const copy = (await res.json()) as {
      submissions: { submission: Record<string, unknown>; followUp?: { status: string; note: string } }[];
    };
    expect(copy.submissions.map((s) => s.submission)).toEqual([recovery, survey]);
    expect(copy.submissions[0]?.followUp).toMatchObject({ status: 'contacted', note: `Called ${PHONE}, apologised` });
    const [copied] = await app.collector.signIn.audit.list({ action: 'patient-data.copied' });
    expect(copied?.detail).toEqual({ submissions: [recovery.id, survey.id], rows: 2 });

    const none = await form(app, '/staff/patient-data/copy', []);
    expect(none.status).toBe(400);
    expect(await none.text()).toContain('Tick the submissions');
    const forged = await fetch(`${app.url}/staff/patient-data/copy`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: app.staff.cookie },
      body: new URLSearchParams({ ids: String(recovery.id) }).toString(),
    });
    expect(forged.status).toBe(403);
  });

  it.skipIf(engine.skip)(
    'erases their words and contact details after saying what goes; the choices still count',
    async () => {
      const countsBefore = await app.collector.store.countByKind();
      const confirm = await form(app, '/staff/patient-data/erase', [
        ['ids', String(recovery.id)],
        ['ids', String(survey.id)],
      ]);
      expect(confirm.status).toBe(200);
      const page = await confirm.text();
      expect(page).toContain('This cannot be undone');
      expect(page).toContain('RC-4F7H-2K');
      // Nothing is erased until the last step.
      expect((await app.collector.store.get(String(recovery.id)))?.erased).toBeUndefined();

      const done = await form(app, '/staff/patient-data/erase/confirm', [
        ['ids', String(recovery.id)],
        ['ids', String(survey.id)],
      ]);
      expect(done.status).toBe(200);
      expect(await done.text()).toContain('Erased the words and contact details of 2 submission(s).');

      const erased = await app.collector.store.get(String(recovery.id));
      expect(erased?.erased?.reason).toBe('patient-request');
      expect(erased?.body.answers).toEqual({
        categories: ['communication'],
        contact: { method: 'phone', value: '', consent: true, bestTime: '' },
      });
      expect(erased?.body).toMatchObject({ id: recovery.id, reference: 'RC-4F7H-2K', relatedTo: survey.id });
      expect((await app.collector.store.get(String(survey.id)))?.body.answers).toEqual({ overall: 'very-poor' });
      expect(await app.collector.store.followUp(String(recovery.id))).toMatchObject({ status: 'contacted', note: '' });
      expect(await app.collector.store.countByKind()).toEqual(countsBefore);

      // The words are nowhere staff can reach them: not the search, the console's inbox or case, the exports.
      expect(boxes(await find('rough and dismissive')).all).toEqual([]);
      expect(boxes(await find(PHONE)).all).toEqual([]);
      const inbox = await (await app.staffFetch('/api/staff/inbox')).text();
      const detail = await (await app.staffFetch(`/api/staff/submissions/${String(recovery.id)}`)).text();
      for (const seen of [inbox, detail]) {
        expect(seen).not.toContain(WORDS);
        expect(seen).not.toContain(PHONE);
      }
      const listed = (JSON.parse(inbox) as { items: { id: string; erasedAt?: string }[] }).items;
      expect(listed.find((i) => i.id === recovery.id)?.erasedAt).toBe(erased?.erased?.at);
      expect((JSON.parse(detail) as { erasedAt?: string }).erasedAt).toBe(erased?.erased?.at);
      for (const format of ['csv', 'json', 'fhir.json']) {
        const file = await (await app.staffFetch(`/api/feedback/export.${format}`)).text();
        expect(file, format).not.toContain('rough and dismissive');
        expect(file, format).not.toContain('010 2040');
        expect(file, format).not.toContain('Felt rushed');
      }
      const json = (await (await app.staffFetch('/api/feedback/export.json')).json()) as Record<string, unknown>[];
      expect(json.find((s) => s.id === recovery.id)?.erasedAt).toBe(erased?.erased?.at);
      expect(json.find((s) => s.id === emailCase.id)?.erasedAt).toBeUndefined();

      // The device that never heard the first 201 sends the original again: still a repeat, the words stay gone.
      const retry = await post(app.url, recovery);
      expect(retry.status).toBe(200);
      expect(retry.headers.get('idempotent-replayed')).toBe('true');
      expect((await app.collector.store.get(String(recovery.id)))?.body.answers).not.toHaveProperty('details');

      // Someone else's case is untouched.
      expect((await app.collector.store.get(String(someoneElse.id)))?.body).toEqual(someoneElse);

      const trail = await app.collector.signIn.audit.list({ action: 'patient-data.erased' });
      expect(trail.map((e) => e.target).sort()).toEqual([recovery.id, survey.id].sort());
      expect(trail[0]).toMatchObject({ actor: 'reception@smiledental.example', detail: { reason: 'patient-request' } });

      // Erasing again changes nothing and says so.
      const again = await form(app, '/staff/patient-data/erase/confirm', [['ids', String(recovery.id)]]);
      expect(await again.text()).toContain(
        'Erased the words and contact details of 0 submission(s). 1 had been erased',
      );
    },
  );
});
