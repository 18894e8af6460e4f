/**
 * TLS_CERT + TLS_KEY: the collector serves HTTPS itself (a certificate made for this test with openssl), sends HSTS,
 * and the session cookie is Secure with the __Host- prefix; a plain-HTTP request to that port gets no page.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { request as plainRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeDir, STAFF_EMAIL, STAFF_PASSWORD, startCollector, type Running } from './helpers.js';

let app: Running;
let port: number;
let ca: Buffer;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function httpsRequest(path: string, method = 'GET', body = '', headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method,
        ca,
        servername: 'localhost',
        headers: { Host: `localhost:${port}`, ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  const dir = mkdtempSync(join(tmpdir(), 'pf-tls-'));
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost',
      '-keyout',
      join(dir, 'key.pem'),
      '-out',
      join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  );
  ca = readFileSync(join(dir, 'cert.pem'));
  app = await startCollector(
    { tls: { cert: ca, key: readFileSync(join(dir, 'key.pem')) }, retentionEveryMs: false },
    dir,
  );
  port = (app.collector.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await app?.stop();
  if (app) removeDir(app.dir);
});

describe('HTTPS with TLS_CERT and TLS_KEY', () => {
  it('serves the sign-in page over TLS with HSTS', async () => {
    const page = await httpsRequest('/staff/sign-in');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<button type="submit">Sign in</button>');
    expect(page.headers['strict-transport-security']).toBe('max-age=15552000');
  });

  it('signs in with a Secure __Host- cookie', async () => {
    const signIn = await httpsRequest(
      '/staff/sign-in',
      'POST',
      new URLSearchParams({ email: STAFF_EMAIL, password: STAFF_PASSWORD }).toString(),
      { 'Content-Type': 'application/x-www-form-urlencoded', Origin: `https://localhost:${port}` },
    );
    expect(signIn.status).toBe(303);
    const cookie = String(signIn.headers['set-cookie']);
    expect(cookie).toMatch(/^__Host-pf_session=[^;]+; Path=\/; HttpOnly; Secure; SameSite=Lax/);
    const account = await httpsRequest('/staff/account', 'GET', '', {
      Cookie: cookie.split(';')[0] ?? '',
      Accept: 'text/html',
    });
    expect(account.status).toBe(200);
    expect(account.body).toContain('Sign out');
  });

  it('gives a plain-HTTP request to the port no page', async () => {
    const answer = await new Promise<string>((resolve) => {
      const req = plainRequest({ host: '127.0.0.1', port, path: '/staff/sign-in' }, (res) =>
        resolve(`status ${res.statusCode ?? 0}`),
      );
      req.on('error', (error) => resolve(`error ${(error as NodeJS.ErrnoException).code ?? error.message}`));
      req.end();
    });
    expect(answer).not.toBe('status 200');
  });
});
