import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstImpression, post, removeDir, startCollector, whatWentWrong, type Running } from './helpers.js';

const PASSWORD = 'correct horse battery staple';
const basic = (password: string, user = 'staff') => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

describe('staff pages with a staff password', () => {
  let app: Running;
  beforeAll(async () => {
    app = await startCollector({ staffPassword: PASSWORD });
  });
  afterAll(async () => {
    await app.stop();
    removeDir(app.dir);
  });

  it('asks for the password on the inbox and every export', async () => {
    for (const path of [
      '/staff/',
      '/api/feedback/export.csv',
      '/api/feedback/export.json',
      '/api/feedback/export.fhir.json',
    ]) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Basic realm="patient-feedback staff", charset="UTF-8"');
    }
  });

  it('refuses a wrong password and accepts the right one', async () => {
    expect((await fetch(`${app.url}/staff/`, { headers: { Authorization: basic('guess') } })).status).toBe(401);
    const res = await fetch(`${app.url}/staff/`, { headers: { Authorization: basic(PASSWORD) } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });

  it('still takes submissions without a password (patients are not staff)', async () => {
    expect((await post(app.url, firstImpression())).status).toBe(201);
  });

  it('makes an address wait after ten wrong passwords, even for the right one', async () => {
    for (let i = 0; i < 10; i++) await fetch(`${app.url}/staff/`, { headers: { Authorization: basic(`guess-${i}`) } });
    const res = await fetch(`${app.url}/staff/`, { headers: { Authorization: basic(PASSWORD) } });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

describe('staff pages without a staff password', () => {
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

  it('opens the inbox on this computer, with the cases to follow up and the exports', async () => {
    const res = await fetch(`${app.url}/staff/`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(recovery.reference as string);
    expect(html).toContain('charged twice');
    expect(html).toContain('pat@example.com');
    expect(html).toMatch(/href="\/api\/feedback\/export\.csv"/);
    expect(html).toMatch(/href="\/api\/feedback\/export\.json"/);
    expect(html).toMatch(/href="\/api\/feedback\/export\.fhir\.json"/);
    // Cases come before the first-impression table.
    expect(html.indexOf(recovery.reference as string)).toBeLessThan(html.indexOf('First impressions ('));
  });

  it("shows a patient's markup as text, never as markup", async () => {
    const html = await (await fetch(`${app.url}/staff/`)).text();
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toMatch(/<script/i);
  });

  it('shows no contact details without consent', async () => {
    const html = await (await fetch(`${app.url}/staff/`)).text();
    const card = html.slice(html.indexOf('RC-AAAA-BB'), html.indexOf('</article>', html.indexOf('RC-AAAA-BB')));
    expect(card).toContain('Do not contact');
    expect(card).not.toContain('555-0142');
  });

  it('serves the inbox under a CSP with no inline script or style, its stylesheet from this origin', async () => {
    const res = await fetch(`${app.url}/staff/`);
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).not.toMatch(/unsafe-inline/);
    const html = await res.text();
    expect(html).not.toMatch(/<style|style=/);
    const css = await fetch(`${app.url}/staff/inbox.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('refuses a request that came through a proxy (it is not this computer)', async () => {
    const res = await fetch(`${app.url}/api/feedback/export.csv`, { headers: { 'X-Forwarded-For': '203.0.113.7' } });
    expect(res.status).toBe(403);
    expect((await res.json()).error).toMatch(/STAFF_PASSWORD/);
  });
});
