/**
 * A stored submission as the resource a FHIR destination receives: the export's own QuestionnaireResponse
 * (`questionnaireResponseFor`, src/export/fhir-bundle.ts — one mapping for both), with the "looks automated" mark
 * the export adds, and without `id`: a create names no id (FHIR R4 http.html#create; some servers refuse one). The
 * conditional create's `If-None-Exist` searches for the identifier the resource carries — `urn:ietf:rfc:3986` |
 * `urn:uuid:<submission id>` — so a retry, or "send again", finds the resource it made and makes no second one.
 * Pure: built afresh for every attempt from what is stored now (so an erasure since the submission is honoured).
 */
import type { Submission, SurveyDefinition } from '../../src/core/definition.js';
import { questionnaireResponseFor } from '../../src/export/fhir-bundle.js';
import { automationExtension } from '../automation-words.js';

export interface ForwardedResource {
  /** The QuestionnaireResponse as JSON, without `id`. */
  body: string;
  /** `identifier=<system>|<value>`: the search a conditional create runs first. */
  ifNoneExist: string;
}

export function forwardedResource(
  stored: { body: Record<string, unknown>; automation?: string | undefined },
  definitions: readonly SurveyDefinition[],
): ForwardedResource {
  const submission = stored.body as unknown as Submission;
  const extensions = stored.automation ? [automationExtension(stored.automation)] : [];
  const { id: _id, ...resource } = questionnaireResponseFor(submission, definitions, extensions);
  const { system, value } = resource.identifier;
  return { body: JSON.stringify(resource), ifNoneExist: `identifier=${system}|${value}` };
}
