/**
 * Staff passwords do not cross a network in the clear: signing in over plain HTTP is refused unless the request came
 * from this computer or from a network the practice named in ALLOW_HTTP_SIGN_IN (a trusted practice network). Over
 * https — TLS_CERT + TLS_KEY, or a reverse proxy in TRUST_PROXY that says `X-Forwarded-Proto: https` — it is allowed.
 */
import { BlockList, isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';

/** The named ranges TRUST_PROXY also knows (proxy-addr's names). */
const NAMED: Record<string, [string, number, 'ipv4' | 'ipv6'][]> = {
  loopback: [
    ['127.0.0.0', 8, 'ipv4'],
    ['::1', 128, 'ipv6'],
  ],
  linklocal: [
    ['169.254.0.0', 16, 'ipv4'],
    ['fe80::', 10, 'ipv6'],
  ],
  uniquelocal: [
    ['10.0.0.0', 8, 'ipv4'],
    ['172.16.0.0', 12, 'ipv4'],
    ['192.168.0.0', 16, 'ipv4'],
    ['fc00::', 7, 'ipv6'],
  ],
};

function networks(entries: readonly string[]): BlockList {
  const list = new BlockList();
  for (const [address, bits, family] of NAMED.loopback ?? []) list.addSubnet(address, bits, family);
  for (const entry of entries) {
    const named = NAMED[entry];
    if (named) {
      for (const [address, bits, family] of named) list.addSubnet(address, bits, family);
      continue;
    }
    const [address = '', bits] = entry.split('/');
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    list.addSubnet(address, bits === undefined ? (family === 'ipv6' ? 128 : 32) : Number(bits), family);
  }
  return list;
}

export type PlainHttpCheck = (request: FastifyRequest) => 'https' | 'allowed' | 'refused';

/** Whether a sign-in request may carry a password: over https, from loopback, or from an allowed network. */
export function plainHttpCheck(allowed: readonly string[]): PlainHttpCheck {
  const list = networks(allowed);
  return (request) => {
    if (request.protocol === 'https') return 'https';
    const ip = request.ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
    const family = isIP(ip) === 6 ? 'ipv6' : 'ipv4';
    return isIP(ip) && list.check(ip, family) ? 'allowed' : 'refused';
  };
}

export const PLAIN_HTTP_REFUSED =
  'Signing in over plain HTTP from another computer is refused: the password would cross the network unencrypted. ' +
  'Open this page with https:// (the collector with TLS_CERT and TLS_KEY, or behind a reverse proxy), or — for a ' +
  'trusted practice network only — the administrator sets ALLOW_HTTP_SIGN_IN.';
