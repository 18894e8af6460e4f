/**
 * A staff form POST must come from a page of this server (CSRF check). HTTP Basic credentials are sent by the
 * browser automatically, so without this any website a staff member visits could post a form here and change a
 * case. Browsers send `Origin` on every form POST; if a client leaves it out we fall back to `Referer`; with
 * neither, or with `Origin: null` (a sandboxed frame, a privacy setting), the request is refused.
 *
 * "This server" is the `Host` the request was sent to. A browser sets Host itself (a page cannot forge it), and
 * behind a reverse proxy that keeps the Host header the check still holds, whatever scheme the proxy speaks.
 */
import type { IncomingMessage } from 'node:http';

function hostOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.host.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

export function isSameOrigin(req: IncomingMessage): boolean {
  const host = req.headers.host?.toLowerCase();
  if (!host) return false;
  const origin = req.headers.origin;
  if (origin !== undefined) return hostOf(origin) === host;
  const referer = req.headers.referer;
  return referer !== undefined && hostOf(referer) === host;
}
