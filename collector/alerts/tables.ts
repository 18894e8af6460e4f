/**
 * The alerts room's tables (migration 017; collector/alerts/): the rules admins set, the alerts they raise with their
 * comments, the practices' digest settings, and the e-mail outbox every alert and digest goes out through.
 */
import type { Generated } from 'kysely';
import type { AlertKind, AlertStatus, DigestFrequency } from '../../src/core/alerts-api.js';

export interface AlertRulesTable {
  id: string;
  name: string;
  kind: AlertKind;
  /** NULL: every practice. */
  practice_id: string | null;
  /** JSON AlertRuleSettings. */
  settings: string;
  /** JSON array of staff e-mail addresses. */
  email_to: string;
  webhook: number;
  include_words: number;
  enabled: number;
  created_at: string;
  created_by: string;
  updated_at: string;
}

export interface AlertsTable {
  id: string;
  rule_id: string;
  practice_id: string;
  kind: AlertKind;
  /** What it was raised on (`case:<id>`, `share:<practice>:<minute>`…): unique per rule, so it is raised once. */
  dedupe_key: string;
  status: AlertStatus;
  /** JSON AlertFacts: never a patient's words. */
  facts: string;
  submission_id: string | null;
  tablet_id: string | null;
  triggered_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  closed_at: string | null;
  closed_by: string | null;
  /** When its e-mails and webhook were queued; NULL until then (a crash in between is caught up). */
  notified_at: string | null;
}

export interface AlertCommentsTable {
  id: Generated<number>;
  alert_id: string;
  at: string;
  by: string;
  text: string;
}

export interface PracticeDigestsTable {
  practice_id: string;
  frequency: DigestFrequency;
  /** `HH:MM` in the practice's time zone. */
  time: string;
  /** 1 Monday … 7 Sunday (weekly). */
  weekday: number;
  email_to: string;
  updated_at: string;
  updated_by: string;
}

export type MailStatus = 'pending' | 'sent' | 'failed';

/** One e-mail to one person: kept until the SMTP server took it, tried again on a schedule spanning three days. */
export interface MailOutboxTable {
  id: string;
  /** `alert:<id>:<address>`, `digest:<practice>:<period>:<address>`: one e-mail is never queued twice. */
  mail_key: string;
  to_address: string;
  subject: string;
  text_body: string;
  created_at: string;
  next_attempt_at: string;
  attempts: Generated<number>;
  status: Generated<MailStatus>;
  last_error: string | null;
  sent_at: string | null;
}

export interface AlertTables {
  alert_rules: AlertRulesTable;
  alerts: AlertsTable;
  alert_comments: AlertCommentsTable;
  practice_digests: PracticeDigestsTable;
  mail_outbox: MailOutboxTable;
}
