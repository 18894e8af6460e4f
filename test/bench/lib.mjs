// Shared by the benchmarks: Debian's Chromium through puppeteer-core, a tiny static file server, and the
// submissions the export benches fill a database with.
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

export function launchChromium() {
  return puppeteer.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Serves `root` on a free port; `handler(req, res)` may answer first (return true when it did). */
export async function serveDir(root, handler) {
  const server = createServer(async (req, res) => {
    if (handler && (await handler(req, res))) return;
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/** Four first impressions to one "what went wrong", as a practice's mix might be. */
export function benchSubmission(i) {
  const common = {
    id: randomUUID(),
    submittedAt: new Date(Date.UTC(2026, 10, 1) + i * 60_000).toISOString(),
    lang: 'en',
    channel: i % 2 ? 'kiosk' : 'embed',
    practice: 'Smile Dental',
    location: 'front-desk-tablet',
  };
  if (i % 5 === 4) {
    return {
      ...common,
      kind: 'what-went-wrong',
      survey: { id: 'what-went-wrong', version: '1' },
      reference: 'RC-7KQ2-9F',
      answers: {
        categories: ['wait-time', 'communication'],
        details: 'I waited 50 minutes, and nobody told me why. "Sorry" would have helped.',
        remedy: 'An apology and a call next time there is a delay.',
        contact: { method: 'phone', value: '555-0142', consent: true, bestTime: 'mornings' },
      },
    };
  }
  return {
    ...common,
    kind: 'first-impression',
    survey: { id: 'first-impression', version: '1' },
    answers: { overall: 'good', greeting: 'very-good', wait: 'ok', comments: 'Friendly front desk, a short wait.' },
  };
}
