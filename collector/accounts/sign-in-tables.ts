/**
 * The tables of signing in (store/migrations/004-sign-in.ts): sessions, the second factor, the staff policy; and
 * the count of wrong sign-ins (008-sign-in-failures.ts).
 */
export type SessionStage = 'second-factor' | 'signed-in';

export interface StaffSessionsTable {
  /** Random UUID: how an admin's "End" button names a session; not a credential. */
  id: string;
  /** SHA-256 of the cookie's value (secrets.ts). */
  secret_hash: string;
  account_id: string;
  /** `second-factor`: the password was right and the code is still to come; nothing else is open to it. */
  stage: SessionStage;
  created_at: string;
  /** The last request a person made (background refreshes do not count): idle logoff counts from here. */
  last_activity_at: string;
  /** The absolute end, however active the session is. */
  expires_at: string;
  address: string | null;
  user_agent: string | null;
  ended_at: string | null;
  /** `signed-out`, `idle`, `expired`, `ended by <admin>`, `password changed`, `account disabled`. */
  end_reason: string | null;
}

export interface SecondFactorColumns {
  /** Base32 TOTP secret; set while being turned on, kept once turned on. */
  totp_secret: string | null;
  /** When the second factor was confirmed with a first right code; null: not on. */
  totp_enabled_at: string | null;
  /** The last time step a code was accepted for: a code works once. */
  totp_last_step: number | null;
}

export interface RecoveryCodesTable {
  code_hash: string;
  account_id: string;
  created_at: string;
  used_at: string | null;
}

export interface StaffPolicyTable {
  /** e.g. `admins-need-second-factor`. */
  name: string;
  value: string;
  updated_at: string;
  updated_by: string;
}

/** Wrong sign-ins of one account or one client address (sign-in-delays.ts). */
export interface SignInFailuresTable {
  scope: 'account' | 'address';
  /** The email as typed, trimmed and lower-cased (an account or not); or the client address. */
  subject: string;
  /** Mistakes since the last right password, or since a six-hour quiet spell. */
  failures: number;
  /** Milliseconds since 1970 (the collector's clock): the waits are counted from here. */
  last_failure_ms: number;
}

export interface SignInTables {
  staff_sessions: StaffSessionsTable;
  sign_in_failures: SignInFailuresTable;
  recovery_codes: RecoveryCodesTable;
  staff_policy: StaffPolicyTable;
}
