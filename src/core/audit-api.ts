/**
 * The audit trail's contract (admins who see every practice): what `GET /api/staff/audit` answers — the console's
 * Audit screen reads it — and the action codes the collector writes, which the console puts into words. Types and
 * pure functions only, shared by the collector, its tests and the console (docs/collector.md, "Audit trail").
 *
 *   GET /api/staff/audit?<AuditQuery>   AuditPage, newest first (`older` / `newer` page on); the reading is audited
 *   GET /staff/audit.csv                every entry that matches the same filters, newest first, as a spreadsheet
 */

export const AUDIT_PAGE_SIZE = 100;

/** One thing a person, a token or the collector itself did. `detail` never holds a patient's words. */
export interface AuditEntry {
  seq: number;
  /** ISO 8601. */
  at: string;
  /** An email, `token "nightly export"`, `command line (root)`, `retention (automatic)`. */
  actor: string;
  /** A code such as `sign-in.succeeded` (AUDIT_ACTIONS); older codes are plain words such as `viewed inbox`. */
  action: string;
  target: string | null;
  detail: Record<string, string | number | boolean | null | string[]>;
  address: string | null;
}

/**
 * The filters, as query parameters. `before` / `after` are an entry's `seq`: the page of entries older than it, or
 * the page just newer. `who` is part of the actor's name (any case); `from` and `to` are dates (`YYYY-MM-DD`, both
 * inclusive) read in `tz` (an IANA time zone; the collector's own when absent).
 */
export interface AuditQuery {
  before?: number;
  after?: number;
  who?: string;
  action?: string;
  from?: string;
  to?: string;
  tz?: string;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** `before` for the next older page; null at the oldest. */
  older: number | null;
  /** `after` for the next newer page; null on the newest. */
  newer: number | null;
}

/** The action codes the collector writes today, in the order the console offers them as a filter. */
export const AUDIT_ACTIONS = [
  'sign-in.succeeded',
  'sign-in.failed',
  'sign-in.refused',
  'sign-in.password-accepted',
  'signed-out',
  'session.ended',
  'second-factor.turned-on',
  'second-factor.turned-off',
  'account.added',
  'account.disabled',
  'account.enabled',
  'account.password-reset',
  'account.practices-changed',
  'token.created',
  'token.revoked',
  'viewed inbox',
  'searched inbox',
  'viewed submission',
  'case changed',
  'case updated',
  'exported',
  'viewed results',
  'results.hand-counts',
  'results.handed-in',
  'viewed audit trail',
  'exported audit trail',
  'patient-data.searched',
  'patient-data.copied',
  'patient-data.erased',
  'retention.erased',
  'retention.audit-removed',
  'setting.changed',
  'practices.listed',
  'practice.added',
  'practice.changed',
  'practice.clocks-changed',
  'practice.opening-hours',
  'practice.moved',
  'location.added',
  'location.removed',
  'survey.added',
  'survey.replaced',
  'tablet.added',
  'tablet.retired',
  'webhook.added',
  'webhook.changed',
  'webhook.deleted',
  'webhook.disabled',
  'webhook.secret-rotated',
  'webhook.sent-again',
  'alert-changed',
  'alert-rule-added',
  'alert-rule-changed',
  'alert-rule-turned-off',
  'alert-rule-removed',
  'digest-changed',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(code: string): code is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(code);
}

/** The particulars as one line of text: `format csv, rows 120` (the screen and the spreadsheet say the same). */
export function auditDetailText(detail: AuditEntry['detail']): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key} ${Array.isArray(value) ? value.join(' ') : String(value)}`)
    .join(', ');
}
