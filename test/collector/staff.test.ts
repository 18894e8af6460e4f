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

  it('answer a script 401 on the console and every export', async () => {
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

describe('the staff console’s addresses, signed in, on a collector with no console built', () => {
  let app: Running;
  const recovery = whatWentWrong({ reference: 'RC-7KQ2-9F' });

  beforeAll(async () => {
    // Run from source, as these tests run it: no STATIC_DIR, so no built console.
    app = await startCollector();
    expect((await post(app.url, recovery)).status).toBe(201);
  });
  afterAll(async () => {
    await app.stop();
    removeDir(app.dir);
  });

  it('say the console is not built and name the command that builds it, with Sign out', async () => {
    for (const path of ['/staff/', '/staff/cases', '/staff/results', `/staff/submissions/${recovery.id as string}`]) {
      const res = await app.staffFetch(path, { headers: { Accept: 'text/html' } });
      expect(res.status, path).toBe(503);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).not.toMatch(/unsafe-inline/);
      const html = await res.text();
      expect(html).toContain('<h1>The staff console is not built</h1>');
      expect(html).toContain('<code>npm run build</code>');
      expect(html).toMatch(/<button type="submit">Sign out<\/button>/);
      expect(html).not.toMatch(/<style|style=/);
      // A page about the build, never about patients.
      expect(html).not.toContain(recovery.reference as string);
    }
  });

  it('send the old inbox’s links to the console, the reference searched for kept', async () => {
    for (const [old, console] of [
      ['/staff/classic/', '/staff/'],
      ['/staff/classic', '/staff/'],
      ['/staff/classic/?ref=rc%207kq2%209f', '/staff/?ref=rc%207kq2%209f'],
    ]) {
      const res = await fetch(`${app.url}${old}`, { redirect: 'manual' });
      expect(res.status, old).toBe(301);
      expect(res.headers.get('location'), old).toBe(console);
    }
    // Its follow-up form is gone: cases change through the staff API (test/collector/staff-api/cases.test.ts).
    const form = await app.staffFetch(`/staff/cases/${recovery.id as string}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: app.url },
      body: new URLSearchParams({ status: 'contacted', _csrf: app.staff.csrf }).toString(),
    });
    expect(form.status).toBe(404);
    expect((await app.collector.store.followUp(recovery.id as string)).status).toBe('new');
  });
});
