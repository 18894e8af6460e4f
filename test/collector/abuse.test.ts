/**
 * The collector tried as an attacker would (issue 9, findings 1, 4 and 5), over real HTTP: a flood from one address,
 * JSON nested to overflow a stack, a date that does not exist, files of dist/ that are not the site, framing the
 * staff pages, a malformed request line, a body echoed back, and log lines with no time.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstImpression, post, removeDir, startCollector, whatWentWrong, type Running } from './helpers.js';
import { rawRequest } from './raw-http.js';

let app: Running;
let site: string;
const PRACTICE_SITE = 'https://smiledental.example';

beforeAll(async () => {
  // dist/ as a build leaves it: the site, and beside it what must not be served.
  site = mkdtempSync(join(tmpdir(), 'pf-dist-'));
  for (const folder of ['demo', 'kiosk', 'collector', 'types', 'dist.building-123']) mkdirSync(join(site, folder));
  writeFileSync(join(site, 'demo', 'index.html'), '<!doctype html><title>Smile Dental</title>');
  writeFileSync(join(site, 'collector', 'main.js'), '// the collector itself');
  writeFileSync(join(site, 'types', 'index.d.ts'), 'export {};');
  writeFileSync(join(site, 'dist.building-123', 'patient-feedback.js'), '// half a build');
  app = await startCollector({ staticDir: site, allowedOrigins: [PRACTICE_SITE] });
});
afterAll(async () => {
  await app.stop();
  removeDir(app.dir);
  removeDir(site);
});

describe('a flood of submissions from one address', () => {
  it('is cut at INGEST_RATE with 429 and Retry-After, readable by the practice website', async () => {
    const flood = await startCollector({ ingestRate: 3 });
    try {
      const statuses = [];
      for (let i = 0; i < 5; i++)
        statuses.push((await post(flood.url, firstImpression(), { Origin: PRACTICE_SITE })).status);
      expect(statuses).toEqual([201, 201, 201, 429, 429]);
      const refused = await post(flood.url, firstImpression());
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
      expect((await refused.json()).error).toMatch(/Too many submissions/);
      expect(await flood.collector.store.count()).toBe(3);
    } finally {
      await flood.stop();
      removeDir(flood.dir);
    }
  });

  it('counts each client behind a trusted proxy apart, and believes X-Forwarded-For from no one else', async () => {
    const proxied = await startCollector({ ingestRate: 2, trustProxy: ['127.0.0.1'] });
    const direct = await startCollector({ ingestRate: 2 });
    try {
      const from = (address: string) => ({ 'X-Forwarded-For': address });
      for (const address of ['203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2']) {
        expect((await post(proxied.url, firstImpression(), from(address))).status, address).toBe(201);
      }
      expect((await post(proxied.url, firstImpression(), from('203.0.113.1'))).status).toBe(429);
      // Not a trusted proxy: a client cannot dodge the limit by naming another address.
      expect((await post(direct.url, firstImpression(), from('203.0.113.1'))).status).toBe(201);
      expect((await post(direct.url, firstImpression(), from('203.0.113.2'))).status).toBe(201);
      expect((await post(direct.url, firstImpression(), from('203.0.113.3'))).status).toBe(429);
    } finally {
      for (const running of [proxied, direct]) {
        await running.stop();
        removeDir(running.dir);
      }
    }
  });

  it("loses nothing from a device's outbox that waits as told and sends again", async () => {
    const limited = await startCollector({ ingestRate: 2, ingestWindowMs: 1000 });
    try {
      // The outbox's contract (docs/submission-and-delivery.md): 429 is retried after Retry-After, a 2xx deletes.
      const outbox = Array.from({ length: 5 }, () => whatWentWrong());
      const delivered = new Set<string>();
      let waits = 0;
      while (delivered.size < outbox.length && waits < 10) {
        let retryAfter = 0;
        for (const submission of outbox.filter((s) => !delivered.has(s.id as string))) {
          const res = await post(limited.url, submission);
          if (res.ok) delivered.add(submission.id as string);
          else if (res.status === 429) retryAfter = Number(res.headers.get('retry-after'));
          else throw new Error(`unexpected ${res.status}`);
        }
        if (retryAfter) {
          waits += 1;
          await new Promise((resolve) => setTimeout(resolve, retryAfter * 1000));
        }
      }
      expect(waits).toBeGreaterThan(0);
      expect(delivered.size).toBe(5);
      expect(await limited.collector.store.count()).toBe(5);
    } finally {
      await limited.stop();
      removeDir(limited.dir);
    }
  });
});

describe('bodies built to break the parser or the calendar', () => {
  it('answers 10,000 levels of nesting in an unknown field with 400 naming the path, not 503', async () => {
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const body = JSON.stringify(firstImpression()).replace(/}$/, `,"extra":${deep}}`);
    const res = await post(app.url, body);
    expect(res.status).toBe(400);
    expect(res.headers.get('retry-after')).toBeNull();
    const answer = await res.json();
    expect(answer.path).toMatch(/^extra(\[0\])+$/);
    expect(answer.error).toMatch(/nested more than 32 levels/);
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });

  it('refuses dates that do not exist with 400 naming submittedAt', async () => {
    for (const submittedAt of [
      '2026-02-31T10:00:00.000Z',
      '2026-02-29T10:00:00Z',
      '2026-04-31T10:00Z',
      '2026-11-22T24:00:00Z',
    ]) {
      const res = await post(app.url, firstImpression({ submittedAt }));
      expect(res.status, submittedAt).toBe(400);
      expect((await res.json()).path).toBe('submittedAt');
    }
    expect((await post(app.url, firstImpression({ submittedAt: '2028-02-29T23:59:59.999+05:30' }))).status).toBe(201);
  });

  it('never echoes the bytes of a malformed body', async () => {
    const res = await post(app.url, '{"id": secret-canary-words}');
    expect(res.status).toBe(400);
    const text = await res.text();
    expect(text).toMatch(/not valid JSON/);
    expect(text).not.toContain('secret');
  });
});

describe('what is served, and how', () => {
  it('serves the site, never the rest of dist/', async () => {
    expect((await fetch(`${app.url}/demo/`)).status).toBe(200);
    for (const path of ['/collector/main.js', '/types/index.d.ts', '/dist.building-123/patient-feedback.js']) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toMatch(/collector itself|half a build|export \{\}/);
    }
  });

  it('lets no page frame the staff pages', async () => {
    for (const path of ['/staff/', '/staff/results']) {
      const res = await fetch(`${app.url}${path}`);
      expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
    }
  });

  it('answers a malformed absolute-form request line with 400 and does not log it raw', async () => {
    const res = await rawRequest(app.url, 'GET http://[bad/ HTTP/1.1\r\nHost: 127.0.0.1');
    expect(res.status).toBe(400);
    expect(res.text).not.toContain('[bad');
    expect(app.logs.join('\n')).not.toContain('[bad');
    expect((await fetch(`${app.url}/api/health`)).status).toBe(200);
  });
});

describe('the log', () => {
  it('has one line per request with its time, and nothing a client could use to forge a line', async () => {
    const submission = firstImpression();
    await post(app.url, submission);
    await fetch(`${app.url}/api/health?patient=secret-canary`);
    await rawRequest(app.url, 'GET /demo/%0d%0a2026-01-01T00:00:00.000Z%20FORGED HTTP/1.1\r\nHost: 127.0.0.1');
    const stored = app.logs.find((line) => line.includes(submission.id as string)) ?? '';
    expect(stored).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z POST \/api\/feedback 201 /);
    expect(stored).toContain(`kind=first-impression`);
    const health = app.logs.filter((line) => line.includes('/api/health'));
    expect(health.at(-1)).toMatch(/^\S+ GET \/api\/health 200$/);
    expect(app.logs.join('\n')).not.toContain('secret-canary');
    for (const line of app.logs) {
      expect(line).toMatch(/^\d{4}-\d{2}-\d{2}T\S+ \S+ \S+ (\d{3}|aborted)( |$)/);
      expect(line).not.toMatch(/[\p{Cc}]/u);
    }
  });
});
