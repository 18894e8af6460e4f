/**
 * The CSRF check for staff forms: a state-changing staff request must come from a page of this collector. Browsers
 * send HTTP Basic credentials to any site's form, so without it any page a staff member visits could change a case.
 *
 * The request's `Origin` (or, without it, its `Referer`) is compared with the origins this collector is reached
 * at — PUBLIC_URL's, or this server's own address and port (its loopback names, its IP address, ALLOWED_HOSTS) —
 * never with the `Host` header, which a DNS-rebinding page controls. `Origin: null`, or neither header, is refused.
 */
import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';
import { isLoopbackName } from './hosts.js';

export interface OriginPolicy {
  /** PUBLIC_URL's origin, e.g. `https://feedback.smiledental.example`. */
  publicOrigin?: string;
  /** ALLOWED_HOSTS: names of this collector, reached on its own port. */
  allowedHosts: readonly string[];
}

function parse(text: string): URL | undefined {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

const effectivePort = (url: URL) => Number(url.port || (url.protocol === 'https:' ? 443 : 80));
const bare = (hostname: string) => hostname.replace(/^\[(.*)\]$/, '$1');
const unmapped = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

function isLoopbackAddress(address: string): boolean {
  return address === '::1' || (isIP(address) === 4 && address.startsWith('127.'));
}

/** Whether `origin` names this server as the connection reached it: same scheme, same port, one of its names. */
function isThisServer(origin: URL, request: FastifyRequest, policy: OriginPolicy): boolean {
  const socket = request.raw.socket as typeof request.raw.socket & { encrypted?: boolean };
  const scheme = socket.encrypted ? 'https:' : 'http:';
  if (origin.protocol !== scheme || effectivePort(origin) !== socket.localPort) return false;
  const name = unmapped(bare(origin.hostname));
  const local = unmapped(socket.localAddress ?? '');
  if (name === local || policy.allowedHosts.includes(name)) return true;
  // On a loopback connection every loopback name is this computer.
  return isLoopbackAddress(local) && (isLoopbackName(name) || isLoopbackAddress(name));
}

export function isFromOwnPage(request: FastifyRequest, policy: OriginPolicy): boolean {
  const { origin, referer } = request.headers;
  const claimed = origin !== undefined ? origin : referer;
  if (claimed === undefined) return false;
  const url = parse(claimed);
  if (!url) return false;
  if (policy.publicOrigin !== undefined && url.origin === policy.publicOrigin) return true;
  return isThisServer(url, request, policy);
}
