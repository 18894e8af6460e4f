/**
 * What an answer says: the one place that turns answer `X` to question `Y` of a survey version into the words of
 * that survey (`very-good` → "Very good", `wait-time` → "Wait time", `yes` → "Yes"), in a chosen language when the
 * definition has it. Staff read these in the inbox, the spreadsheets and the results; the collector finds the
 * definition (its survey registry), the words of yes, no and the ways to be contacted come from the UI strings.
 *
 * Never a guess: a question or value the definition does not have (a survey nobody told us about, an option since
 * removed) is shown as it came.
 */
import type { ContactMethod, Question, SurveyDefinition } from './definition.js';
import { localize } from './text.js';

/** The few words no survey holds: yes/no answers and the ways to be contacted. */
export interface AnswerStrings {
  readonly yes: string;
  readonly no: string;
  readonly phone: string;
  readonly text: string;
  readonly email: string;
  readonly none: string;
}

export interface SurveyWords {
  /** The language the words are in, as far as the definition has it. */
  readonly lang: string;
  /** The question's title ("How were you greeted when you arrived?"); its id when the survey does not have it. */
  question(questionId: string): string;
  /** One answer as words: an option's label, yes/no, each of a multiple choice joined by `separator`. */
  answer(questionId: string, value: unknown, separator?: string): string;
  /** A way to be contacted ("E-mail"). */
  method(method: string): string;
  /** A choice question's options in the survey's order, as `[value, words]` (results list them all, even at 0). */
  options(questionId: string): readonly (readonly [string, string])[];
}

const cache = new WeakMap<SurveyDefinition, Map<string, SurveyWords>>();

export function surveyWords(
  definition: SurveyDefinition | undefined,
  lang: string,
  strings: AnswerStrings,
): SurveyWords {
  const byLang = definition && (cache.get(definition) ?? new Map<string, SurveyWords>());
  if (definition && byLang && !cache.has(definition)) cache.set(definition, byLang);
  const known = byLang?.get(lang);
  if (known) return known;
  const fallback = definition?.languages[0] ?? lang;
  const questions = new Map<string, Question>(definition?.questions.map((q) => [q.id, q]) ?? []);
  const optionsOf = (q: Question | undefined): readonly (readonly [string, string])[] => {
    if (q?.type === 'single' || q?.type === 'multiple') {
      return q.options.map((o) => [o.value, localize(o.label, lang, fallback)] as const);
    }
    if (q?.type === 'yes-no') return [['yes', strings.yes] as const, ['no', strings.no] as const];
    return [];
  };
  const methodWords: Record<ContactMethod, string> = {
    phone: strings.phone,
    text: strings.text,
    email: strings.email,
    none: strings.none,
  };
  const method = (m: string) => methodWords[m as ContactMethod] ?? m;
  const lookups = new Map<string, ReadonlyMap<string, string>>();
  const words: SurveyWords = {
    lang,
    question: (id) => {
      const q = questions.get(id);
      return q ? localize(q.title, lang, fallback) : id;
    },
    options: (id) => optionsOf(questions.get(id)),
    method,
    answer(id, value, separator = ', ') {
      // Built once per question: an export asks this for every answer of every row.
      let options = lookups.get(id);
      if (!options) lookups.set(id, (options = new Map(optionsOf(questions.get(id)))));
      const one = (v: unknown) => options.get(String(v)) ?? String(v);
      if (Array.isArray(value)) return value.map(one).join(separator);
      if (value !== null && typeof value === 'object') {
        const c = value as { method?: unknown; value?: unknown };
        const how = typeof c.method === 'string' ? method(c.method) : '';
        return typeof c.value === 'string' && c.value ? `${how}: ${c.value}` : how;
      }
      return value === undefined ? '' : one(value);
    },
  };
  byLang?.set(lang, words);
  return words;
}
