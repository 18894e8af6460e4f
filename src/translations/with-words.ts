/**
 * A built-in survey with one language's words written in beside the English: the same questions, ids and answer
 * values (results stay comparable), only the words added. A word the file lacks stays out, so that text falls back
 * to English on its own, never to a blank.
 */
import type { ChoiceOption, LocalText, Question, SurveyDefinition } from '../core/definition.js';
import type { QuestionWords, SurveyWords } from './translation.js';

function add(text: LocalText, lang: string, fallback: string, word: string | undefined): LocalText {
  if (!word) return text;
  return { ...(typeof text === 'string' ? { [fallback]: text } : text), [lang]: word };
}

/** A question's own words (`easyTitle`, `easyHelp`: easy read's short sentences, when the survey has them). */
const TEXTS = ['title', 'help', 'easyTitle', 'easyHelp'] as const;
/** Easy read in a language without its own short sentences: that language's full ones, not English short ones. */
const INSTEAD: Partial<Record<TextKey, TextKey>> = { easyTitle: 'title', easyHelp: 'help' };
type TextKey = (typeof TEXTS)[number];

function question(
  q: Question,
  lang: string,
  fallback: string,
  words: QuestionWords = {},
  shared: Readonly<Record<string, string>> = {},
): Question {
  const out: Record<string, unknown> = { ...q };
  for (const key of TEXTS) {
    const text = (q as Partial<Record<TextKey, LocalText>>)[key];
    const instead = INSTEAD[key];
    if (text) out[key] = add(text, lang, fallback, words[key] ?? (instead && words[instead]));
  }
  if ('options' in q)
    out.options = q.options.map((o): ChoiceOption => ({
      ...o,
      label: add(o.label, lang, fallback, words.options?.[o.value] ?? shared[o.value]),
    }));
  return out as unknown as Question;
}

export function withWords(def: SurveyDefinition, lang: string, words: SurveyWords | undefined): SurveyDefinition {
  if (!words) return def;
  const fallback = def.languages[0] ?? 'en';
  return {
    ...def,
    title: add(def.title, lang, fallback, words.title),
    questions: def.questions.map((q) => question(q, lang, fallback, words.questions?.[q.id], words.options)),
  };
}
