/**
 * Following up "what went wrong" cases from the staff inbox, over real HTTP with a real SQLite file:
 * the no-JavaScript form's POST, its CSRF check, its answers to mistakes, and finding a case by a read-out reference.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstImpression, post, removeDir, startCollector, whatWentWrong, type Running } from './helpers.js';

/**
 * The inbox form's POST as a signed-in browser sends it: the session cookie (override with a Cookie header), the
 * page's CSRF token (`csrf: null` leaves it out) and the page's Origin (`origin: null` leaves the header out).
 */
function saveCase(
  app: Running,
  id: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
  origin: string | null = app.url,
  csrf: string | null = app.staff.csrf,
) {
  return fetch(`${app.url}/staff/cases/${id}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Cookie: app.staff.cookie,
      ...(origin === null ? {} : { Origin: origin }),
      ...headers,
    },
    body: new URLSearchParams({ ...form, ...(csrf === null ? {} : { _csrf: csrf }) }).toString(),
  });
}

/** The case card for one reference, cut out of the inbox page. */
function card(html: string, reference: string): string {
  const start = html.lastIndexOf('<article', html.indexOf(`<h3>${reference}`));
  return start < 0 ? '' : html.slice(start, html.indexOf('</article>', start));
}

describe('following up a case', () => {
  let app: Running;
  const late = whatWentWrong({ reference: 'RC-7KQ2-9F' });
  const billing = whatWentWrong({ reference: 'RC-AB12-CD' });
  const impression = firstImpression();

  beforeAll(async () => {
    app = await startCollector();
    for (const s of [impression, late, billing]) expect((await post(app.url, s)).status).toBe(201);
  });
  afterAll(async () => {
    await app.stop();
    removeDir(app.dir);
  });

  it('shows each case as new, in words, with a form to save its follow-up, and counts the open ones', async () => {
    const html = await (await app.staffFetch(`/staff/`)).text();
    expect(html).toContain('(2 open)');
    const lateCard = card(html, 'RC-7KQ2-9F');
    expect(lateCard).toContain(`id="case-${late.id as string}"`);
    expect(lateCard).toContain('Follow-up: <strong>New — not followed up yet</strong>');
    expect(lateCard).toContain(`<form class="follow-up" method="post" action="/staff/cases/${late.id as string}">`);
    expect(lateCard).toMatch(/<option value="new" selected>New<\/option>/);
    expect(lateCard).toContain('<button type="submit">Save</button>');
  });

  it('saves a status and note from its own page, goes back to the case, and keeps it across a restart', async () => {
    const res = await saveCase(app, late.id as string, {
      status: 'contacted',
      note: 'Called Tue 9am.\r\nApologised; <b>next visit</b> on time.',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/staff/#case-${late.id as string}`);
    app = await app.restart();
    const html = await (await app.staffFetch(`/staff/`)).text();
    const lateCard = card(html, 'RC-7KQ2-9F');
    expect(lateCard).toContain('Follow-up: <strong>Contacted</strong>');
    expect(lateCard).toMatch(/<option value="contacted" selected>/);
    // The note comes back escaped, line break kept as one.
    expect(lateCard).toContain('Called Tue 9am.\nApologised; &lt;b&gt;next visit&lt;/b&gt; on time.</textarea>');
    expect(html).toContain('(2 open)');
    expect(app.logs.join('\n')).not.toContain('Apologised');
  });

  it('lists a resolved case after open ones and counts only open ones, leaving the stored submission untouched', async () => {
    // Newest first by default: the billing case (posted later) leads until it is resolved.
    let html = await (await app.staffFetch(`/staff/`)).text();
    expect(html.indexOf('<h3>RC-AB12-CD')).toBeLessThan(html.indexOf('<h3>RC-7KQ2-9F'));
    expect((await saveCase(app, billing.id as string, { status: 'resolved', note: 'Refund sent.' })).status).toBe(303);
    html = await (await app.staffFetch(`/staff/`)).text();
    expect(html).toContain('(1 open)');
    expect(card(html, 'RC-AB12-CD')).toContain('Follow-up: <strong>Resolved</strong>');
    expect(html.indexOf('<h3>RC-7KQ2-9F')).toBeLessThan(html.indexOf('<h3>RC-AB12-CD'));
    // Staff follow-up is not part of the patient's submission: export and idempotent repeat are as before.
    const all = (await (await app.staffFetch(`/api/feedback/export.json`)).json()) as unknown[];
    expect(all).toContainEqual(billing);
    expect((await post(app.url, billing)).status).toBe(200);
  });

  it('lets staff reopen a case (any status may be set)', async () => {
    expect((await saveCase(app, billing.id as string, { status: 'new', note: 'Patient called back.' })).status).toBe(
      303,
    );
    const html = await (await app.staffFetch(`/staff/`)).text();
    expect(html).toContain('(2 open)');
    expect(html.indexOf('<h3>RC-AB12-CD')).toBeLessThan(html.indexOf('<h3>RC-7KQ2-9F'));
    expect(card(html, 'RC-AB12-CD')).toContain('Patient called back.</textarea>');
  });

  it('refuses the form from another website, with no Origin or Referer, or with Origin null (CSRF)', async () => {
    const foreign: Record<string, string>[] = [
      { Origin: 'https://evil.example' },
      { Origin: 'null' },
      {},
      { Referer: 'https://evil.example/page' },
    ];
    for (const headers of foreign) {
      const res = await saveCase(app, billing.id as string, { status: 'resolved', note: 'x' }, headers, null);
      expect(res.status, JSON.stringify(headers)).toBe(403);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await res.text()).toMatch(/staff inbox on this server/);
    }
    // A same-host Referer is accepted when a client sends no Origin.
    const viaReferer = await saveCase(
      app,
      billing.id as string,
      { status: 'contacted', note: '' },
      { Referer: `${app.url}/staff/` },
      null,
    );
    expect(viaReferer.status).toBe(303);
    expect((await app.collector.store.followUp(billing.id as string)).status).toBe('contacted');
  });

  it('answers 400 to a bad status or a note over 1,000 characters, and 404 to an unknown case', async () => {
    const badStatus = await saveCase(app, billing.id as string, { status: 'closed', note: '' });
    expect(badStatus.status).toBe(400);
    expect(await badStatus.text()).toMatch(/new, seen, contacted, resolved, reopened/);
    const long = await saveCase(app, billing.id as string, { status: 'resolved', note: 'x'.repeat(1001) });
    expect(long.status).toBe(400);
    expect(await long.text()).toMatch(/1000/);
    // Exactly 1,000 characters, line breaks sent as CRLF the way a browser does, is accepted.
    const fits = await saveCase(app, billing.id as string, {
      status: 'contacted',
      note: `${'y'.repeat(499)}\r\n${'y'.repeat(500)}`,
    });
    expect(fits.status).toBe(303);
    expect((await app.collector.store.followUp(billing.id as string)).note).toHaveLength(1000);
    expect((await saveCase(app, '00000000-0000-4000-8000-000000000000', { status: 'new' })).status).toBe(404);
    // A first impression is not a case to follow up.
    expect((await saveCase(app, impression.id as string, { status: 'new' })).status).toBe(404);
    expect((await app.staffFetch(`/staff/cases/${billing.id as string}`)).status).toBe(405);
    const notForm = await app.staffFetch(`/staff/cases/${billing.id as string}`, {
      method: 'POST',
      headers: { Origin: app.url, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(notForm.status).toBe(415);
  });

  it('finds a case by what a patient reads out over the phone', async () => {
    for (const typed of ['rc 7kq2 9f', 'RC-7KQ2-9F', '7kq2 9f', 'rc-7kq2-9f ']) {
      const html = await (await app.staffFetch(`/staff/?ref=${encodeURIComponent(typed)}`)).text();
      expect(html, typed).toContain(`id="case-${late.id as string}"`);
      expect(html, typed).not.toContain(`id="case-${billing.id as string}"`);
      expect(html).toContain('Show all cases');
    }
    // O for 0, I/L for 1: "RC-AB12-CD" read as "rc ab1z" would not match, but "abI2 cd" and "abl2cd" do.
    for (const typed of ['rc abI2 cd', 'abl2cd']) {
      const html = await (await app.staffFetch(`/staff/?ref=${encodeURIComponent(typed)}`)).text();
      expect(html, typed).toContain(`id="case-${billing.id as string}"`);
    }
    const none = await (await app.staffFetch(`/staff/?ref=${encodeURIComponent('rc 0000 00')}`)).text();
    expect(none).toContain('No case with reference RC-0000-00.');
    expect(none).not.toContain('<article');
    const junk = await (await app.staffFetch(`/staff/?ref=${encodeURIComponent('<script>x')}`)).text();
    expect(junk).toContain('&lt;script&gt;x');
    expect(junk).toContain('is not a reference code');
    expect(junk).not.toContain('<script>x');
  });
});

describe('following up, signed in or not', () => {
  let app: Running;
  const recovery = whatWentWrong();
  beforeAll(async () => {
    app = await startCollector();
    expect((await post(app.url, recovery)).status).toBe(201);
  });
  afterAll(async () => {
    await app.stop();
    removeDir(app.dir);
  });

  it("needs a session and that session's CSRF token, even from its own origin, and writes the change down", async () => {
    const id = recovery.id as string;
    const without = await saveCase(app, id, { status: 'resolved' }, { Cookie: '' });
    expect(without.status).toBe(401);
    expect((await saveCase(app, id, { status: 'resolved' }, {}, app.url, null)).status).toBe(403);
    expect((await saveCase(app, id, { status: 'resolved' }, {}, app.url, 'x'.repeat(43))).status).toBe(403);
    expect((await app.collector.store.followUp(id)).status).toBe('new');
    const ok = await saveCase(app, id, { status: 'resolved', note: 'Refund sent; patient thanked us.' });
    expect(ok.status).toBe(303);
    expect((await app.collector.store.followUp(id)).status).toBe('resolved');
    const [event] = await app.collector.signIn.audit.list({ action: 'case updated' });
    expect(event).toMatchObject({ actor: 'reception@smiledental.example', target: id, address: '127.0.0.1' });
    expect(event?.detail).toEqual({ status: 'resolved', noteLength: 32 });
  });
});
