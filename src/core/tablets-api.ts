/**
 * The waiting-room tablets' contract (issue 14): what the staff JSON API under `/api/staff/tablets` answers (the
 * console's Tablets screen reads it) and what a tablet reports to `/api/tablets/report`. Types only, shared by the
 * collector, its tests, the kiosk and the console: no second copy of the shapes (docs/collector.md, "Tablets").
 *
 *   GET  /api/staff/tablets                          TabletList (the caller's practices' tablets)
 *   POST /api/staff/tablets                          NewTablet → 201 TabletSetup (the token, this once)
 *   POST /api/staff/tablets/<id>/retire              → Tablet (its token stops working at once)
 *   GET  /api/staff/practices/<id>/opening-hours     OpeningHoursSettings
 *   POST /api/staff/practices/<id>/opening-hours     { openingHours: OpeningHours } → OpeningHoursSettings
 *   POST /api/tablets/report                         TabletReport, with `Authorization: Bearer pfd_…` → 204
 */

/** Days as the opening hours name them, Monday first. */
export const WEEK_DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekDay = (typeof WEEK_DAYS)[number];

/**
 * When a practice is open, in its own time zone: per day, periods `["08:00", "18:00"]` (24-hour `HH:MM`, the end
 * after the start, periods in order and apart). A day left out or empty is closed.
 */
export type OpeningHours = Partial<Record<WeekDay, [string, string][]>>;

/** The hours a practice has until an admin sets its own: Monday to Friday, 08:00 to 18:00. */
export const DEFAULT_OPENING_HOURS: OpeningHours = {
  mon: [['08:00', '18:00']],
  tue: [['08:00', '18:00']],
  wed: [['08:00', '18:00']],
  thu: [['08:00', '18:00']],
  fri: [['08:00', '18:00']],
};

export interface OpeningHoursSettings {
  practiceId: string;
  timeZone: string;
  openingHours: OpeningHours;
  /** False while the practice has the default hours (never set by an admin). */
  set: boolean;
}

/**
 * How a tablet is doing, from its last report (collector/tablets/tablet-status.ts has the exact rules):
 * `green` all is well · `amber` look at it soon · `red` act now · `retired` no longer in use.
 */
export type TabletStatus = 'green' | 'amber' | 'red' | 'retired';

/** Why a tablet is not green, as codes the console puts into words. */
export type TabletConcern =
  'never-reported' | 'silent' | 'undeliverable' | 'waiting' | 'storage-not-kept' | 'battery-low';

export interface Tablet {
  id: string;
  practiceId: string;
  location: string;
  /** What staff call it: "Front desk tablet". */
  name: string;
  createdAt: string;
  createdBy: string;
  retiredAt: string | null;
  retiredBy: string | null;
  /** Its last report (null: none yet). */
  lastSeenAt: string | null;
  appVersion: string | null;
  /** Submissions on the tablet still to be sent. */
  waiting: number | null;
  /** Submissions the endpoint refused for good, kept on the tablet for staff. */
  undeliverable: number | null;
  /** Whether the browser promised not to clear the tablet's storage (navigator.storage.persisted()). */
  storagePersisted: boolean | null;
  /** 0–1, null when the browser does not tell. */
  batteryLevel: number | null;
  batteryCharging: boolean | null;
  status: TabletStatus;
  concerns: TabletConcern[];
}

export interface TabletList {
  tablets: Tablet[];
  /** When the statuses were worked out (the collector's clock), for "3 minutes ago". */
  now: string;
}

/** `POST /api/staff/tablets`: everything the setup link carries. */
export interface NewTablet {
  practiceId: string;
  /** The location its submissions are stored under (`front-desk`). */
  location: string;
  name: string;
  /** A survey definition's address for the kiosk (`/surveys/<id>/<version>.json`); empty: the built-in survey. */
  survey?: string;
  /** The language the tablet opens in; default `en`. */
  lang?: string;
  /** Seconds without a touch before "Are you still there?" (at least 30); default 60. */
  idleSeconds?: number;
}

/** The answer that holds the device token: shown this once, never again. */
export interface TabletSetup {
  tablet: Tablet;
  /** `pfd_…`: only in `link`, and here. */
  token: string;
  /** The kiosk's address with its settings, the token in the fragment (`#device=pfd_…`). */
  link: string;
  /** The link as a QR code, an SVG document (text). */
  qrSvg: string;
}

/** What a tablet says about itself every minute while online. */
export interface TabletReport {
  appVersion: string;
  waiting: number;
  undeliverable: number;
  storagePersisted: boolean | null;
  batteryLevel?: number | null;
  batteryCharging?: boolean | null;
}
