/**
 * The tablet's colour (collector/tablets/tablet-status.ts), rule by rule: what front-desk staff see on the Tablets
 * screen must follow the documented thresholds exactly, and a tablet switched off while the practice is closed is
 * never red for its silence.
 */
import { describe, expect, it } from 'vitest';
import { tabletHealth, type TabletFacts } from '../../../collector/tablets/tablet-status.js';

const NOW = Date.parse('2026-12-07T10:00:00Z');
const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toISOString();

function tablet(changes: Partial<TabletFacts> = {}): TabletFacts {
  return {
    createdAt: minutesAgo(600),
    retiredAt: null,
    lastSeenAt: minutesAgo(1),
    waiting: 0,
    undeliverable: 0,
    storagePersisted: true,
    batteryLevel: 0.8,
    batteryCharging: false,
    ...changes,
  };
}

describe('a tablet’s status', () => {
  it('is green when it reported within 3 minutes with nothing stuck', () => {
    expect(tabletHealth(tablet({ lastSeenAt: minutesAgo(2.9) }), NOW, true)).toEqual({ status: 'green', concerns: [] });
    expect(
      tabletHealth(tablet({ batteryLevel: null, batteryCharging: null, storagePersisted: null }), NOW, true),
    ).toEqual({ status: 'green', concerns: [] });
  });

  it('is amber after 3 quiet minutes, red after 15 while the practice is open', () => {
    expect(tabletHealth(tablet({ lastSeenAt: minutesAgo(3.1) }), NOW, true)).toEqual({
      status: 'amber',
      concerns: ['silent'],
    });
    expect(tabletHealth(tablet({ lastSeenAt: minutesAgo(15) }), NOW, true).status).toBe('amber');
    expect(tabletHealth(tablet({ lastSeenAt: minutesAgo(15.1) }), NOW, true)).toEqual({
      status: 'red',
      concerns: ['silent'],
    });
  });

  it('is only amber for a long silence while the practice is closed', () => {
    expect(tabletHealth(tablet({ lastSeenAt: minutesAgo(600) }), NOW, false)).toEqual({
      status: 'amber',
      concerns: ['silent'],
    });
  });

  it('counts a tablet that never reported as silent since it was set up', () => {
    expect(tabletHealth(tablet({ lastSeenAt: null, createdAt: minutesAgo(1) }), NOW, true).status).toBe('green');
    expect(tabletHealth(tablet({ lastSeenAt: null, createdAt: minutesAgo(20) }), NOW, true)).toEqual({
      status: 'red',
      concerns: ['never-reported'],
    });
  });

  it('is red with any undeliverable submission, whatever else', () => {
    expect(tabletHealth(tablet({ undeliverable: 1 }), NOW, false)).toEqual({
      status: 'red',
      concerns: ['undeliverable'],
    });
  });

  it('is amber with more than 10 waiting, storage the browser may clear, or a low battery not charging', () => {
    expect(tabletHealth(tablet({ waiting: 10 }), NOW, true).status).toBe('green');
    expect(tabletHealth(tablet({ waiting: 11 }), NOW, true).concerns).toEqual(['waiting']);
    expect(tabletHealth(tablet({ storagePersisted: false }), NOW, true).concerns).toEqual(['storage-not-kept']);
    expect(tabletHealth(tablet({ batteryLevel: 0.19 }), NOW, true).concerns).toEqual(['battery-low']);
    expect(tabletHealth(tablet({ batteryLevel: 0.19, batteryCharging: true }), NOW, true).status).toBe('green');
    expect(tabletHealth(tablet({ batteryLevel: 0.2 }), NOW, true).status).toBe('green');
  });

  it('lists every reason, the red ones first', () => {
    expect(
      tabletHealth(
        tablet({ lastSeenAt: minutesAgo(30), undeliverable: 2, waiting: 40, batteryLevel: 0.05 }),
        NOW,
        true,
      ),
    ).toEqual({ status: 'red', concerns: ['undeliverable', 'silent', 'waiting', 'battery-low'] });
  });

  it('is retired once retired, and nothing else', () => {
    expect(tabletHealth(tablet({ retiredAt: minutesAgo(5), undeliverable: 3 }), NOW, true)).toEqual({
      status: 'retired',
      concerns: [],
    });
  });
});
