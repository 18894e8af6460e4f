/**
 * The survey registry in the staff JSON API's contract (collector/http/routes/surveys.ts answers it; the console's
 * Surveys screen reads it): one definition for both.
 *
 *   GET  /api/staff/surveys                  { surveys: SurveyVersion[] }   (the versions the caller's practices use)
 *   GET  /api/staff/surveys/<id>/<version>   SurveyWithDefinition
 *   POST /api/staff/surveys[?practice=<id>]  (admins) the definition → SurveyPublished; 400 { error, path }, 409
 */
import type { LocalText, SurveyKind } from './definition.js';

export interface SurveyVersion {
  id: string;
  version: string;
  kind: SurveyKind;
  title: LocalText;
  languages: readonly string[];
  /** The practice it belongs to; null: every practice (and every built-in survey). */
  practiceId: string | null;
  builtIn: boolean;
  /** Its published definition, a path on the collector (`/surveys/<id>/<version>.json`). */
  url: string;
  addedAt: string | null;
  addedBy: string | null;
  /** When a patient first answered it: from then on the version never changes. Null for the built-in surveys. */
  usedAt: string | null;
}

export interface SurveyWithDefinition extends SurveyVersion {
  definition: unknown;
}

export type AddOutcome = 'added' | 'replaced' | 'unchanged';

export interface SurveyPublished {
  outcome: AddOutcome;
  survey: SurveyVersion;
}
