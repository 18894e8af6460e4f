/**
 * Answers and the security headers every answer carries.
 *
 * Pages (demo, kiosk, staff inbox) get a CSP that allows only this origin: the widget needs no inline script, no
 * eval and no inline styles (its styles are constructable stylesheets, which CSP permits), so a practice can
 * copy this policy. API answers are data and get a policy that allows nothing at all.
 */
import type { ServerResponse } from 'node:http';

export const PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

export const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";

export function securityHeaders(res: ServerResponse, kind: 'page' | 'data'): void {
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Content-Security-Policy', kind === 'page' ? PAGE_CSP : DATA_CSP);
  res.setHeader('X-Frame-Options', kind === 'page' ? 'SAMEORIGIN' : 'DENY');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  res.end(text);
}

export function sendError(
  res: ServerResponse,
  status: number,
  message: string,
  extra: Record<string, unknown> = {},
): void {
  sendJson(res, status, { error: message, ...extra });
}

/** Escape a patient's words for HTML: markup they type is shown as text, never run. */
export function escapeHtml(value: unknown): string {
  // eslint-disable-next-line @typescript-eslint/no-base-to-string -- whatever was sent is shown as text
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A short message for a person reading it in a browser (staff form answers). */
export function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(message),
    'Cache-Control': 'no-store',
  });
  res.end(message);
}
