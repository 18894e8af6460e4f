/**
 * The embed scripts served to practice websites on any origin (issue 9, stage 4): a page on another origin loads
 * the module and the classic script from the collector in real Chromium; text goes out compressed; caches keep the
 * scripts and revalidate them with an ETag, and keep Vite-hashed assets for a year.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { removeDir, startCollector, type Running } from './helpers.js';

let app: Running;
let site: string;
let practice: Server;
let practiceUrl: string;
let browser: Browser;
// Enough text that compressing it is worth it, as the real scripts are.
const filler = `/* ${'the practice feedback widget '.repeat(200)} */\n`;

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'pf-embed-'));
  mkdirSync(join(site, 'kiosk', 'assets'), { recursive: true });
  mkdirSync(join(site, 'patient-feedback'));
  // As the real module script does: it fetches its parts from the folder beside itself.
  writeFileSync(
    join(site, 'patient-feedback.js'),
    `${filler}globalThis.pfModuleLoaded = true;\nawait import(new URL('./patient-feedback/delivery-C0ffee12.js', import.meta.url));\nexport {};\n`,
  );
  writeFileSync(join(site, 'patient-feedback', 'delivery-C0ffee12.js'), `${filler}globalThis.pfPartLoaded = true;\n`);
  writeFileSync(join(site, 'patient-feedback.iife.js'), `${filler}window.pfClassicLoaded = true;\n`);
  writeFileSync(join(site, 'kiosk', 'index.html'), `<!doctype html><title>Kiosk</title>${filler}`);
  writeFileSync(join(site, 'kiosk', 'assets', 'index-BeM-_-Sc.js'), filler);
  writeFileSync(join(site, 'kiosk', 'sw.js'), filler);
  app = await startCollector({ staticDir: site, version: '9.9.9' });
  // A practice website on another origin, embedding both scripts the way the README says.
  practice = createServer((_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><title>Smile Dental</title>
<script type="module" src="${app.url}/patient-feedback.js"></script>
<script src="${app.url}/patient-feedback.iife.js?v=9.9.9"></script>`);
  });
  await new Promise<void>((resolve) => practice.listen(0, '127.0.0.1', resolve));
  practiceUrl = `http://localhost:${(practice.address() as AddressInfo).port}/`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}, 60000);
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => practice.close(resolve));
  await app.stop();
  removeDir(app.dir);
  removeDir(site);
});

/** GET with the headers a browser sends; the bytes as they came over the wire (not decompressed). */
function get(path: string, headers: Record<string, string> = {}) {
  const { hostname, port } = new URL(app.url);
  return new Promise<{ status: number; headers: Record<string, unknown>; bytes: number }>((resolve, reject) => {
    const req = request({ hostname, port, path, headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk: Buffer) => (bytes += chunk.length));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, bytes }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the embed scripts on a practice website', () => {
  it('load from another origin as a module and as a classic script', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(practiceUrl, { waitUntil: 'load' });
    await page.waitForFunction(
      () => ['pfModuleLoaded', 'pfPartLoaded', 'pfClassicLoaded'].every((n) => n in globalThis),
      {
        timeout: 5000,
      },
    );
    await page.close();
    expect(problems).toEqual([]);
  });

  it('are public: any origin may read them, no credentials, cross-origin resource policy', async () => {
    for (const script of [
      '/patient-feedback.js',
      '/patient-feedback.iife.js',
      '/patient-feedback/delivery-C0ffee12.js',
    ]) {
      const res = await get(script, { Origin: 'https://smiledental.example' });
      expect(res.status, script).toBe(200);
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    }
  });

  it('go out compressed as the browser accepts: brotli, else gzip', async () => {
    const plain = await get('/patient-feedback.js');
    const brotli = await get('/patient-feedback.js', { 'Accept-Encoding': 'gzip, deflate, br' });
    const gzip = await get('/patient-feedback.js', { 'Accept-Encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotli.bytes).toBeLessThan(plain.bytes / 4);
    expect(gzip.bytes).toBeLessThan(plain.bytes / 4);
    expect(String(brotli.headers.vary)).toMatch(/accept-encoding/i);
    const kiosk = await get('/kiosk/', { 'Accept-Encoding': 'br' });
    expect(kiosk.headers['content-encoding']).toBe('br');
  });

  it('revalidate with an ETag (304) after a short time, or never when the URL names this version', async () => {
    const bare = await get('/patient-feedback.js');
    expect(bare.headers['cache-control']).toBe('public, max-age=300');
    const etag = String(bare.headers.etag);
    expect(etag).toMatch(/^(W\/)?"/);
    const again = await get('/patient-feedback.js', { 'If-None-Match': etag });
    expect(again.status).toBe(304);
    expect(again.bytes).toBe(0);
    expect((await get('/patient-feedback.js?v=9.9.9')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    // Another version's URL is not this file: it is not promised for ever.
    expect((await get('/patient-feedback.js?v=0.0.1')).headers['cache-control']).toBe('public, max-age=300');
  });

  it('keep Vite-hashed assets for a year and make pages and the service worker revalidate', async () => {
    expect((await get('/kiosk/assets/index-BeM-_-Sc.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/kiosk/')).headers['cache-control']).toBe('no-cache');
    expect((await get('/kiosk/sw.js')).headers['cache-control']).toBe('no-cache');
  });

  it("serve the module script's parts for a year, and nothing else from beside them", async () => {
    expect((await get('/patient-feedback/delivery-C0ffee12.js')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    expect((await get('/patient-feedback/missing-C0ffee12.js')).status).toBe(404);
    expect((await get('/patient-feedback/../kiosk/index.html')).status).toBe(404);
    expect((await get('/patient-feedback/%2e%2e/kiosk/index.html')).status).toBe(404);
  });
});
