/**
 * The group's practices through the staff JSON API, for the console's Practices screen (admins who see every
 * practice change them; everyone reads the practices they see). Types only, shared by the collector, its tests and
 * the console (docs/collector.md).
 *
 *   GET  /api/staff/practices                  PracticeList (staff: the practices they see, with their counts)
 *   POST /api/staff/practices                  NewPractice → 201 PracticeSummary
 *   POST /api/staff/practices/<id>             PracticeChange → PracticeSummary
 *   POST /api/staff/practices/<id>/locations   NewLocation → 201 PracticeSummary
 *
 * A value that cannot be used is `400 { error, path }` naming the field (`timeZone`, `origins[1]`) and nothing is
 * saved; an id already taken is `409 { error, path: "id" }`; a practice that does not exist is 404.
 */

export interface PracticeCounts {
  firstImpressions: number;
  whatWentWrong: number;
  /** "What went wrong" cases not yet resolved. */
  openCases: number;
  looksAutomated: number;
  /** Submissions naming a location the practice does not list. */
  unknownLocation: number;
}

export interface PracticeSummary {
  id: string;
  name: string;
  timeZone: string;
  /** What a patient who asks to be contacted is told; null: no promise. */
  promise: string | null;
  /** Websites allowed to send from the browser (scheme, host and port). */
  origins: string[];
  locations: { id: string; name: string }[];
  /** `/api/feedback/p/<id>` (`/api/feedback` for the default practice). */
  path: string;
  /** The full address a practice's website and tablets send to (PUBLIC_URL's origin, or the one asked). */
  endpoint: string;
  counts: PracticeCounts;
}

export interface PracticeList {
  scope: string;
  /** ALLOWED_ORIGINS: websites allowed for every practice, set by the environment. */
  sharedOrigins: string[];
  practices: PracticeSummary[];
}

export interface NewPractice {
  id: string;
  name: string;
  timeZone: string;
}

/** Only the fields given change; `promise` "" removes it. */
export interface PracticeChange {
  name?: string;
  timeZone?: string;
  promise?: string;
  origins?: string[];
}

export interface NewLocation {
  id: string;
}

/** The fields a refusal names, for the screen to put its words beside. */
export type PracticeField = 'id' | 'name' | 'timeZone' | 'promise' | 'origins';
