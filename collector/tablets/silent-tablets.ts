/**
 * Tablets gone silent while their practice is open: what the alerts room (collector/alerts/) asks to warn a
 * practice that a waiting-room tablet is off, offline or broken. A pure rule over rows, and the one store query
 * that reads those rows. Nothing here sends anything.
 *
 * A tablet is silent when it is not retired, its practice is open now (its opening hours, in its time zone), and
 * its last report is older than `minutes` (default 10) — or, never having reported, it was set up longer ago than
 * that. Outside opening hours no tablet is silent: switched off for the night is not a problem.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import { isOpen, storedOpeningHours } from './opening-hours.js';

export const SILENT_AFTER_MINUTES = 10;

export interface SilentTablet {
  practiceId: string;
  tabletId: string;
  name: string;
  location: string;
  /** Its last report; null when it never reported. */
  lastSeenAt: string | null;
}

/** A tablet in use with its practice's clock: what the rule needs. */
export interface TabletInUse extends SilentTablet {
  createdAt: string;
  timeZone: string;
  /** The practice's stored opening hours (JSON), null for the default. */
  openingHours: string | null;
}

/** The silent ones among `tablets` at `now`, oldest silence first. */
export function silentAmong(
  tablets: readonly TabletInUse[],
  now: Date,
  minutes = SILENT_AFTER_MINUTES,
): SilentTablet[] {
  const at = now.getTime();
  const limit = at - minutes * 60_000;
  const open = new Map<string, boolean>();
  const isOpenNow = (t: TabletInUse) => {
    let answer = open.get(t.practiceId);
    if (answer === undefined) {
      answer = isOpen(storedOpeningHours(t.openingHours), t.timeZone, at);
      open.set(t.practiceId, answer);
    }
    return answer;
  };
  return tablets
    .filter((t) => Date.parse(t.lastSeenAt ?? t.createdAt) < limit && isOpenNow(t))
    .sort((a, b) => Date.parse(a.lastSeenAt ?? a.createdAt) - Date.parse(b.lastSeenAt ?? b.createdAt))
    .map(({ practiceId, tabletId, name, location, lastSeenAt }) => ({
      practiceId,
      tabletId,
      name,
      location,
      lastSeenAt,
    }));
}

/** Every tablet in use with its practice's clock (one query: a group has tens of tablets, not thousands). */
export async function tabletsInUse(db: Kysely<Database>): Promise<TabletInUse[]> {
  const rows = await db
    .selectFrom('tablets')
    .innerJoin('practices', 'practices.id', 'tablets.practice_id')
    .select([
      'tablets.id',
      'tablets.practice_id',
      'tablets.name',
      'tablets.location',
      'tablets.last_seen_at',
      'tablets.created_at',
      'practices.time_zone',
      'practices.opening_hours',
    ])
    .where('tablets.retired_at', 'is', null)
    .execute();
  return rows.map((r) => ({
    practiceId: r.practice_id,
    tabletId: r.id,
    name: r.name,
    location: r.location,
    lastSeenAt: r.last_seen_at,
    createdAt: r.created_at,
    timeZone: r.time_zone,
    openingHours: r.opening_hours,
  }));
}

/** The store query the alerts room calls: tablets silent at `now` while their practice is open. */
export async function silentTablets(
  db: Kysely<Database>,
  now: Date = new Date(),
  minutes = SILENT_AFTER_MINUTES,
): Promise<SilentTablet[]> {
  return silentAmong(await tabletsInUse(db), now, minutes);
}
