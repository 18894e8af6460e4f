import type { Submission, SurveyDefinition } from '../core/definition.js';
import { toQuestionnaireResponse, type QuestionnaireResponse } from '../core/fhir.js';
import { firstImpression, whatWentWrong } from '../surveys/index.js';

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: QuestionnaireResponse }[];
}

/**
 * Submissions as one FHIR R4 Bundle (type `collection`) of QuestionnaireResponses for an EHR import. Definitions
 * (the built-ins by default) give each item its question text and each choice its label.
 */
export function toFhirBundle(
  submissions: readonly Submission[],
  definitions: readonly SurveyDefinition[] = [firstImpression, whatWentWrong],
  now: Date = new Date(),
): FhirBundle {
  const find = (s: Submission) =>
    definitions.find((d) => d.id === s.survey.id && d.version === s.survey.version) ?? definitions.find((d) => d.id === s.survey.id);
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: now.toISOString(),
    entry: submissions.map((s) => ({ fullUrl: `urn:uuid:${s.id}`, resource: toQuestionnaireResponse(s, find(s)) })),
  };
}
