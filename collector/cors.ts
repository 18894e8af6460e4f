/**
 * CORS for practice websites on another origin (docs/collector.md). The built demo and kiosk are served from
 * this same origin and need none of this. An origin not on the list gets no CORS headers at all, so the browser
 * refuses to send (the preflight fails) and the widget keeps the submission on the device.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export function allowedOrigin(req: IncomingMessage, allowedOrigins: readonly string[]): string | undefined {
  const origin = req.headers.origin;
  if (!origin) return undefined;
  return allowedOrigins.includes(origin) || allowedOrigins.includes('*') ? origin : undefined;
}

/** Headers for the actual POST answer (success or error alike, so the widget can read why it was refused). */
export function corsHeaders(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): void {
  // Caches must not hand one origin's answer to another.
  res.setHeader('Vary', 'Origin');
  const origin = allowedOrigin(req, allowedOrigins);
  if (!origin) return;
  res.setHeader('Access-Control-Allow-Origin', origin);
  res.setHeader('Access-Control-Expose-Headers', 'Retry-After');
}

/** Answer an OPTIONS preflight for the feedback endpoint. */
export function answerPreflight(req: IncomingMessage, res: ServerResponse, allowedOrigins: readonly string[]): void {
  res.setHeader('Vary', 'Origin');
  const origin = allowedOrigin(req, allowedOrigins);
  if (!origin) {
    res.writeHead(403, { 'Content-Length': 0, 'Cache-Control': 'no-store' });
    res.end();
    return;
  }
  res.writeHead(204, {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
    'Access-Control-Expose-Headers': 'Retry-After',
    'Access-Control-Max-Age': '600',
    'Content-Length': 0,
  });
  res.end();
}
