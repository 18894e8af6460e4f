/**
 * Staff read words, not ids: "Wait time", not `wait-time`; "How were you greeted when you arrived?", not
 * `greeting`. The words come from the built-in survey definitions (English). A practice's own survey is not known
 * to the collector, so its ids and values are shown as they came — still readable, never guessed.
 */
import type { SurveyDefinition } from '../src/core/definition.js';
import { localize } from '../src/core/text.js';
import { firstImpression, whatWentWrong } from '../src/surveys/index.js';

type Lookup = Map<string, { title: string; options: Map<string, string> }>;

function lookup(definition: SurveyDefinition): Lookup {
  const map: Lookup = new Map();
  for (const q of definition.questions) {
    const options = new Map<string, string>();
    if (q.type === 'single' || q.type === 'multiple') {
      for (const o of q.options) options.set(o.value, localize(o.label, 'en', 'en'));
    }
    if (q.type === 'yes-no') {
      options.set('yes', 'Yes');
      options.set('no', 'No');
    }
    map.set(q.id, { title: localize(q.title, 'en', 'en'), options });
  }
  return map;
}

const builtIn: Record<string, { id: string; words: Lookup }> = {
  'first-impression': { id: firstImpression.id, words: lookup(firstImpression) },
  'what-went-wrong': { id: whatWentWrong.id, words: lookup(whatWentWrong) },
};

/** The headline question's answers in the order the survey offers them, as [value, words]: the inbox's counts. */
export const OVERALL_ANSWERS: readonly (readonly [string, string])[] = [
  ...(builtIn['first-impression']?.words.get('overall')?.options ?? []),
];

/** The words for a question of a submission's survey; `surveyId` must be the built-in one to be translated. */
function wordsFor(kind: string, surveyId: unknown, question: string) {
  const known = builtIn[kind];
  return known && (surveyId === undefined || surveyId === known.id) ? known.words.get(question) : undefined;
}

export function questionTitle(kind: string, surveyId: unknown, question: string): string {
  return wordsFor(kind, surveyId, question)?.title ?? question;
}

/** One answer as staff read it: option values become their labels; lists are joined with commas. */
export function answerWords(kind: string, surveyId: unknown, question: string, value: unknown): string {
  const options = wordsFor(kind, surveyId, question)?.options;
  const one = (v: unknown): string => options?.get(String(v)) ?? String(v);
  if (Array.isArray(value)) return value.map(one).join(', ');
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return one(value);
}
