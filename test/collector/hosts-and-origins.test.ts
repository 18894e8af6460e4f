/**
 * DNS rebinding (issue 9, finding 2): a page at rebind.attacker.example whose name is made to resolve to 127.0.0.1
 * sends `Host: rebind.attacker.example:PORT` to the collector. It must get nothing — no export, no inbox — and the
 * staff forms' CSRF check (the sign-in form's here) must compare Origin with this collector's own origins, never with the Host header.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstImpression, post, removeDir, startCollector, whatWentWrong, type Running } from './helpers.js';
import { withHost } from './raw-http.js';

let app: Running;
let port: string;
const recovery = whatWentWrong();

beforeAll(async () => {
  app = await startCollector({
    publicUrl: new URL('https://feedback.smiledental.example'),
    allowedHosts: ['feedback.local'],
  });
  port = new URL(app.url).port;
  for (const s of [firstImpression(), recovery]) expect((await post(app.url, s)).status).toBe(201);
});
afterAll(async () => {
  await app.stop();
  removeDir(app.dir);
});

describe('the Host allow-list', () => {
  it('gives a rebinding page no export, no inbox and no endpoint', async () => {
    for (const path of ['/api/feedback/export.json', '/api/feedback/export.csv', '/staff/', '/api/health']) {
      const res = await withHost(app.url, path, `rebind.attacker.example:${port}`);
      expect(res.status, path).toBe(421);
      expect(res.body, path).not.toContain(recovery.id as string);
      expect(res.body).toMatch(/PUBLIC_URL or ALLOWED_HOSTS/);
    }
    const posted = await withHost(app.url, '/api/feedback', `rebind.attacker.example:${port}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(firstImpression()),
    });
    expect(posted.status).toBe(421);
  });

  it('serves loopback names, IP literals, PUBLIC_URL’s host and ALLOWED_HOSTS', async () => {
    const allowed = [
      `localhost:${port}`,
      `127.0.0.1:${port}`,
      `[::1]:${port}`,
      `kiosk.localhost:${port}`,
      '192.168.1.20:8080',
      'feedback.smiledental.example',
      `Feedback.Local:${port}`,
    ];
    for (const host of allowed) {
      const res = await withHost(app.url, '/api/feedback/export.json', host, { headers: { Cookie: app.staff.cookie } });
      expect(res.status, host).toBe(200);
    }
    for (const host of ['smiledental.example', 'feedback.local.attacker.example', 'localhost.attacker.example']) {
      expect((await withHost(app.url, '/api/health', host)).status, host).toBe(421);
    }
  });
});

describe('the CSRF check of the staff forms (the sign-in form)', () => {
  /** A sign-in as a page sends it: an unknown account, so one the check lets through is 401, never signed in. */
  function signIn(host: string, headers: Record<string, string>) {
    return withHost(app.url, '/staff/sign-in', host, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
      body: new URLSearchParams({ email: 'nobody@smiledental.example', password: 'x'.repeat(12) }).toString(),
    });
  }

  it('refuses another website, no Origin or Referer, Origin null, and an Origin that merely matches Host', async () => {
    const foreign: [string, Record<string, string>][] = [
      [`localhost:${port}`, { Origin: 'https://evil.example' }],
      [`localhost:${port}`, { Origin: 'null' }],
      [`localhost:${port}`, {}],
      [`localhost:${port}`, { Referer: 'https://evil.example/page' }],
      // An IP literal is a served host, but this collector was not reached at 10.9.8.7: a page there is not ours.
      [`10.9.8.7:${port}`, { Origin: `http://10.9.8.7:${port}` }],
      [`localhost:${port}`, { Origin: 'http://localhost:1' }],
      [`localhost:${port}`, { Origin: `https://localhost:${port}` }],
    ];
    for (const [host, headers] of foreign) {
      expect((await signIn(host, headers)).status, JSON.stringify(headers)).toBe(403);
    }
  });

  it("accepts the collector's own origins: PUBLIC_URL's, its loopback address and names, ALLOWED_HOSTS", async () => {
    const own: [string, Record<string, string>][] = [
      ['feedback.smiledental.example', { Origin: 'https://feedback.smiledental.example' }],
      [`127.0.0.1:${port}`, { Origin: `http://127.0.0.1:${port}` }],
      [`localhost:${port}`, { Origin: `http://localhost:${port}` }],
      [`feedback.local:${port}`, { Origin: `http://feedback.local:${port}` }],
      // A same-host Referer is accepted when a client sends no Origin.
      [`localhost:${port}`, { Referer: `http://localhost:${port}/staff/sign-in` }],
    ];
    for (const [host, headers] of own) expect((await signIn(host, headers)).status, JSON.stringify(headers)).toBe(401);
  });
});
