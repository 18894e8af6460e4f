import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstImpression, post, removeDir, startCollector, type Running } from './helpers.js';

const PRACTICE_SITE = 'https://smiledental.example';
const STRANGER = 'https://elsewhere.example';

let app: Running;
beforeAll(async () => {
  app = await startCollector({ allowedOrigins: [PRACTICE_SITE] });
});
afterAll(async () => {
  await app.stop();
  removeDir(app.dir);
});

function preflight(origin: string): Promise<Response> {
  return fetch(`${app.url}/api/feedback`, {
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type, idempotency-key',
    },
  });
}

describe('CORS for practice websites on another origin', () => {
  it('allows the practice website to POST with Content-Type and Idempotency-Key (and a tablet its device token)', async () => {
    const res = await preflight(PRACTICE_SITE);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(PRACTICE_SITE);
    expect(res.headers.get('access-control-allow-methods')).toBe('POST, OPTIONS');
    // Authorization: a kiosk served from another origin sends its tablet's device token (issue 14).
    expect(res.headers.get('access-control-allow-headers')).toBe('Content-Type, Idempotency-Key, Authorization');
    expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After');
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('gives an unknown origin no CORS headers', async () => {
    const res = await preflight(STRANGER);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-allow-methods')).toBeNull();
    expect(res.headers.get('vary')).toMatch(/Origin/);
  });

  it('lets the practice website read the answer to its POST, Retry-After included', async () => {
    const res = await post(app.url, firstImpression(), { Origin: PRACTICE_SITE });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBe(PRACTICE_SITE);
    expect(res.headers.get('access-control-expose-headers')).toBe('Retry-After');
  });

  it('needs nothing for the same origin (the built demo and kiosk)', async () => {
    const res = await post(app.url, firstImpression());
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});
