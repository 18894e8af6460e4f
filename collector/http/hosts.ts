/**
 * The Host allow-list, checked before any route runs (docs/collector.md, "Hosts"). A DNS-rebinding page makes the
 * browser send its own name (`Host: rebind.attacker.example:8080`) to this computer's address; refusing every name
 * the collector was not told about keeps such a page from reading the inbox or the exports. Served: loopback names
 * and addresses, any IP-address literal (a tablet reaching http://192.168.1.20:8080 — rebinding needs a name), the
 * host of PUBLIC_URL and ALLOWED_HOSTS.
 */
import { isIP } from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';
import { HttpError } from './errors.js';

export interface HostPolicy {
  /** Host names (lower case, no port) served besides loopback names and IP literals. */
  names: readonly string[];
}

/** The host name of a Host header (lower case, no port, no brackets), or undefined when it is not one. */
export function hostName(header: string | undefined): string | undefined {
  if (!header || header.length > 300) return undefined;
  let url: URL;
  try {
    url = new URL(`http://${header}`);
  } catch {
    return undefined;
  }
  if (url.username || url.password || url.pathname !== '/' || url.search || url.hash) return undefined;
  return url.hostname.replace(/^\[(.*)\]$/, '$1').replace(/\.$/, '');
}

export function isLoopbackName(name: string): boolean {
  return name === 'localhost' || name.endsWith('.localhost');
}

export function isAllowedHost(header: string | undefined, policy: HostPolicy): boolean {
  const name = hostName(header);
  if (name === undefined || name === '') return false;
  return isIP(name) !== 0 || isLoopbackName(name) || policy.names.includes(name);
}

export const MISDIRECTED =
  'This collector does not answer for that host name. An administrator can add it with PUBLIC_URL or ALLOWED_HOSTS.';

/** Refuses a request whose Host is not on the list, before routing, authentication or reading a body. */
export const hostsPlugin = fastifyPlugin(
  (app: FastifyInstance, policy: HostPolicy, done: (error?: Error) => void) => {
    app.addHook('onRequest', (request: FastifyRequest, _reply: FastifyReply, next: (error?: Error) => void) => {
      if (isAllowedHost(request.headers.host, policy)) return next();
      // 421 Misdirected Request: this server is not the one for that name. Closing stops a rebinding page's
      // keep-alive connection from being reused under the same name.
      next(new HttpError(421, 'host-not-allowed', MISDIRECTED, { close: true }));
    });
    done();
  },
  { name: 'collector-hosts' },
);
