import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawGet, removeDir, startCollector, type Running } from './helpers.js';

let app: Running;
let site: string;

beforeAll(async () => {
  // A built site as `npm run build` leaves it, plus a secret next to it that must never be served.
  const parent = mkdtempSync(join(tmpdir(), 'pf-site-'));
  site = join(parent, 'dist');
  mkdirSync(join(site, 'demo'), { recursive: true });
  mkdirSync(join(site, 'kiosk'), { recursive: true });
  writeFileSync(join(site, 'demo', 'index.html'), '<!doctype html><title>Smile Dental</title>');
  writeFileSync(join(site, 'kiosk', 'index.html'), '<!doctype html><title>Kiosk</title>');
  writeFileSync(join(site, 'kiosk', 'app.js'), 'export {};');
  writeFileSync(join(site, 'kiosk', 'manifest.webmanifest'), '{}');
  writeFileSync(join(parent, 'secret.txt'), 'not for the web');
  app = await startCollector({ staticDir: site });
});
afterAll(async () => {
  await app.stop();
  removeDir(app.dir);
  removeDir(join(site, '..'));
});

describe('serving the built demo and kiosk', () => {
  it('sends / to the demo site', async () => {
    const res = await fetch(`${app.url}/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/demo/');
  });

  it('serves pages with the right content types and a self-only CSP', async () => {
    const page = await fetch(`${app.url}/kiosk/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toContain('<title>Kiosk</title>');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${app.url}/kiosk/app.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${app.url}/kiosk/manifest.webmanifest`)).headers.get('content-type')).toMatch(
      /^application\/manifest\+json/,
    );
  });

  it('adds the slash to a folder so relative asset paths work', async () => {
    const res = await fetch(`${app.url}/kiosk`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')).toBe('/kiosk/');
  });

  it('never serves a file outside the site folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/demo/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/demo/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
    ]) {
      const res = await rawGet(app.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('not for the web');
    }
  });

  it('answers 404 for a missing file', async () => {
    expect((await fetch(`${app.url}/demo/nothing-here.html`)).status).toBe(404);
  });
});
