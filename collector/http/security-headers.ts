/**
 * Security headers (@fastify/helmet) for the three kinds of answer.
 *
 * Pages (demo, kiosk) get a CSP that allows only this origin: the widget needs no inline script, no eval and no
 * inline styles (its styles are constructable stylesheets, which CSP permits), so a practice can copy this policy.
 * Staff pages hold patients' words: nothing may frame them (clickjacking a "Save"). API answers are data and get a
 * policy that allows nothing at all. The embed scripts are fetched by practice websites on other origins.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyPlugin from 'fastify-plugin';

const SELF_ONLY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** What every answer shares. No HSTS unless PUBLIC_URL is https: on a practice network's http it would lock out. */
function common(https: boolean) {
  return {
    strictTransportSecurity: https ? { maxAge: 15_552_000, includeSubDomains: false } : (false as const),
    referrerPolicy: { policy: 'no-referrer' as const },
    crossOriginResourcePolicy: { policy: 'same-origin' as const },
  };
}

export function dataHeaders(https: boolean) {
  return {
    ...common(https),
    contentSecurityPolicy: {
      useDefaults: false as const,
      directives: { 'default-src': ["'none'"], 'frame-ancestors': ["'none'"] },
    },
    frameguard: { action: 'deny' as const },
  };
}

export function pageHeaders(https: boolean) {
  return {
    ...common(https),
    contentSecurityPolicy: { useDefaults: false as const, directives: { ...SELF_ONLY, 'frame-ancestors': ["'self'"] } },
    frameguard: { action: 'sameorigin' as const },
  };
}

export function staffPageHeaders(https: boolean) {
  return {
    ...common(https),
    contentSecurityPolicy: { useDefaults: false as const, directives: { ...SELF_ONLY, 'frame-ancestors': ["'none'"] } },
    frameguard: { action: 'deny' as const },
    // The follow-up forms post back here and must carry an Origin (the CSRF check): with no-referrer the browser
    // sends "Origin: null". same-origin still tells other sites nothing.
    referrerPolicy: { policy: 'same-origin' as const },
  };
}

/** The embed scripts: readable by any practice website (no credentials are involved). */
export function publicScriptHeaders(https: boolean) {
  return { ...pageHeaders(https), crossOriginResourcePolicy: { policy: 'cross-origin' as const } };
}

const PERMISSIONS = 'camera=(), microphone=(), geolocation=(), payment=()';

/** Permissions-Policy, which helmet does not set: nothing served here needs a camera, microphone or location. */
export const permissionsPlugin = fastifyPlugin(
  (app: FastifyInstance, _options: unknown, done: (error?: Error) => void) => {
    app.addHook('onRequest', (_request: FastifyRequest, reply: FastifyReply, next: () => void) => {
      reply.header('Permissions-Policy', PERMISSIONS);
      next();
    });
    done();
  },
  { name: 'collector-permissions-policy' },
);
