/**
 * A waiting-room tablet's device token on a request (`Authorization: Bearer pfd_…`, from its setup link): whose
 * tablet it is, or a 401 that says why — a retired tablet is told it was retired, so staff know to set it up again.
 * The kiosk's outbox keeps a refused submission as undeliverable (any 4xx but 408/425/429): it is never lost and
 * never retried in a loop. A request without the header is not a tablet's (a practice website's): undefined.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { KnownTablet, Tablets, TokenCheck } from '../tablets/tablets.js';
import { HttpError } from './errors.js';

const REFUSALS = {
  retired:
    'This tablet was retired in the staff console: its device token no longer works. Set it up again with a new link.',
  unknown:
    'This device token is not one this collector gave out: set the tablet up again with a link from the staff console.',
};

/** Each request's token is looked up once, though the rate limit's key and the route both ask. */
const checked = new WeakMap<FastifyRequest, Promise<TokenCheck | undefined>>();

/** The token check of a request's Authorization header; undefined without one. Never throws for a bad token. */
export function deviceCheck(tablets: Tablets, request: FastifyRequest): Promise<TokenCheck | undefined> {
  let check = checked.get(request);
  if (!check) {
    const header = request.headers.authorization;
    const token = header === undefined ? undefined : (/^Bearer\s+(\S+)\s*$/i.exec(header)?.[1] ?? '');
    check = token === undefined ? Promise.resolve(undefined) : tablets.verify(token);
    checked.set(request, check);
  }
  return check;
}

export async function deviceOf(tablets: Tablets, request: FastifyRequest): Promise<KnownTablet | undefined> {
  const check = await deviceCheck(tablets, request);
  if (check === undefined) return undefined;
  if (check.ok) return check.tablet;
  throw new HttpError(401, `device-${check.reason}`, REFUSALS[check.reason], {
    headers: { 'WWW-Authenticate': 'Bearer realm="patient-feedback tablets"' },
  });
}

/**
 * The rate limit of a route tablets post to (set per route with `config.rateLimit`): a known tablet counts on its own
 * (tablets behind one router share an address); anyone else by address, which follows TRUST_PROXY (Fastify's
 * trustProxy), so one proxy is not one client. A bad token counts by address. Over it: 429 + Retry-After only,
 * with `refusal` saying when to send again.
 */
export function registerDeviceRateLimit(
  app: FastifyInstance,
  tablets: Tablets,
  refusal: (request: FastifyRequest, seconds: number) => string,
) {
  return app.register(rateLimit, {
    global: false,
    keyGenerator: async (request) => {
      const check = await deviceCheck(tablets, request);
      return check?.ok ? `tablet:${check.tablet.id}` : request.ip;
    },
    addHeadersOnExceeding: { 'x-ratelimit-limit': false, 'x-ratelimit-remaining': false, 'x-ratelimit-reset': false },
    addHeaders: {
      'x-ratelimit-limit': false,
      'x-ratelimit-remaining': false,
      'x-ratelimit-reset': false,
      'retry-after': true,
    },
    errorResponseBuilder: (request, context) =>
      new HttpError(429, 'rate-limited', refusal(request, Math.ceil(context.ttl / 1000))),
  });
}
