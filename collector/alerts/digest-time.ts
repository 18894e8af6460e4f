/**
 * When a practice's digest is due (pure): daily at its local time, or weekly on its weekday at that time, in the
 * practice's time zone. The answer is the period's key (the local day it goes out), so the e-mail of one period is
 * queued once (its key in the outbox) however many times the job looks; a collector down at that minute sends it
 * when it is back, the same day.
 */
import type { DigestSettings } from '../../src/core/alerts-api.js';
import { localDay, zoneOffset } from '../../src/core/days.js';

/** The local day (`2026-12-07`) whose digest is due at `now`, or undefined. */
export function digestDue(digest: DigestSettings, now: number, timeZone: string): string | undefined {
  if (digest.frequency === 'off') return undefined;
  const wall = new Date(now + zoneOffset(now, timeZone));
  const day = localDay(now, timeZone);
  const minutes = wall.getUTCHours() * 60 + wall.getUTCMinutes();
  const [h, m] = digest.time.split(':').map(Number) as [number, number];
  if (minutes < h * 60 + m) return undefined;
  const weekday = ((wall.getUTCDay() + 6) % 7) + 1;
  if (digest.frequency === 'weekly' && weekday !== digest.weekday) return undefined;
  return day;
}
