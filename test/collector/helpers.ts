/**
 * A real collector for each test file: listening on a free port, with its own SQLite file in a temp folder.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csrfTokenFor } from '../../collector/accounts/secrets.js';
import { sessionCookieName } from '../../collector/http/staff-session.js';
import { createCollector, type Collector, type CollectorOptions } from '../../collector/http/server.js';

/** Where the password hash's cost is not what a test is about. */
export const CHEAP_HASH = { ln: 10, r: 8, p: 1 };
export const STAFF_EMAIL = 'reception@smiledental.example';
export const STAFF_PASSWORD = 'a long staff passphrase 42';

/** A signed-in person of the practice: their session cookie and its CSRF token, as a browser would hold them. */
export interface StaffSession {
  cookie: string;
  csrf: string;
}

export interface Running {
  collector: Collector;
  url: string;
  dir: string;
  dbPath: string;
  logs: string[];
  /** What the collector said while starting (migrations, backups, where the data is). */
  notices: string[];
  /** An admin signed in on this collector (created on first use). */
  staff: StaffSession;
  /** fetch, as that signed-in admin: the session cookie added. */
  staffFetch(path: string, init?: RequestInit): Promise<Response>;
  stop(): Promise<void>;
  /** Stop and start again on the same database file (a restart of the practice's server). */
  restart(): Promise<Running>;
}

export async function startCollector(
  options: Partial<CollectorOptions> = {},
  dir = mkdtempSync(join(tmpdir(), 'pf-collector-')),
): Promise<Running> {
  const dbPath = join(dir, 'feedback.sqlite');
  const logs: string[] = [];
  const notices: string[] = [];
  const collector = await createCollector({
    dataDir: dir,
    log: (line) => logs.push(line),
    notice: (line) => notices.push(line),
    ...options,
    signIn: { cost: CHEAP_HASH, ...options.signIn },
  });
  const https = options.publicUrl?.protocol === 'https:' || options.tls !== undefined;
  const staff = await signedIn(collector, STAFF_EMAIL, 'admin', https);
  await new Promise<void>((resolve) => collector.server.listen(0, '127.0.0.1', resolve));
  const { port } = collector.server.address() as AddressInfo;
  const running: Running = {
    collector,
    url: `http://127.0.0.1:${port}`,
    dir,
    dbPath,
    logs,
    notices,
    staff,
    staffFetch: (path, init = {}) =>
      fetch(`http://127.0.0.1:${port}${path}`, {
        ...init,
        headers: { Cookie: staff.cookie, ...(init.headers as Record<string, string> | undefined) },
      }),
    stop: () => collector.close(),
    restart: async () => {
      await collector.close();
      return startCollector(options, dir);
    },
  };
  return running;
}

/** A session for `email` (the account is added first if it is not there yet), started as the sign-in form would. */
export async function signedIn(
  collector: Collector,
  email: string,
  role: 'admin' | 'staff',
  https = false,
): Promise<StaffSession> {
  const { accounts } = collector.signIn;
  if (!(await accounts.find(email))) await accounts.add({ name: 'test setup' }, email, role, STAFF_PASSWORD);
  const result = await collector.signIn.withPassword(email, STAFF_PASSWORD, { address: '127.0.0.1' });
  if (result.outcome !== 'signed-in') throw new Error(`Could not sign ${email} in: ${result.outcome}`);
  return { cookie: `${sessionCookieName(https)}=${result.secret}`, csrf: csrfTokenFor(result.secret) };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** A first-impression submission as a patient's device builds it. */
export function firstImpression(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: randomUUID(),
    kind: 'first-impression',
    survey: { id: 'first-impression', version: '1' },
    submittedAt: '2026-11-22T10:15:00.000Z',
    lang: 'en',
    channel: 'kiosk',
    practice: 'Smile Dental',
    location: 'front-desk-tablet',
    answers: { overall: 'good', greeting: 'very-good', comments: 'Friendly front desk.' },
    ...overrides,
  };
}

/** A "what went wrong" submission with contact details given (consent as asked). */
export function whatWentWrong(overrides: Record<string, unknown> = {}, consent = true): Record<string, unknown> {
  return {
    id: randomUUID(),
    kind: 'what-went-wrong',
    survey: { id: 'what-went-wrong', version: '1' },
    submittedAt: '2026-11-22T10:20:00.000Z',
    lang: 'en',
    channel: 'embed',
    practice: 'Smile Dental',
    reference: 'RC-7KQ2-9F',
    answers: {
      categories: ['wait-time', 'communication'],
      details: 'I waited 50 minutes and nobody told me why.',
      remedy: 'An apology and a call next time there is a delay.',
      contact: consent
        ? { method: 'phone', value: '555-0142', consent: true, bestTime: 'mornings' }
        : { method: 'none', value: '', consent: false, bestTime: '' },
    },
    ...overrides,
  };
}

/** POST a submission the way the widget's delivery does. */
export function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const id = (body as { id?: string } | null)?.id;
  return fetch(`${url}/api/feedback`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(id ? { 'Idempotency-Key': id } : {}), ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A raw GET, for paths `fetch` would normalise (`/../`) before sending. */
export function rawGet(
  url: string,
  path: string,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Adds a survey version to the collector's registry as an admin does through the staff API; throws if refused. */
export async function addSurvey(running: Running, definition: unknown, practice?: string): Promise<Response> {
  const query = practice === undefined ? '' : `?practice=${encodeURIComponent(practice)}`;
  const res = await running.staffFetch(`/api/staff/surveys${query}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': running.staff.csrf },
    body: JSON.stringify(definition),
  });
  if (!res.ok) throw new Error(`The survey was refused: ${res.status} ${await res.text()}`);
  return res;
}

/**
 * Polls `check` until it answers something other than undefined or false — a condition met, or the value waited for
 * — and answers that; throws naming `what` after `timeoutMs`.
 */
export async function until<T>(
  check: () => Promise<T | undefined | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 30));
  }
}
