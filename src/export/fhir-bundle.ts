import type { Submission, SurveyDefinition } from '../core/definition.js';
import { toQuestionnaireResponse, type FhirExtension, type QuestionnaireResponse } from '../core/fhir.js';
import { firstImpression, whatWentWrong } from '../surveys/index.js';
import { arrayWriter } from './json.js';
import type { ExportWriter } from './writer.js';

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: QuestionnaireResponse }[];
}

const BUILT_IN = [firstImpression, whatWentWrong];

type Entry = FhirBundle['entry'][number];

/** The definition a submission names (its version, else the latest known of that survey), for question texts. */
function entryMaker(definitions: readonly SurveyDefinition[]): (s: Submission) => Entry {
  const find = (s: Submission) =>
    definitions.find((d) => d.id === s.survey.id && d.version === s.survey.version) ??
    definitions.find((d) => d.id === s.survey.id);
  return (s) => ({ fullUrl: `urn:uuid:${s.id}`, resource: toQuestionnaireResponse(s, find(s)) });
}

/**
 * Submissions as one FHIR R4 Bundle (type `collection`) of QuestionnaireResponses for an EHR import. Definitions
 * (the built-ins by default) give each item its question text and each choice its label.
 */
export function toFhirBundle(
  submissions: readonly Submission[],
  definitions: readonly SurveyDefinition[] = BUILT_IN,
  now: Date = new Date(),
): FhirBundle {
  const entry = entryMaker(definitions);
  return { resourceType: 'Bundle', type: 'collection', timestamp: now.toISOString(), entry: submissions.map(entry) };
}

/**
 * The same Bundle written entry by entry, as `JSON.stringify(bundle, null, 2)` would write it: for streaming.
 * `extensions` adds to a response's own (e.g. the collector's "looks automated" flag).
 */
export function fhirBundleWriter(
  definitions: readonly SurveyDefinition[] = BUILT_IN,
  now: Date = new Date(),
  extensions: (s: Submission) => FhirExtension[] = () => [],
): ExportWriter {
  const make = entryMaker(definitions);
  const entry = (s: Submission): Entry => {
    const made = make(s);
    const more = extensions(s);
    if (more.length) made.resource.extension = [...(made.resource.extension ?? []), ...more];
    return made;
  };
  const entries = arrayWriter(1);
  const head = JSON.stringify(toFhirBundle([], definitions, now), null, 2);
  // `head` ends with `"entry": []\n}`: keep everything up to the opening bracket.
  const open = head.slice(0, head.lastIndexOf('[') + 1);
  return {
    start: () => open,
    item: (s) => entries.item(entry(s)),
    end: () => `${entries.end()}\n}`,
  };
}
