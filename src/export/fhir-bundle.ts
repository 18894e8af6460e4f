import type { Submission, SurveyDefinition } from '../core/definition.js';
import { contactWordsOf } from '../translations/index.js';
import { toQuestionnaireResponse, type FhirExtension, type QuestionnaireResponse } from '../core/fhir.js';
import { toQuestionnaire, type Questionnaire } from '../core/fhir-questionnaire.js';
import { firstImpression, whatWentWrong } from '../surveys/index.js';
import { arrayWriter } from './json.js';
import type { ExportWriter } from './writer.js';

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  entry: { fullUrl: string; resource: QuestionnaireResponse | Questionnaire }[];
}

const BUILT_IN = [firstImpression, whatWentWrong];

type Entry = FhirBundle['entry'][number];
type ResponseEntry = Entry & { resource: QuestionnaireResponse };

/** The definition a submission names (its version), else one of that survey for its words; undefined with none. */
function definitionOf(s: Submission, definitions: readonly SurveyDefinition[]) {
  const exact = definitions.find((d) => d.id === s.survey.id && d.version === s.survey.version);
  return { exact, words: exact ?? definitions.find((d) => d.id === s.survey.id) };
}

/**
 * One submission's QuestionnaireResponse as the export writes it, with the words of the definition it names (its
 * version, else another of that survey) and `extensions` added to its own: the one mapping the export and the
 * collector's forwarding to a FHIR server share.
 */
export function questionnaireResponseFor(
  s: Submission,
  definitions: readonly SurveyDefinition[] = BUILT_IN,
  extensions: readonly FhirExtension[] = [],
): QuestionnaireResponse {
  const resource = toQuestionnaireResponse(s, definitionOf(s, definitions).words);
  if (extensions.length) resource.extension = [...(resource.extension ?? []), ...extensions];
  return resource;
}

/**
 * A response entry per submission; and, once the responses are written, the Questionnaire of each survey version
 * they named and whose definition is here, in the order first named.
 */
/** The contact question's words in every language shipped (the built-in surveys list them all). */
const CONTACT_WORDS_EVERY_LANGUAGE = contactWordsOf();

function entryMaker(definitions: readonly SurveyDefinition[]) {
  const used = new Set<SurveyDefinition>();
  return {
    response: (s: Submission, extensions: readonly FhirExtension[] = []): ResponseEntry => {
      const { exact } = definitionOf(s, definitions);
      if (exact) used.add(exact);
      return { fullUrl: `urn:uuid:${s.id}`, resource: questionnaireResponseFor(s, definitions, extensions) };
    },
    questionnaires: (): Entry[] =>
      [...used].map((d) => {
        const resource = toQuestionnaire(d, CONTACT_WORDS_EVERY_LANGUAGE);
        return { fullUrl: `urn:uuid:${resource.id}`, resource };
      }),
  };
}

/**
 * Submissions as one FHIR R4 Bundle (type `collection`) of QuestionnaireResponses for an EHR import, then the
 * Questionnaires they answer. Definitions (the built-ins by default) give each item its question text and each choice
 * its label, and are the Questionnaires.
 */
export function toFhirBundle(
  submissions: readonly Submission[],
  definitions: readonly SurveyDefinition[] = BUILT_IN,
  now: Date = new Date(),
): FhirBundle {
  const make = entryMaker(definitions);
  const entry = [...submissions.map((s) => make.response(s)), ...make.questionnaires()];
  return { resourceType: 'Bundle', type: 'collection', timestamp: now.toISOString(), entry };
}

/**
 * The same Bundle written entry by entry, as `JSON.stringify(bundle, null, 2)` would write it: for streaming. The
 * Questionnaires come last because which survey versions are used is known only once every response is written.
 * `extensions` adds to a response's own (e.g. the collector's "looks automated" flag).
 */
export function fhirBundleWriter(
  definitions: readonly SurveyDefinition[] = BUILT_IN,
  now: Date = new Date(),
  extensions: (s: Submission) => FhirExtension[] = () => [],
): ExportWriter {
  const make = entryMaker(definitions);
  const entry = (s: Submission): Entry => make.response(s, extensions(s));
  const entries = arrayWriter(1);
  const head = JSON.stringify(toFhirBundle([], definitions, now), null, 2);
  // `head` ends with `"entry": []\n}`: keep everything up to the opening bracket.
  const open = head.slice(0, head.lastIndexOf('[') + 1);
  return {
    start: () => open,
    item: (s) => entries.item(entry(s)),
    end: () => {
      const questionnaires = make.questionnaires().map((q) => entries.item(q));
      return `${questionnaires.join('')}${entries.end()}\n}`;
    },
  };
}
