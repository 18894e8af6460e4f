/**
 * The alerts' contract: the rules admins set up, the alerts they raise (open → acknowledged → closed, with
 * comments), the practices' digests, and the `alert.triggered` webhook's data — what `/api/staff/alerts…` answers
 * (docs/collector.md, "Alerts"). Types and the lists they are checked against only, shared by the collector, its
 * tests and the console.
 */

/** What can raise an alert. */
export const ALERT_KINDS = ['new-case', 'low-rating', 'negative-share', 'deadline-near', 'tablet-silent'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export const ALERT_STATUSES = ['open', 'acknowledged', 'closed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** The overall answers a low-rating rule may be set at: it fires at this answer or a worse one. */
export const LOW_RATING_LEVELS = ['neither', 'poor', 'very-poor'] as const;
export type LowRatingLevel = (typeof LOW_RATING_LEVELS)[number];

/** Each kind's own settings; the others are absent. Defaults in the collector (alerts/rule-rules.ts). */
export interface AlertRuleSettings {
  /** low-rating: fires at this overall answer or worse. */
  atOrBelow?: LowRatingLevel;
  /** negative-share: fires when more than `percent` % of the answers in the last `windowMinutes` were negative… */
  percent?: number;
  windowMinutes?: number;
  /** …and there were at least this many answers in that time. */
  minimumAnswers?: number;
  /** deadline-near: fires this many hours before a case's next deadline (and for one already passed unseen). */
  hoursBefore?: number;
  /** tablet-silent: fires when a tablet has not reported for this many minutes while its practice is open. */
  silentMinutes?: number;
}

export interface AlertRule {
  id: string;
  /** As staff read it in the list and in an e-mail's subject: "Unhappy patient at North". */
  name: string;
  kind: AlertKind;
  /** The practice it watches; null: every practice (only an admin who sees every practice sets one). */
  practiceId: string | null;
  settings: AlertRuleSettings;
  /** Staff accounts (their e-mail addresses) told by e-mail; only accounts that see the practice get it. */
  emailTo: string[];
  /** Also sent as an `alert.triggered` webhook to the endpoints that want it. */
  webhook: boolean;
  /** The practice opted in to the patient's words and contact details in the e-mail (off: a link to the case). */
  includeWords: boolean;
  enabled: boolean;
  createdAt: string;
  createdBy: string;
  updatedAt: string;
}

/** A new rule (POST /api/staff/alert-rules), or a change to one (every field optional). */
export type AlertRuleInput = Partial<
  Pick<AlertRule, 'name' | 'kind' | 'practiceId' | 'settings' | 'emailTo' | 'webhook' | 'includeWords' | 'enabled'>
>;

/** What an alert was raised on: no patient's words, ever. */
export interface AlertFacts {
  /** The submission's overall answer (`poor`…), and its reference and location. */
  rating?: string | null;
  reference?: string | null;
  location?: string | null;
  /** negative-share: how many negative among how many answers, in how many minutes. */
  negative?: number;
  answers?: number;
  windowMinutes?: number;
  /** deadline-near: the case's next deadline. */
  dueAt?: string;
  /** tablet-silent: the tablet and when it last reported (null: never). */
  tabletName?: string;
  lastSeenAt?: string | null;
}

export interface Alert {
  id: string;
  ruleId: string;
  ruleName: string;
  kind: AlertKind;
  practiceId: string;
  status: AlertStatus;
  triggeredAt: string;
  facts: AlertFacts;
  /** The submission (a case's id is its submission's) it is about, when it is about one. */
  submissionId: string | null;
  tabletId: string | null;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  closedAt: string | null;
  closedBy: string | null;
  comments: number;
}

export interface AlertComment {
  at: string;
  by: string;
  text: string;
}

/** GET /api/staff/alerts (`?status=open|acknowledged|closed|active&practice=&before=`), newest first. */
export interface AlertPage {
  alerts: Alert[];
  /** Pass as `before` for the next page; null at the end. */
  next: string | null;
}

export interface AlertDetail {
  alert: Alert;
  comments: AlertComment[];
}

/** POST /api/staff/alerts/<id>: a move along open → acknowledged → closed (or reopened), and/or a comment. */
export interface AlertChange {
  status?: AlertStatus;
  comment?: string;
}

export const DIGEST_FREQUENCIES = ['off', 'daily', 'weekly'] as const;
export type DigestFrequency = (typeof DIGEST_FREQUENCIES)[number];

/** A practice's digest e-mail: daily or weekly at a local time (its time zone); weekly on `weekday` (1 Monday…7). */
export interface DigestSettings {
  practiceId: string;
  frequency: DigestFrequency;
  time: string;
  weekday: number;
  emailTo: string[];
}

/** GET /api/staff/alert-rules: what the admin's Alerts settings show. */
export interface AlertSettings {
  rules: AlertRule[];
  digests: DigestSettings[];
  /**
   * Whether SMTP_URL is set (without it alerts still show in the console and go out by webhook), and the e-mail
   * outbox: waiting to go, given up after three days of trying, the latest error.
   */
  email: { configured: boolean; waiting: number; failed: number; lastError: string | null };
}

/** `alert.triggered`'s data: ids, the kind and its facts (no patient's words), and a link to the alert. */
export interface AlertEventData {
  alertId: string;
  rule: string;
  kind: AlertKind;
  practice: string;
  triggeredAt: string;
  submissionId: string | null;
  tabletId: string | null;
  facts: AlertFacts;
  link: string | null;
}
