/**
 * Waits after wrong sign-ins (collector/accounts/sign-in-delays.ts), counted in the database on both engines: the
 * same behaviour as a single process's, and the same counts seen by two collectors on one database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  SignInDelays,
  delayAfter,
} from '../../../collector/accounts/sign-in-delays.js';
import { connect, type Connection } from '../../../collector/store/connect.js';
import { engines } from '../engines.js';
import { openTestDatabase, type OpenTestDatabase } from './database.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('waits after wrong sign-ins', () => {
  it('doubles after the free mistakes and stops growing at the cap', () => {
    expect(delayAfter(4, ACCOUNT_POLICY)).toBe(0);
    expect(delayAfter(5, ACCOUNT_POLICY)).toBe(1_000);
    expect(delayAfter(6, ACCOUNT_POLICY)).toBe(2_000);
    expect(delayAfter(50, ACCOUNT_POLICY)).toBe(60_000);
    expect(delayAfter(9, ADDRESS_POLICY)).toBe(0);
    expect(delayAfter(1_000, ADDRESS_POLICY)).toBe(15 * 60_000);
  });
});

describe.each(engines)('waits after wrong sign-ins, counted on $name', (engine) => {
  describe.skipIf(engine.skip !== undefined)('', () => {
    let open: OpenTestDatabase;
    /** A second collector's connection to the same database. */
    let other: Connection;
    beforeAll(async () => {
      open = await openTestDatabase(engine);
      other = await connect(open.database.settings);
    });
    afterAll(async () => {
      await other?.db.destroy();
      await open?.close();
    });
    const rows = () => open.connection.db.selectFrom('sign_in_failures').selectAll().execute();

    it('slows one address guessing at many accounts, and no one else', async () => {
      const time = clock();
      const delays = new SignInDelays(open.connection.db, { now: time.now });
      for (let i = 0; i < 10; i += 1) {
        expect(await delays.secondsToWait(`person${i}@x.example`, '203.0.113.9')).toBe(0);
        await delays.failed(`person${i}@x.example`, '203.0.113.9');
      }
      expect(await delays.secondsToWait('someone@x.example', '203.0.113.9')).toBe(1);
      expect(await delays.secondsToWait('someone@x.example', '198.51.100.7')).toBe(0);
      time.advance(1_000);
      expect(await delays.secondsToWait('someone@x.example', '203.0.113.9')).toBe(0);
    });

    it('slows many addresses guessing at one account, and the real person waits at most a minute', async () => {
      const time = clock();
      const delays = new SignInDelays(open.connection.db, { now: time.now });
      for (let i = 0; i < 40; i += 1) {
        await delays.failed('Ana@x.example', `203.0.113.${i}`);
        time.advance(1);
      }
      const wait = await delays.secondsToWait('ana@x.example', '192.0.2.1');
      expect(wait).toBeGreaterThan(50);
      expect(wait).toBeLessThanOrEqual(60);
      expect(await delays.secondsToWait('bob@x.example', '192.0.2.1')).toBe(0);
      time.advance(60_000);
      expect(await delays.secondsToWait('ana@x.example', '192.0.2.1')).toBe(0);
    });

    it('forgets on a right password, and after hours without mistakes removes the record', async () => {
      const time = clock(50_000_000);
      const delays = new SignInDelays(open.connection.db, { now: time.now });
      for (let i = 0; i < 12; i += 1) await delays.failed('cy@x.example', '192.0.2.11');
      expect(await delays.secondsToWait('cy@x.example', '192.0.2.11')).toBeGreaterThan(0);
      await delays.succeeded('cy@x.example', '192.0.2.11');
      expect(await delays.secondsToWait('cy@x.example', '192.0.2.11')).toBe(0);
      for (let i = 0; i < 12; i += 1) await delays.failed('dee@x.example', '192.0.2.12');
      await delays.failed('gus@x.example', '192.0.2.13');
      time.advance(6 * 3_600_000 + 1);
      expect(await delays.secondsToWait('dee@x.example', '192.0.2.12')).toBe(0);
      // Dee's next mistake counts from 1 again, and removes the other records that old from the table.
      await delays.failed('dee@x.example', '192.0.2.12');
      expect(await delays.secondsToWait('dee@x.example', '192.0.2.12')).toBe(0);
      const left = await rows();
      const dee = left.filter((r) => r.subject.startsWith('dee@') || r.subject === '192.0.2.12');
      expect(dee.sort((x, y) => x.scope.localeCompare(y.scope))).toEqual([
        expect.objectContaining({ scope: 'account', failures: 1 }),
        expect.objectContaining({ scope: 'address', failures: 1 }),
      ]);
      const subjects = left.map((r) => r.subject);
      expect(subjects).not.toContain('gus@x.example');
      expect(subjects).not.toContain('192.0.2.13');
      expect(subjects).not.toContain('cy@x.example');
    });

    it('makes the same guesser wait whichever of two collectors on the database answers', async () => {
      const time = clock(90_000_000);
      const here = new SignInDelays(open.connection.db, { now: time.now });
      const there = new SignInDelays(other.db, { now: time.now });
      // Four mistakes at each: in each process's own memory neither would have reached the five free ones.
      for (let i = 0; i < 4; i += 1) {
        await here.failed('eve@x.example', `198.51.100.${i}`);
        await there.failed('eve@x.example', `198.51.100.${10 + i}`);
      }
      expect(await here.secondsToWait('eve@x.example', '192.0.2.50')).toBe(8);
      expect(await there.secondsToWait('eve@x.example', '192.0.2.51')).toBe(8);
      await there.succeeded('eve@x.example', '192.0.2.51');
      expect(await here.secondsToWait('eve@x.example', '192.0.2.50')).toBe(0);
    });

    it('counts every mistake when two collectors count at the same moment', async () => {
      const time = clock(95_000_000);
      const here = new SignInDelays(open.connection.db, { now: time.now });
      const there = new SignInDelays(other.db, { now: time.now });
      await Promise.all(
        Array.from({ length: 16 }, (_, i) => (i % 2 ? here : there).failed('fay@x.example', '203.0.113.200')),
      );
      const counted = (await rows()).filter((r) => r.subject === 'fay@x.example' || r.subject === '203.0.113.200');
      expect(counted.map((r) => [r.scope, r.failures])).toEqual(
        expect.arrayContaining([
          ['account', 16],
          ['address', 16],
        ]),
      );
    });
  });
});
