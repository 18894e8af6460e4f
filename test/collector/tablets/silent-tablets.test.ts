/**
 * Silent tablets (collector/tablets/silent-tablets.ts), for the alerts room: the rule over rows, and the store query
 * over a real database — a tablet is silent only while its practice is open, never when retired.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Practices } from '../../../collector/practices/practices.js';
import { silentAmong, silentTablets, type TabletInUse } from '../../../collector/tablets/silent-tablets.js';
import { Tablets } from '../../../collector/tablets/tablets.js';
import { openStore, type SubmissionStore } from '../../../collector/store/index.js';
import { removeDir } from '../helpers.js';

// Monday 7 December 2026, 10:00 in London (UTC in winter) and 05:00 in New York.
const MONDAY_10 = new Date('2026-12-07T10:00:00Z');
const ago = (m: number) => new Date(MONDAY_10.getTime() - m * 60_000).toISOString();

function tablet(changes: Partial<TabletInUse>): TabletInUse {
  return {
    practiceId: 'north',
    tabletId: 't1',
    name: 'Front desk tablet',
    location: 'front-desk',
    lastSeenAt: ago(1),
    createdAt: ago(1000),
    timeZone: 'Europe/London',
    openingHours: null,
    ...changes,
  };
}

describe('silent tablets, the rule', () => {
  it('finds tablets quiet for more than 10 minutes while their practice is open, longest silence first', () => {
    const found = silentAmong(
      [
        tablet({ tabletId: 'fresh', lastSeenAt: ago(9) }),
        tablet({ tabletId: 'quiet', lastSeenAt: ago(11) }),
        tablet({ tabletId: 'quieter', lastSeenAt: ago(60) }),
        tablet({ tabletId: 'new-york', lastSeenAt: ago(60), timeZone: 'America/New_York', practiceId: 'ny' }),
        tablet({ tabletId: 'never', lastSeenAt: null, createdAt: ago(30) }),
        tablet({ tabletId: 'just-set-up', lastSeenAt: null, createdAt: ago(2) }),
      ],
      MONDAY_10,
    );
    expect(found.map((t) => t.tabletId)).toEqual(['quieter', 'never', 'quiet']);
    expect(found[0]).toEqual({
      practiceId: 'north',
      tabletId: 'quieter',
      name: 'Front desk tablet',
      location: 'front-desk',
      lastSeenAt: ago(60),
    });
  });

  it('follows the practice’s own hours and another threshold', () => {
    const closedMondays = JSON.stringify({ tue: [['08:00', '18:00']] });
    expect(silentAmong([tablet({ lastSeenAt: ago(60), openingHours: closedMondays })], MONDAY_10)).toEqual([]);
    expect(silentAmong([tablet({ lastSeenAt: ago(6) })], MONDAY_10, 5)).toHaveLength(1);
  });
});

describe('silent tablets, the store query', () => {
  let dir: string;
  let store: SubmissionStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'pf-silent-'));
    store = await openStore({ dataDir: dir, log: () => {} });
  });
  afterAll(async () => {
    await store.close();
    removeDir(dir);
  });

  it('reads tablets in use from the database, leaving out retired ones', async () => {
    const setUpAt = new Date(MONDAY_10.getTime() - 60 * 60_000);
    const who = { name: 'admin@north.example' };
    await new Practices(store.db).add(who, 'north', { name: 'North Clinic', timeZone: 'Europe/London' });
    const tablets = new Tablets(store.db, () => setUpAt);
    const kept = await tablets.add(who, { practiceId: 'north', location: 'front-desk', name: 'Front desk tablet' });
    const retired = await tablets.add(who, { practiceId: 'north', location: 'upstairs', name: 'Upstairs tablet' });
    await tablets.retire(who, retired.tablet.id);
    expect(await silentTablets(store.db, MONDAY_10)).toEqual([
      {
        practiceId: 'north',
        tabletId: kept.tablet.id,
        name: 'Front desk tablet',
        location: 'front-desk',
        lastSeenAt: null,
      },
    ]);
    // On Saturday the practice is closed: nobody is silent.
    expect(await silentTablets(store.db, new Date('2026-12-12T10:00:00Z'))).toEqual([]);
  });
});
