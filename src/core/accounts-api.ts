/**
 * The staff accounts' contract (issue 13): what the staff JSON API under `/api/staff/accounts` answers and takes.
 * The console's Accounts screen reads it; the collector's routes answer it. Types only: no second copy of the shapes
 * (docs/collector.md, "Accounts").
 *
 *   GET  /api/staff/accounts                        AccountList (admins; a scoped admin: accounts within their practices)
 *   POST /api/staff/accounts                        NewAccount → 201 AccountSetup (the set-up link, this once)
 *   POST /api/staff/accounts/<id>                   AccountChange → StaffAccountSummary
 *   POST /api/staff/accounts/<id>/disable           → StaffAccountSummary (their sessions end)
 *   POST /api/staff/accounts/<id>/enable            → StaffAccountSummary
 *   POST /api/staff/accounts/<id>/setup-link        → AccountSetup (the old password stops working, sessions end)
 *   POST /api/staff/accounts/<id>/second-factor/off → StaffAccountSummary
 *
 * Changes need a person's session (with its CSRF token): an API token may list, not change.
 */

export type AccountRole = 'admin' | 'staff';

/**
 * `active` can sign in · `waiting` has no password yet (a set-up link was made; it may have expired) ·
 * `disabled` may no longer sign in (kept so the audit trail keeps the name).
 */
export type AccountStatus = 'active' | 'waiting' | 'disabled';

/** Practice ids, or `every` for the whole group (and any practice added later). */
export type AccountPractices = 'every' | string[];

export interface StaffAccountSummary {
  id: string;
  email: string;
  role: AccountRole;
  practices: AccountPractices;
  status: AccountStatus;
  /** Whether the person signs in with a code from an authenticator app too. */
  secondFactor: boolean;
  /** When the person last signed in; null: never. */
  lastSignInAt: string | null;
  createdAt: string;
  /** While a set-up link is unused: when it stops working. */
  setupLinkExpiresAt: string | null;
}

export interface AccountList {
  accounts: StaffAccountSummary[];
  /** The collector's clock, for "expired" and "3 days ago". */
  now: string;
}

export interface NewAccount {
  email: string;
  role: AccountRole;
  practices: AccountPractices;
}

/** Only what is given changes. */
export interface AccountChange {
  role?: AccountRole;
  practices?: AccountPractices;
}

/** The answer that holds a set-up link: shown this once, never again (only its hash is kept). */
export interface AccountSetup {
  account: StaffAccountSummary;
  /** `<origin>/staff/set-up#<token>`: the token is in the fragment, which a browser never sends to a server. */
  link: string;
  expiresAt: string;
}

/** How long a set-up link works. */
export const SETUP_LINK_HOURS = 72;
