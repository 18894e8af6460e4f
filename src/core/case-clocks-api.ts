/**
 * The cases' clocks in the staff JSON API's contract (src/core/staff-api.ts re-exports them): a case's clocks and next
 * deadline, a formal complaint's facts, and a practice's clock settings (issue 13, stage 2).
 */
/**
 * The clocks a case runs on (issue 13, stage 2), in working days in the practice's time zone with its public
 * holidays left out: the practice's own promise on every case the patient may be contacted about (met by the first
 * contact), and on a formal complaint the chosen rule's acknowledgement and response for the stage it is at.
 */
export const CLOCK_KINDS = ['promise', 'acknowledge', 'respond'] as const;
export type ClockKind = (typeof CLOCK_KINDS)[number];

/**
 * Where a clock stands: `done` in time; `late` done after its deadline; `overdue`; `today` (due by the end of today);
 * `running` (due later); `no-limit` (the rule sets none: agree a date with the patient); `unreachable` (an
 * acknowledgement with no way to reach the patient); `stopped` (the case was resolved before it was done).
 */
export type ClockState = 'done' | 'late' | 'overdue' | 'today' | 'running' | 'no-limit' | 'unreachable' | 'stopped';

export interface CaseClock {
  kind: ClockKind;
  /** The complaint stage's name, for `acknowledge` and `respond` ("Stage 2: investigation"). */
  stage?: string;
  /** The working days the rule or promise gives; absent with no fixed limit. */
  days?: number;
  /** ISO 8601: the end of the last working day allowed, in the practice's zone; absent with no limit. */
  dueAt?: string;
  /** ISO 8601: when it was met (first contact, acknowledgement, response). */
  doneAt?: string;
  state: ClockState;
}

/** A case's next deadline while one runs. */
export interface Due {
  kind: ClockKind;
  at: string;
  state: 'overdue' | 'today' | 'later';
}

/** A case marked a formal complaint: the rule it runs on and how far it has gone. */
export interface FormalComplaint {
  /** The day the complaint counts from, `YYYY-MM-DD` in the practice's zone. */
  receivedOn: string;
  rule: { id: string; name: string; note: string; source: string };
  /** The stage it is at (0 first) and its name. */
  stage: number;
  stageName: string;
  /** The day the current stage's clocks count from. */
  stageStartedOn: string;
  /** The next stage's name, when the rule has one to escalate to. */
  nextStage?: string;
  acknowledgedAt?: string;
  respondedAt?: string;
  /** The day a response was agreed with the patient, where the rule sets no limit of its own. */
  agreedResponseBy?: string;
  /** Where the rule sets no limit: the day after which a late response must be explained (England: 6 months). */
  explainAfter?: string;
}

/** One stage of a complaint rule: working days to acknowledge and to respond (null: none, or no fixed limit). */
export interface ComplaintStage {
  name: string;
  acknowledgeDays: number | null;
  respondDays: number | null;
}

export const COMPLAINT_RULE_IDS = ['england', 'wales', 'scotland', 'northern-ireland', 'custom'] as const;
export type ComplaintRuleId = (typeof COMPLAINT_RULE_IDS)[number];

/** A practice's clocks (GET /api/staff/practices/<id>/clocks). */
export interface ClockSettings {
  practiceId: string;
  timeZone: string;
  /** Working days within which a patient who asked to be contacted is contacted; null: no promise clock. */
  promiseDays: number | null;
  /** The promise in the words patients read. */
  promise: string | null;
  rule: { id: ComplaintRuleId; name: string; note: string; source: string; stages: ComplaintStage[] };
  /** Whether the stages differ from the preset's. */
  edited: boolean;
  /** Public holidays the practice is closed, `YYYY-MM-DD`, sorted. */
  holidays: string[];
  /** Every preset, to choose from. */
  presets: { id: ComplaintRuleId; name: string; note: string; source: string; stages: ComplaintStage[] }[];
}

/** A change to a practice's clocks; each field optional. `stages` replaces the rule's (same count as the preset). */
export interface ClockSettingsChange {
  promiseDays?: number | null;
  ruleId?: ComplaintRuleId;
  stages?: ComplaintStage[];
  holidays?: string[];
}
