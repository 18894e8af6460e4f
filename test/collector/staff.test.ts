import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiTokens } from '../../collector/accounts/api-tokens.js';
import { firstImpression, post, removeDir, startCollector, whatWentWrong, type Running } from './helpers.js';

describe('staff pages before signing in', () => {
  let app: Running;
  beforeAll(async () => {
    app = await startCollector();
  });
  afterAll(async () => {
    await app.stop();
    removeDir(app.dir);
  });

  it('lead a browser to the sign-in form, and come back to the page asked for', async () => {
    const res = await fetch(`${app.url}/staff/?ref=rc%207kq2`, {
      headers: { Accept: 'text/html' },
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get('location') ?? '', app.url);
    expect(location.pathname).toBe('/staff/sign-in');
    expect(location.searchParams.get('next')).toBe('/staff/?ref=rc%207kq2');
  });

  it('answer a script 401 on the inbox and every export', async () => {
    for (const path of [
      '/staff/',
      '/api/feedback/export.csv',
      '/api/feedback/export.json',
      '/api/feedback/export.fhir.json',
    ]) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="patient-feedback staff"');
    }
  });

  it('open to an API token, and never to a wrong or revoked one', async () => {
    const token = await new ApiTokens(app.collector.store.db).create({ name: 'test' }, 'nightly export');
    const bearer = (secret: string) => ({ headers: { Authorization: `Bearer ${secret}` } });
    expect((await fetch(`${app.url}/api/feedback/export.csv`, bearer(token.secret))).status).toBe(200);
    expect((await fetch(`${app.url}/api/feedback/export.csv`, bearer(`${token.secret.slice(0, -2)}xx`))).status).toBe(
      401,
    );
    await new ApiTokens(app.collector.store.db).revoke({ name: 'test' }, 'nightly export');
    expect((await fetch(`${app.url}/api/feedback/export.csv`, bearer(token.secret))).status).toBe(401);
  });

  it('still take submissions without signing in (patients are not staff)', async () => {
    expect((await post(app.url, firstImpression())).status).toBe(201);
  });
});

describe('the inbox, signed in', () => {
  let app: Running;
  const recovery = whatWentWrong({
    answers: {
      categories: ['billing'],
      details: '<img src=x onerror=alert(1)> charged twice',
      remedy: 'A refund',
      contact: { method: 'email', value: 'pat@example.com', consent: true, bestTime: 'after 5pm' },
    },
  });
  const withheld = whatWentWrong({ reference: 'RC-AAAA-BB' }, false);

  beforeAll(async () => {
    app = await startCollector();
    for (const s of [firstImpression({ answers: { overall: 'very-poor' } }), recovery, withheld]) {
      expect((await post(app.url, s)).status).toBe(201);
    }
  });
  afterAll(async () => {
    await app.stop();
    removeDir(app.dir);
  });

  it('shows who is signed in, the cases to follow up and the exports', async () => {
    const res = await app.staffFetch(`/staff/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(recovery.reference as string);
    expect(html).toContain('charged twice');
    expect(html).toContain('pat@example.com');
    expect(html).toContain('Signed in as <strong>reception@smiledental.example</strong>');
    expect(html).toMatch(/<button type="submit">Sign out<\/button>/);
    expect(html).toMatch(/href="\/api\/feedback\/export\.csv"/);
    expect(html).toMatch(/href="\/api\/feedback\/export\.json"/);
    expect(html).toMatch(/href="\/api\/feedback\/export\.fhir\.json"/);
    // Cases come before the first-impression table.
    expect(html.indexOf(recovery.reference as string)).toBeLessThan(html.indexOf('First impressions ('));
  });

  it("shows a patient's markup as text, never as markup", async () => {
    const html = await (await app.staffFetch(`/staff/`)).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // The one script is the staff pages' own idle timer, from this server.
    expect(html.match(/<script[^>]*>/gi)).toEqual(['<script src="/staff/idle.js" defer>']);
  });

  it('shows no contact details without consent', async () => {
    const html = await (await app.staffFetch(`/staff/`)).text();
    const card = html.slice(html.indexOf('RC-AAAA-BB'), html.indexOf('</article>', html.indexOf('RC-AAAA-BB')));
    expect(card).toContain('Do not contact');
    expect(card).not.toContain('555-0142');
  });

  it('serves the inbox under a CSP with no inline script or style, its stylesheet from this origin', async () => {
    const res = await app.staffFetch(`/staff/`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
    const html = await res.text();
    expect(html).not.toMatch(/<style|style=/);
    const css = await app.staffFetch(`/staff/inbox.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });
});
