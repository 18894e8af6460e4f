/**
 * DNS rebinding (issue 9, finding 2): a page at rebind.attacker.example whose name is made to resolve to 127.0.0.1
 * sends `Host: rebind.attacker.example:PORT` to the collector. It must get nothing — no export, no inbox — and the
 * case form's CSRF check must compare Origin with this collector's own origins, never with the Host header.
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

describe('the CSRF check of the case form', () => {
  function save(host: string, origin: string) {
    return withHost(app.url, `/staff/cases/${String(recovery.id)}`, host, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin, Cookie: app.staff.cookie },
      body: new URLSearchParams({ status: 'contacted', note: '', _csrf: app.staff.csrf }).toString(),
    });
  }

  it('refuses an Origin that merely matches the Host header', async () => {
    // An IP literal is a served host, but this collector was not reached at 10.9.8.7: a page there is not ours.
    expect((await save(`10.9.8.7:${port}`, `http://10.9.8.7:${port}`)).status).toBe(403);
    expect((await save(`localhost:${port}`, 'http://localhost:1')).status).toBe(403);
    expect((await save(`localhost:${port}`, `https://localhost:${port}`)).status).toBe(403);
    expect((await app.collector.store.followUp(recovery.id as string)).status).toBe('new');
  });

  it("accepts the collector's own origins: PUBLIC_URL's, its loopback address and names, ALLOWED_HOSTS", async () => {
    const own: [string, string][] = [
      ['feedback.smiledental.example', 'https://feedback.smiledental.example'],
      [`127.0.0.1:${port}`, `http://127.0.0.1:${port}`],
      [`localhost:${port}`, `http://localhost:${port}`],
      [`feedback.local:${port}`, `http://feedback.local:${port}`],
    ];
    for (const [host, origin] of own) expect((await save(host, origin)).status, origin).toBe(303);
  });
});
