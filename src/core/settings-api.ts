/**
 * The deployment's settings that admins who see every practice change in the console's Settings screen: how long
 * patients' words and the audit trail are kept (collector/patient-data/retention.ts applies them). Types and bounds
 * only, shared by the collector, its tests and the console (docs/collector.md).
 *
 *   GET  /api/staff/settings   RetentionSettings
 *   POST /api/staff/settings   RetentionSettings → RetentionSettings · 400 { error, path } naming the field
 */

/** Days after arrival before a submission's words and contact details are erased. */
export const SUBMISSION_DAYS = { min: 30, max: 36_500 } as const;
/** Days the audit trail is kept: at least a year; six years (2192 days) unless changed. */
export const AUDIT_DAYS = { min: 365, max: 36_500 } as const;

export interface RetentionSettings {
  /** Days after arrival before a submission's words are erased; null: kept until erased on request. */
  submissionDays: number | null;
  auditDays: number;
}
