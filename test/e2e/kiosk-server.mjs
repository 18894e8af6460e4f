// A tiny HTTP server for the kiosk's node-driven checks (offline e2e, soak bench): the built kiosk as static files
// under /kiosk/, and a dummy endpoint at POST /api/feedback that stores ids once (idempotent) and can be taken down.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

/** @param {{ root: string }} options root = the built kiosk folder */
export async function startKioskServer({ root }) {
  const stored = new Map();
  const state = { down: false, posts: 0 };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/api/feedback' && req.method === 'POST') {
      const chunks = [];
      for await (const chunk of req) chunks.push(chunk);
      state.posts++;
      if (state.down) {
        res.writeHead(503, { 'Retry-After': '1' }).end();
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      const repeat = stored.has(body.id);
      if (!repeat) stored.set(body.id, body);
      res.writeHead(repeat ? 200 : 201, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    if (!url.pathname.startsWith('/kiosk/')) {
      res.writeHead(404).end();
      return;
    }
    let file = path.join(root, decodeURIComponent(url.pathname.slice('/kiosk/'.length)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (url.pathname.endsWith('/')) file = path.join(file, 'index.html');
    try {
      const data = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(data);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    // localhost (not 127.0.0.1) is a secure context: service workers and IndexedDB work.
    origin: `http://localhost:${port}`,
    stored,
    state,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Runs in the page: the first element (through every shadow root) matching `selector` whose text or label matches. */
export function deepFindSource() {
  return `(selector, text) => {
    const walk = function* (root) {
      for (const el of root.querySelectorAll('*')) {
        yield el;
        if (el.shadowRoot) yield* walk(el.shadowRoot);
      }
    };
    for (const el of walk(document)) {
      if (!el.matches(selector) || el.getClientRects().length === 0) continue;
      const name = (el.getAttribute('aria-label') || el.closest('label')?.textContent || el.textContent || '').replace(/\\s+/g, ' ').trim();
      if (name === text || name.startsWith(text)) return el;
    }
    return null;
  }`;
}
