/**
 * How a tablet is doing (pure): green, amber or red from its last report, the clock and whether its practice is
 * open. The console shows it; the rules are here and nowhere else.
 *
 *   retired  retired from the console: not judged at all.
 *   red      act now: a submission the endpoint refused is stuck on it (undeliverable > 0), or it has been silent
 *            for more than 15 minutes while the practice is open (never reported: silent since it was set up).
 *   amber    look soon: silent for more than 3 minutes (or for more than 15 while the practice is closed — a tablet
 *            switched off for the night), more than 10 submissions waiting to be sent, storage the browser may
 *            clear (not persisted), or the battery under 20 % and not charging.
 *   green    otherwise: reported within the last 3 minutes and none of the above.
 *
 * Every reason that applies is listed in `concerns`, so the console can say why, not only show a colour.
 */
import type { TabletConcern, TabletStatus } from '../../src/core/tablets-api.js';

export const QUIET_MS = 3 * 60_000;
export const SILENT_MS = 15 * 60_000;
/** More waiting than this and submissions are not getting through (an endpoint down, a bad network). */
export const WAITING_LIMIT = 10;
export const LOW_BATTERY = 0.2;

export interface TabletFacts {
  createdAt: string;
  retiredAt: string | null;
  lastSeenAt: string | null;
  waiting: number | null;
  undeliverable: number | null;
  storagePersisted: boolean | null;
  batteryLevel: number | null;
  batteryCharging: boolean | null;
}

export interface TabletHealth {
  status: TabletStatus;
  concerns: TabletConcern[];
}

export function tabletHealth(tablet: TabletFacts, now: number, practiceOpen: boolean): TabletHealth {
  if (tablet.retiredAt !== null) return { status: 'retired', concerns: [] };
  const red: TabletConcern[] = [];
  const amber: TabletConcern[] = [];
  const silence = now - Date.parse(tablet.lastSeenAt ?? tablet.createdAt);
  const silent: TabletConcern = tablet.lastSeenAt === null ? 'never-reported' : 'silent';
  if ((tablet.undeliverable ?? 0) > 0) red.push('undeliverable');
  if (silence > SILENT_MS && practiceOpen) red.push(silent);
  else if (silence > QUIET_MS) amber.push(silent);
  if ((tablet.waiting ?? 0) > WAITING_LIMIT) amber.push('waiting');
  if (tablet.storagePersisted === false) amber.push('storage-not-kept');
  if (tablet.batteryLevel !== null && tablet.batteryLevel < LOW_BATTERY && tablet.batteryCharging !== true) {
    amber.push('battery-low');
  }
  const status: TabletStatus = red.length ? 'red' : amber.length ? 'amber' : 'green';
  return { status, concerns: [...red, ...amber] };
}
