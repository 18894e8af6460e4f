/** What the accounts HTTP tests share: a collector with two practices on an engine, and requests as a browser sends them. */
import type { AccountSetup } from '../../../src/core/accounts-api.js';
import type { TestEngine } from '../engines.js';
import { startCollector, type Running, type StaffSession } from '../helpers.js';

export const SETUP = { name: 'test setup' };
export const NEW_PASSWORD = 'apple tree by the river 7';

export async function startWithPractices(
  engine: TestEngine,
  now?: () => Date,
): Promise<{ running: Running; remove: () => Promise<void> }> {
  const database = await engine.newDatabase();
  const { dataDir, databaseUrl } = database.settings;
  const running = await startCollector({
    dataDir,
    ...(databaseUrl ? { databaseUrl } : {}),
    ...(now ? { signIn: { now } } : {}),
  });
  await running.collector.practices.add(SETUP, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
  await running.collector.practices.add(SETUP, 'south', { name: 'South Clinic', timeZone: 'Europe/London' });
  running.collector.directory.forget();
  return {
    running,
    remove: async () => {
      await running.stop();
      await database.remove();
    },
  };
}

/** A JSON request as the console sends it: session cookie and CSRF token. */
export function asAdmin(running: Running, session: StaffSession, path: string, body?: unknown) {
  return fetch(`${running.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      Cookie: session.cookie,
      ...(body === undefined ? {} : { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrf }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

export async function addPerson(running: Running, fields: Record<string, unknown>): Promise<AccountSetup> {
  const res = await asAdmin(running, running.staff, '/api/staff/accounts', { role: 'staff', ...fields });
  if (res.status !== 201) throw new Error(`add: ${res.status} ${await res.text()}`);
  return (await res.json()) as AccountSetup;
}

/** The set-up page's form, posted from this collector's own page as the browser does (the token from the fragment). */
export function setPassword(running: Running, link: string, password: string, again = password) {
  return fetch(`${running.url}/staff/set-up`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: running.url },
    body: new URLSearchParams({ token: new URL(link).hash.slice(1), password, passwordAgain: again }).toString(),
  });
}

/** The session cookie an answer sets, as the next request sends it back. */
export const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
