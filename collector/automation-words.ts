/**
 * A submission that looks sent by a program (src/core/automation.ts) is kept and flagged: these are the words staff
 * read for it, and the marks exports carry (`looksAutomated` in JSON and in the spreadsheet's last column, an
 * extension on the FHIR QuestionnaireResponse).
 */
import { EXTENSION_BASE, type FhirExtension } from '../src/core/fhir.js';

const REASONS: Record<string, string> = {
  'hidden-field': 'a field people never see was filled in',
  'too-fast': 'sent faster than a person can answer',
};

/** "Looks automated: sent faster than a person can answer". */
export function automationWords(sign: string): string {
  return `Looks automated: ${REASONS[sign] ?? sign}`;
}

/** The field and column name in exports. */
export const AUTOMATION_FIELD = 'looksAutomated';

export function automationExtension(sign: string): FhirExtension {
  return { url: `${EXTENSION_BASE}looks-automated`, valueCode: sign };
}
