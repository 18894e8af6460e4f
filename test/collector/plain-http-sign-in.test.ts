/**
 * Issue 10's finding "staff credentials can cross the network in plain HTTP": behind a proxy (TRUST_PROXY) that
 * says where a request came from and whether it was https, a sign-in from another computer over plain HTTP is
 * refused — unless that computer is on a network named in ALLOW_HTTP_SIGN_IN. This computer may always sign in.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, STAFF_EMAIL, STAFF_PASSWORD, startCollector, type Running } from './helpers.js';

let app: Running | undefined;
afterEach(async () => {
  await app?.stop();
  if (app) removeDir(app.dir);
  app = undefined;
});

function signIn(running: Running, from: string | undefined, proto: 'http' | 'https' = 'http') {
  return fetch(`${running.url}/staff/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: running.url,
      ...(from ? { 'X-Forwarded-For': from, 'X-Forwarded-Proto': proto } : {}),
    },
    body: new URLSearchParams({ email: STAFF_EMAIL, password: STAFF_PASSWORD, next: '/staff/' }).toString(),
  });
}

describe('signing in over plain HTTP', () => {
  it('is refused from another computer, with what to do, and allowed over https and from this computer', async () => {
    app = await startCollector({ trustProxy: ['loopback'] });
    const refused = await signIn(app, '192.168.1.50');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('set-cookie')).toBeNull();
    expect(await refused.text()).toMatch(/plain HTTP from another computer is refused.*ALLOW_HTTP_SIGN_IN/s);
    const page = await fetch(`${app.url}/staff/sign-in`, { headers: { 'X-Forwarded-For': '192.168.1.50' } });
    expect(page.status).toBe(403);
    expect((await signIn(app, '192.168.1.50', 'https')).status).toBe(303);
    expect((await signIn(app, undefined)).status).toBe(303);
  });

  it('is allowed from the practice network ALLOW_HTTP_SIGN_IN names, and from nowhere else', async () => {
    app = await startCollector({ trustProxy: ['loopback'], httpSignIn: ['192.168.1.0/24'] });
    expect((await signIn(app, '192.168.1.50')).status).toBe(303);
    expect((await signIn(app, '192.168.2.50')).status).toBe(403);
    expect((await signIn(app, '203.0.113.9')).status).toBe(403);
  });
});
