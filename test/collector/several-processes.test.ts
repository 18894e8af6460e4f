/**
 * Several collectors, one database (issue 11): two collector processes on one PostgreSQL database, started at the
 * same moment on a fresh database, as two instances behind a proxy would be. A burst of one submission sent to both
 * is stored once and every other copy is told it is a repeat; a session started on one works on the other, and Sign
 * out on either ends it on both; a guesser waits whichever process they try; and when one process is killed with
 * SIGKILL in the middle of a burst, every submission either process acknowledged is in the database, and what the
 * dead one never answered is stored exactly once when the devices send it again to the one still running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StaffAccounts } from '../../collector/accounts/staff-accounts.js';
import { connect, type Connection } from '../../collector/store/connect.js';
import { CHEAP } from './accounts/database.js';
import { startCollectorChild, type CollectorChild } from './collector-child.js';
import { engines, type TestDatabase } from './engines.js';
import { firstImpression, post, STAFF_PASSWORD } from './helpers.js';

const postgres = engines.find((e) => e.name === 'postgres');

/** A form POST as a browser sends it from that collector's own page. */
function form(to: CollectorChild, path: string, fields: Record<string, string>, cookie?: string) {
  return fetch(`${to.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: to.url,
      ...(cookie ? { Cookie: cookie } : {}),
    },
    body: new URLSearchParams(fields).toString(),
  });
}

/** A signed-in server page (with Sign out and the session's CSRF token), or the way to the sign-in page. */
const inbox = (at: CollectorChild, cookie: string) =>
  fetch(`${at.url}/staff/account`, { headers: { Cookie: cookie, Accept: 'text/html' }, redirect: 'manual' });

describe.skipIf(postgres?.skip !== undefined)('two collector processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let a: CollectorChild;
  let b: CollectorChild;
  /** The test's own look into the database, beside the two collectors. */
  let look: Connection;

  const addAccount = (email: string) =>
    new StaffAccounts(look.db, 'postgres', { cost: CHEAP }).add({ name: 'test setup' }, email, 'staff', STAFF_PASSWORD);
  const storedIds = async (ids: readonly string[]) =>
    (await look.db.selectFrom('submissions').select('id').where('id', 'in', ids).execute()).map((r) => r.id);

  beforeAll(async () => {
    if (!postgres) return;
    database = await postgres.newDatabase();
    const settings = { ...database.settings, ingestRate: 100_000, cheapHash: true };
    // Both migrate the fresh database at once: Kysely's migration lock lets one do it and the other find it done.
    [a, b] = await Promise.all([startCollectorChild(settings), startCollectorChild(settings)]);
    look = await connect(database.settings);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await look?.db.destroy();
    await database?.remove();
  }, 60_000);

  it('stores a burst of one submission sent to both exactly once; every other copy is a repeat', async () => {
    const submission = firstImpression();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post((i % 2 ? a : b).url, submission)));
    const bodies = (await Promise.all(answers.map((r) => r.json()))) as { id: string; receivedAt: string }[];

    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    const repeats = answers.filter((r) => r.status !== 201);
    expect(repeats.map((r) => r.status)).toEqual(Array(19).fill(200));
    expect(repeats.map((r) => r.headers.get('idempotent-replayed'))).toEqual(Array(19).fill('true'));
    expect(new Set(bodies.map((body) => body.receivedAt)).size).toBe(1);
    expect(bodies.every((body) => body.id === submission.id)).toBe(true);

    const rows = await look.db.selectFrom('submissions').select('id').execute();
    expect(rows).toEqual([{ id: submission.id }]);
  }, 60_000);

  it('keeps a session started on one process valid on the other; Sign out on the other ends it on both', async () => {
    const email = 'frontdesk@smiledental.example';
    await addAccount(email);
    const signIn = await form(a, '/staff/sign-in', { email, password: STAFF_PASSWORD, next: '/staff/' });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/staff/');
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^pf_session=/);

    const onB = await inbox(b, cookie);
    expect(onB.status).toBe(200);
    const page = await onB.text();
    expect(page).toContain('Sign out');
    expect((await inbox(a, cookie)).status).toBe(200);

    const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
    const signOut = await form(b, '/staff/sign-out', { _csrf: csrf }, cookie);
    expect(signOut.status).toBe(303);
    expect(signOut.headers.get('location')).toBe('/staff/sign-in?ended=signed-out');
    for (const at of [a, b]) {
      const after = await inbox(at, cookie);
      expect(after.status).toBe(303);
      expect(after.headers.get('location')).toMatch(/^\/staff\/sign-in\?/);
    }
  }, 60_000);

  it('makes a guesser wait whichever process they try', async () => {
    const email = 'manager@smiledental.example';
    await addAccount(email);
    const guess = (at: CollectorChild) => form(at, '/staff/sign-in', { email, password: 'a wrong guess 1234' });
    // The five free mistakes are five in all, not five at each process.
    for (const at of [a, b, a, b, a]) expect((await guess(at)).status).toBe(401);
    // Then a wait of 1 s, doubling with each mistake checked after it. With a count in each process's memory,
    // neither would have reached its own five within four tries each, so none of these would be made to wait.
    const after = [];
    for (const at of [b, a, b]) {
      const answer = await guess(at);
      after.push(answer.status);
      if (answer.status === 429) {
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
        break;
      }
    }
    expect(after).toContain(429);
  }, 60_000);

  it('loses nothing acknowledged when one process is killed with SIGKILL in the middle of a burst', async () => {
    const toA = Array.from({ length: 150 }, () => firstImpression());
    const toB = Array.from({ length: 150 }, () => firstImpression());
    const acknowledged = new Set<string>();
    const ackedBy = { a: 0, b: 0 };
    let killing: Promise<void> | undefined;

    /** Several devices sending to one process at once, each taking the next submission; a refused send stays queued. */
    const send = (to: CollectorChild, name: 'a' | 'b', queue: Record<string, unknown>[], devices: number) =>
      Promise.all(
        Array.from({ length: devices }, async () => {
          for (let next = queue.shift(); next; next = queue.shift()) {
            const answer = await post(to.url, next).catch(() => undefined);
            if (answer?.ok) {
              acknowledged.add(String(next.id));
              ackedBy[name] += 1;
            }
            // A is killed once it has acknowledged 40, with other sends to it still under way.
            if (name === 'a' && ackedBy.a >= 40) killing ??= a.kill();
          }
        }),
      );
    await Promise.all([send(a, 'a', [...toA], 6), send(b, 'b', [...toB], 6)]);
    await killing;

    expect(killing).toBeDefined();
    expect(ackedBy.a).toBeGreaterThanOrEqual(40);
    expect(ackedBy.a).toBeLessThan(toA.length);
    expect(ackedBy.b).toBe(toB.length);
    const everyId = [...toA, ...toB].map((s) => String(s.id));
    const stored = new Set(await storedIds(everyId));
    expect([...acknowledged].filter((id) => !stored.has(id))).toEqual([]);

    // The devices whose sends to A went unanswered send again, to B: each is stored now or was already.
    const unanswered = toA.filter((s) => !acknowledged.has(String(s.id)));
    const again = await Promise.all(unanswered.map((s) => post(b.url, s)));
    expect(again.every((r) => r.status === 201 || (r.status === 200 && r.headers.get('idempotent-replayed')))).toBe(
      true,
    );
    expect((await storedIds(everyId)).sort()).toEqual([...everyId].sort());
  }, 120_000);
});
