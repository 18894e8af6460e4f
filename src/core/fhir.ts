import type { AnswerValue, ContactAnswer, Question, Submission, SurveyDefinition } from './definition.js';
import { localize } from './text.js';

/**
 * FHIR R4 QuestionnaireResponse for a practice's EHR. Plain JSON types, no FHIR library: we only write, and only
 * the elements below (http://hl7.org/fhir/R4/questionnaireresponse.html).
 */
export interface FhirCoding {
  system: string;
  code: string;
  display?: string;
}
export interface FhirAnswer {
  valueCoding?: FhirCoding;
  valueString?: string;
  valueBoolean?: boolean;
}
export interface FhirItem {
  linkId: string;
  text?: string;
  answer?: FhirAnswer[];
  item?: FhirItem[];
}
export interface FhirExtension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueIdentifier?: { system: string; value: string };
}
export interface QuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  id: string;
  language?: string;
  extension?: FhirExtension[];
  identifier: { system: string; value: string };
  questionnaire: string;
  status: 'completed';
  authored: string;
  item: FhirItem[];
}

/** Code system of our answer values (`very-good`, `wait-time`, …) and the prefix of our extensions. */
export const ANSWER_SYSTEM = 'urn:patient-feedback:answers';
export const EXTENSION_BASE = 'urn:patient-feedback:';
const URI = 'urn:ietf:rfc:3986';

/** The Questionnaire of every version of one survey: `urn:patient-feedback:survey:<id>`. */
export const questionnaireUrl = (surveyId: string): string => `urn:patient-feedback:survey:${surveyId}`;

/** The canonical a FHIR server can match to the Questionnaire: `urn:patient-feedback:survey:<id>|<version>`. */
export const questionnaireCanonical = (survey: { id: string; version: string }): string =>
  `${questionnaireUrl(survey.id)}|${survey.version}`;

function coding(code: string, q: Question | undefined, lang: string, fallback: string): FhirAnswer {
  const option = q && 'options' in q ? q.options.find((o) => o.value === code) : undefined;
  const display = option ? localize(option.label, lang, fallback) : undefined;
  return { valueCoding: display ? { system: ANSWER_SYSTEM, code, display } : { system: ANSWER_SYSTEM, code } };
}

/** FHIR strings may not be empty, so an empty part is left out rather than written as "". */
function contactItems(id: string, c: ContactAnswer): FhirItem[] {
  const items: FhirItem[] = [
    { linkId: `${id}.method`, answer: [{ valueCoding: { system: ANSWER_SYSTEM, code: c.method } }] },
    { linkId: `${id}.consent`, answer: [{ valueBoolean: c.consent === true }] },
  ];
  if (c.value) items.splice(1, 0, { linkId: `${id}.value`, answer: [{ valueString: c.value }] });
  if (c.bestTime) items.push({ linkId: `${id}.bestTime`, answer: [{ valueString: c.bestTime }] });
  return items;
}

function item(id: string, value: AnswerValue, q: Question | undefined, lang: string, fallback: string): FhirItem {
  const out: FhirItem = { linkId: id };
  if (q) out.text = localize(q.title, lang, fallback);
  if (Array.isArray(value)) out.answer = value.map((v: string) => coding(v, q, lang, fallback));
  else if (typeof value === 'object') out.item = contactItems(id, value as ContactAnswer);
  // Without the definition we cannot tell a choice from free text, so a string stays a string.
  else if (q?.type === 'single') out.answer = [coding(value, q, lang, fallback)];
  // The Questionnaire asks yes-no as a boolean (fhir-questionnaire.ts).
  else if (q?.type === 'yes-no' && (value === 'yes' || value === 'no'))
    out.answer = [{ valueBoolean: value === 'yes' }];
  else out.answer = [{ valueString: value }];
  return out;
}

/**
 * One submission as a completed QuestionnaireResponse. With the survey's definition, items carry the question text
 * and choices their labels in the patient's language; `reference` and `relatedTo` travel as extensions.
 */
export function toQuestionnaireResponse(submission: Submission, definition?: SurveyDefinition): QuestionnaireResponse {
  const def = definition && definition.id === submission.survey.id ? definition : undefined;
  const fallback = def?.languages[0] ?? submission.lang;
  const byId = new Map(def?.questions.map((q) => [q.id, q]));
  // Definition order first, so the EHR shows the questions as the patient saw them.
  const order = [...(def?.questions.map((q) => q.id) ?? []), ...Object.keys(submission.answers)];
  const ids = [...new Set(order)].filter((id) => submission.answers[id] !== undefined);

  const extension: FhirExtension[] = [{ url: `${EXTENSION_BASE}channel`, valueCode: submission.channel }];
  if (submission.reference) extension.push({ url: `${EXTENSION_BASE}reference`, valueString: submission.reference });
  if (submission.relatedTo) {
    extension.push({
      url: `${EXTENSION_BASE}related-to`,
      valueIdentifier: { system: URI, value: `urn:uuid:${submission.relatedTo}` },
    });
  }
  if (submission.practice) extension.push({ url: `${EXTENSION_BASE}practice`, valueString: submission.practice });
  if (submission.location) extension.push({ url: `${EXTENSION_BASE}location`, valueString: submission.location });

  return {
    resourceType: 'QuestionnaireResponse',
    id: submission.id,
    language: submission.lang,
    extension,
    identifier: { system: URI, value: `urn:uuid:${submission.id}` },
    questionnaire: questionnaireCanonical(submission.survey),
    status: 'completed',
    authored: submission.submittedAt,
    item: ids.map((id) => item(id, submission.answers[id] as AnswerValue, byId.get(id), submission.lang, fallback)),
  };
}
