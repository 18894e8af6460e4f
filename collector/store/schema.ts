/**
 * Every table the collector keeps, as Kysely sees it: a query that names a column not listed here does not compile.
 * One description for both engines (SQLite and PostgreSQL); the migrations in ./migrations create exactly this.
 */
import type { Generated } from 'kysely';
import type { AnswerCheck } from '../../src/core/submission-check.js';
import type { AlertTables } from '../alerts/tables.js';
import type { AccountTables } from '../accounts/tables.js';
import type { CaseEvent, CaseOutcome, CaseStatus } from '../../src/core/staff-api.js';
import type { WebhookEndpointKind, WebhookEventType, WebhookMessageStatus } from '../../src/core/webhooks-api.js';

export interface SubmissionsTable {
  /**
   * Arrival order: the order exports and the inbox use, and the key reads page on. SQLite fills it with the next
   * number inside the write lock; PostgreSQL with an identity column (safe across several collector processes).
   */
  seq: Generated<number>;
  id: string;
  kind: string;
  /** The submission exactly as the device sent it (JSON text, key order kept). */
  body: string;
  /** SHA-256 of the canonical JSON (canonical-hash.ts): how a repeat is told from a conflict. */
  body_hash: string;
  /** ISO 8601, UTC. */
  received_at: string;
  /** Why it looks sent by a program (`hidden-field`, `too-fast`: src/core/automation.ts); null for a patient. */
  automation: string | null;
  /**
   * Whether the answers were checked against the survey version the submission names (migration 006); NULL for
   * rows stored before it. Never part of `body` or its hash: a repeat is the same submission whatever was known.
   */
  answers_checked: AnswerCheck | null;
  /** When the patient's words and contact details were erased from `body` (migration 007); null while they are kept. */
  erased_at: string | null;
  erased_reason: ErasureReason | null;
  /** The practice whose path it came in on (migration 009): `default` for `/api/feedback`. */
  practice_id: Generated<string>;
  /** The `location` it names, as sent (also in `body`), for filters. */
  location: string | null;
  /** 1 when its practice lists locations and this one is not among them: kept, and flagged for staff. */
  unknown_location: Generated<number>;
}

/** Why a submission's words were erased: the patient asked, or the practice's retention period passed. */
export type ErasureReason = 'patient-request' | 'retention';

/** Staff follow-up beside the submission, never in it: the stored body and its hash stay what the device sent. */
export interface CaseFollowUpTable {
  submission_id: string;
  status: CaseStatus;
  /** The latest note (as the older staff form wrote it); every note is in `case_events`. */
  note: string;
  updated_at: string;
  /** The colleague following it up (an email); migration 013. */
  assignee: string | null;
  outcome: CaseOutcome | null;
  /** Migration 014: a formal complaint's facts (`formal_on` NULL: not one), first contact, and the next deadline. */
  formal_on: string | null;
  complaint_stage: Generated<number>;
  stage_started_on: string | null;
  acknowledged_at: string | null;
  responded_at: string | null;
  agreed_response_by: string | null;
  first_contacted_at: string | null;
  /** ISO: the case's next deadline while a clock runs (for sorting and "due now"); `NO_DUE` (migration 014): none. */
  due_at: Generated<string>;
  /** 1 when the patient gave a way to reach them and agreed to be contacted (as it arrived); migration 014. */
  contactable: Generated<number>;
}

/** Everything done to a case, in order (migration 013): the case file's history. */
export interface CaseEventsTable {
  id: Generated<number>;
  submission_id: string;
  at: string;
  actor: string;
  what: CaseEvent['what'];
  /** The new status, assignee (`''`: nobody) or outcome; a note's text; see CaseEvent. */
  value: string;
}

/** A practice of the group (collector/practices/): its endpoint is `/api/feedback/p/<id>`. */
export interface PracticesTable {
  id: string;
  name: string;
  /** IANA time zone (`Europe/London`): the practice's days, for filters, results and clocks. */
  time_zone: string;
  /** The follow-up promise patients are given ("We will call you within one working day"), if any. */
  promise: string | null;
  /** JSON array of website origins allowed to post to this practice's endpoint from the browser. */
  origins: string;
  created_at: string;
  updated_at: string;
  /** Migration 014: working days to first contact (NULL: no promise clock); the complaint rule, JSON (NULL: England); public holidays, JSON. */
  promise_days: number | null;
  complaint_rule: string | null;
  holidays: Generated<string>;
  /** Migration 015: the practice's NHS organisation (ODS) code. */
  ods_code: string | null;
  /** Migration 018: opening hours, JSON (`{ "mon": [["08:00", "18:00"]] }`); NULL: Monday to Friday 08:00–18:00. */
  opening_hours: string | null;
}

/** A waiting-room tablet set up from the console (migration 018; collector/tablets/). Booleans are 0/1. */
export interface TabletsTable {
  id: string;
  practice_id: string;
  location: string;
  name: string;
  /** SHA-256 of its device token (`pfd_…`): the token itself is never kept. */
  token_hash: string;
  created_at: string;
  created_by: string;
  retired_at: string | null;
  retired_by: string | null;
  last_seen_at: string | null;
  app_version: string | null;
  waiting: number | null;
  undeliverable: number | null;
  storage_persisted: number | null;
  battery_level: number | null;
  battery_charging: number | null;
}

/** A place a practice's submissions come from: the `location` a tablet or page sends. */
export interface LocationsTable {
  practice_id: string;
  id: string;
  name: string;
  created_at: string;
}

/** The practices an account or a token limited to some practices may see (when its `every_practice` is 0). */
export interface StaffAccountPracticesTable {
  account_id: string;
  practice_id: string;
}
export interface ApiTokenPracticesTable {
  token_id: string;
  practice_id: string;
}

/**
 * How many patients' submissions of a practice, in one month of its time zone, gave this answer to this question
 * (migration 010; collector/results/monthly-results.ts). Only ever added to: a submission is never deleted, and
 * erasing its words keeps its choices.
 */
export interface MonthlyResultsTable {
  practice_id: string;
  /** `YYYY-MM`, in the practice's time zone, of `submittedAt` (of arrival when that is missing or not a time). */
  month: string;
  kind: string;
  /** The survey version the submissions named (migration 012): each survey is counted in its own questions. */
  survey_id: string;
  survey_version: string;
  /** A choice question's id (`overall`, `categories`). */
  question: string;
  /** The option chosen; `''` when the question was left unanswered. */
  answer: string;
  count: number;
}

/** Answers to the built-in FFT question per practice, local day, channel and location (migration 015). */
export interface FftDaysTable {
  practice_id: string;
  /** `YYYY-MM-DD` in the practice's time zone, of `submittedAt` (of arrival when that is not a time). */
  day: string;
  /** `kiosk`, `embed`, or `''` when the submission named none. */
  channel: string;
  /** `''`: none named. */
  location: string;
  /** An FFT answer, or `''`: unanswered. */
  answer: string;
  count: number;
}

/** Counts staff entered for a month from another collection method (migration 015). */
export interface FftHandCountsTable {
  practice_id: string;
  month: string;
  method: string;
  answer: string;
  count: number;
  entered_at: string;
  entered_by: string;
}

/** A practice's month marked handed in, its figures then as JSON `CountsByMethod` (migration 015). */
export interface FftHandInsTable {
  practice_id: string;
  month: string;
  handed_in_at: string;
  handed_in_by: string;
  figures: string;
}

/** Background folds' progress (migration 010): the last arrival number (`submissions.seq`) each job took in. */
export interface RollupProgressTable {
  job: string;
  through_seq: number;
}

/** A practice's own survey version (migration 011; collector/surveys/). The built-in surveys are not stored. */
export interface SurveysTable {
  id: string;
  version: string;
  kind: string;
  /** NULL: the survey belongs to every practice of the group. */
  practice_id: string | null;
  /** The definition as checked (src/core/parse.ts), JSON. */
  definition: string;
  added_at: string;
  /** The staff member's email or the token's name, as in the audit trail. */
  added_by: string;
  /** When a submission first named this version; from then on it never changes. */
  used_at: string | null;
}

/** A place webhooks are sent (migration 016; collector/webhooks/). */
export interface WebhookEndpointsTable {
  id: string;
  url: string;
  description: string;
  /** `whsec_<base64>`: the HMAC key itself (a signing key cannot be kept as a hash). */
  secret: string;
  /** During a rotation: the previous secret, which signs too until `previous_secret_until`. */
  previous_secret: string | null;
  previous_secret_until: string | null;
  /** JSON array of practice ids; NULL: every practice. */
  practices: string | null;
  /** JSON array of event types; NULL: every type. */
  event_types: string | null;
  enabled: Generated<number>;
  /** Why it is off (`answered 410 Gone`); NULL while on. */
  disabled_reason: string | null;
  set_by: 'environment' | 'api';
  created_at: string;
  created_by: string;
  updated_at: string;
  /** `fhir`: a FHIR server, `url` its base, `secret` empty (migration 019). */
  kind: Generated<WebhookEndpointKind>;
  /** A FHIR destination's credentials, JSON (collector/webhooks/fhir-credentials.ts); NULL for a webhook. */
  credentials: string | null;
}

/** The durable queue: one event for one endpoint (migration 016). */
export interface WebhookMessagesTable {
  /** `msg_…`: the `webhook-id` of every attempt. */
  id: string;
  endpoint_id: string;
  event_type: WebhookEventType;
  /** `submission:<id>`, `case:<id>`: unique per endpoint, so an event is never queued twice. */
  event_key: string;
  /** The body exactly as signed and sent; for a FHIR destination, the event its resource is made from (ids only). */
  payload: string;
  created_at: string;
  next_attempt_at: string;
  attempts: Generated<number>;
  status: Generated<WebhookMessageStatus>;
  last_status_code: number | null;
  last_error: string | null;
  /** 1 while an admin's "send again" waits for its attempt. */
  send_again: Generated<number>;
}

/** The delivery log: one row per attempt (migration 016). */
export interface WebhookAttemptsTable {
  id: Generated<number>;
  message_id: string;
  at: string;
  status_code: number | null;
  error: string | null;
  duration_ms: number;
  trigger: 'schedule' | 'send-again';
}

/** The accounts room's tables (staff accounts, API tokens, audit trail) are described beside that room. */
export interface Database extends AccountTables, AlertTables {
  submissions: SubmissionsTable;
  case_follow_up: CaseFollowUpTable;
  case_events: CaseEventsTable;
  fft_days: FftDaysTable;
  fft_hand_counts: FftHandCountsTable;
  fft_hand_ins: FftHandInsTable;
  practices: PracticesTable;
  locations: LocationsTable;
  staff_account_practices: StaffAccountPracticesTable;
  api_token_practices: ApiTokenPracticesTable;
  monthly_results: MonthlyResultsTable;
  rollup_progress: RollupProgressTable;
  surveys: SurveysTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_messages: WebhookMessagesTable;
  webhook_attempts: WebhookAttemptsTable;
  tablets: TabletsTable;
}

export type Engine = 'sqlite' | 'postgres';
