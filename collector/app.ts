/**
 * The reference collector: one HTTP server for the practice's endpoint, the staff inbox and exports, and the built
 * demo site and kiosk (same origin, so the kiosk needs no CORS). Created but not listening: the caller (main.ts, or a
 * test on port 0) decides where it listens.
 *
 *   POST /api/feedback                  a patient's submission (ingest.ts)
 *   OPTIONS /api/feedback               CORS preflight for allowed practice websites (cors.ts)
 *   GET  /api/health                    { ok: true }
 *   GET  /api/feedback/export.csv|.json|.fhir.json   staff only (also under /staff/export.*)
 *   GET  /staff/[?ref=RC-…]             staff inbox (staff-inbox.ts), staff only; ?ref finds one case
 *   POST /staff/cases/<id>              follow-up form of a case (case-routes.ts), staff only, same origin only
 *   GET  anything else                  files from staticDir (static.ts); / → /demo/
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CASE_PATH, saveFollowUp } from './case-routes.js';
import { answerPreflight, corsHeaders } from './cors.js';
import type { EXPORT_FORMATS } from './export.js';
import { sendExport } from './export.js';
import { ingest } from './ingest.js';
import { declaredTooLarge } from './read-body.js';
import { securityHeaders, sendError, sendJson } from './respond.js';
import { createStaffGate, STAFF_REALM } from './staff-auth.js';
import { INBOX_CSS, renderInbox } from './staff-inbox.js';
import { serveStatic } from './static.js';
import { SubmissionStore } from './store.js';

export interface CollectorOptions {
  dbPath: string;
  /** The built site (dist/): demo/, kiosk/. Without it only the API and staff pages are served. */
  staticDir?: string;
  /** Practice websites on other origins allowed to POST (exact origins, e.g. https://smiledental.example). */
  allowedOrigins?: string[];
  /** Largest submission accepted; default 64 KiB (a full recovery form is a few KiB). */
  maxBodyBytes?: number;
  /** Protects staff pages and exports with HTTP Basic auth; without it they answer only on this computer. */
  staffPassword?: string;
  /** Where one line per request goes; never given answers. Default: console.log. */
  log?: (line: string) => void;
}

export interface Collector {
  server: Server;
  store: SubmissionStore;
  close(): Promise<void>;
}

export function createCollector(options: CollectorOptions): Collector {
  const store = new SubmissionStore(options.dbPath);
  const allowedOrigins = options.allowedOrigins ?? [];
  const maxBodyBytes = options.maxBodyBytes ?? 64 * 1024;
  const log = options.log ?? ((line: string) => console.log(line));
  const checkStaff = createStaffGate({ password: options.staffPassword });

  /** Answers false (and has already answered the request) when the visitor is not staff. */
  function staffOnly(req: IncomingMessage, res: ServerResponse): boolean {
    const decision = checkStaff(req);
    if (decision.allowed) return true;
    const headers: Record<string, string> = {};
    if (decision.status === 401) headers['WWW-Authenticate'] = `Basic realm="${STAFF_REALM}", charset="UTF-8"`;
    if (decision.retryAfterSeconds) headers['Retry-After'] = String(decision.retryAfterSeconds);
    sendJson(res, decision.status, { error: decision.message }, headers);
    log(`${req.method} ${req.url?.split('?')[0]} ${decision.status}`);
    return false;
  }

  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://collector.invalid');
    const path = url.pathname;

    if (path === '/api/feedback') {
      securityHeaders(res, 'data');
      if (req.method === 'OPTIONS') return answerPreflight(req, res, allowedOrigins);
      corsHeaders(req, res, allowedOrigins);
      if (req.method === 'POST') return ingest(req, res, { store, maxBodyBytes, log });
      res.setHeader('Allow', 'POST, OPTIONS');
      return sendError(res, 405, 'Use POST to send a submission.');
    }
    if (path === '/api/health') {
      securityHeaders(res, 'data');
      return sendJson(res, 200, { ok: true });
    }
    const exportMatch = /^\/(?:api\/feedback|staff)\/export\.(csv|json|fhir\.json)$/.exec(path);
    if (exportMatch) {
      securityHeaders(res, 'data');
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendError(res, 405, 'Use GET to export.');
      if (!staffOnly(req, res)) return;
      const format = exportMatch[1] as (typeof EXPORT_FORMATS)[number];
      sendExport(req, res, store, format);
      return log(`GET ${path} 200`);
    }
    if (path === '/staff') {
      securityHeaders(res, 'page');
      res.writeHead(302, { Location: '/staff/', 'Content-Length': 0 });
      return void res.end();
    }
    if (path === '/staff/' || path === '/staff/inbox.css') {
      securityHeaders(res, 'page');
      if (!staffOnly(req, res)) return;
      const css = path === '/staff/inbox.css';
      const text = css ? INBOX_CSS : renderInbox(store, { ref: url.searchParams.get('ref') ?? undefined });
      // The follow-up forms post back here and must carry an Origin (the CSRF check): a no-referrer policy would
      // make the browser send "Origin: null". same-origin still tells other sites nothing.
      res.setHeader('Referrer-Policy', 'same-origin');
      // Who looked at patients' answers is worth a line; what they saw is not logged.
      if (!css) log(`${req.method} /staff/ 200`);
      res.writeHead(200, {
        'Content-Type': css ? 'text/css; charset=utf-8' : 'text/html; charset=utf-8',
        'Content-Length': Buffer.byteLength(text),
        'Cache-Control': 'no-store',
      });
      return void res.end(req.method === 'HEAD' ? undefined : text);
    }
    const caseMatch = CASE_PATH.exec(path);
    if (caseMatch?.[1]) {
      securityHeaders(res, 'data');
      if (!staffOnly(req, res)) return;
      return saveFollowUp(req, res, caseMatch[1], { store, log });
    }
    if (path.startsWith('/api/') || path.startsWith('/staff/')) {
      securityHeaders(res, 'data');
      return sendError(res, 404, 'Not found.');
    }
    if (options.staticDir) return serveStatic(req, res, options.staticDir, path);
    securityHeaders(res, 'data');
    return sendError(res, 404, 'Not found.');
  }

  function handle(req: IncomingMessage, res: ServerResponse): void {
    route(req, res).catch((error: unknown) => {
      // A fault of ours, not the client's: say so without details, keep serving.
      log(`${req.method} ${req.url?.split('?')[0]} 500 ${(error as Error)?.name ?? 'error'}`);
      if (!res.headersSent) sendError(res, 500, 'Something went wrong on the server.');
      else res.destroy();
    });
  }

  const server = createServer(handle);
  // A client that asks before uploading (Expect: 100-continue) is told 413 without sending the body at all.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!declaredTooLarge(req, maxBodyBytes)) res.writeContinue();
    handle(req, res);
  });
  // A stalled client must not hold a connection open for ever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;

  return {
    server,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}
