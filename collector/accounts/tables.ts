/**
 * The accounts room's tables as Kysely sees them (created by store/migrations/003-staff-accounts.ts and 004-sign-in.ts); the store's
 * Database interface includes these, so a query naming a wrong column does not compile.
 */
import type { Generated } from 'kysely';
import type { SecondFactorColumns, SignInTables } from './sign-in-tables.js';

export type Role = 'admin' | 'staff';
export const ROLES: readonly Role[] = ['admin', 'staff'];

export interface StaffAccountsTable extends SecondFactorColumns {
  /** A random UUID: never shown, never reused. */
  id: string;
  /** Trimmed and lower case (email.ts), unique. */
  email: string;
  role: Role;
  /** scrypt, self-describing (password-hash.ts). */
  password_hash: string;
  /** ISO 8601, UTC, as every time in these tables. */
  created_at: string;
  updated_at: string;
  /** Set when the person may no longer sign in; the row stays so the audit trail keeps their name. */
  disabled_at: string | null;
  /** 1: sees every practice of the group; 0: only those in staff_account_practices (migration 009). */
  every_practice: Generated<number>;
}

export interface ApiTokensTable {
  id: string;
  /** What the token is for, as whoever made it named it ("nightly export"); unique among tokens not revoked. */
  name: string;
  /** SHA-256 of the token (secrets.ts); the token itself is shown once and never stored. */
  token_hash: string;
  role: Role;
  created_at: string;
  created_by: string;
  revoked_at: string | null;
  last_used_at: string | null;
  /** 1: every practice; 0: only those in api_token_practices. */
  every_practice: Generated<number>;
}

export interface AuditEventsTable {
  /** Order of writing. */
  seq: Generated<number>;
  at: string;
  /** Who did it, as a person reads it: an email, `token "nightly export"`, or `command line (root)`. */
  actor: string;
  /** What happened, e.g. `account.added`, `sign-in.failed`, `case.viewed`. */
  action: string;
  /** What it was done to: an email, a token name, a case id. Never a patient's words. */
  target: string | null;
  /** JSON: the particulars (role, format, filters, counts) — never a patient's words or contact details. */
  detail: string;
  /** The client address it came from, when it came over the network. */
  address: string | null;
}

/** A set-up link made in the console (migration 020): its token is kept only as a hash, and works once. */
export interface AccountSetupLinksTable {
  token_hash: string;
  account_id: string;
  created_at: string;
  /** The admin who made it, as the audit names them. */
  created_by: string;
  expires_at: string;
  used_at: string | null;
  /** A newer link for the same account was made: this one stopped working then. */
  replaced_at: string | null;
}

export interface AccountTables extends SignInTables {
  staff_accounts: StaffAccountsTable;
  account_setup_links: AccountSetupLinksTable;
  api_tokens: ApiTokensTable;
  audit_events: AuditEventsTable;
}
