/**
 * The results of a practice's own surveys, in their own words: for each version of each survey the staff member's
 * practices use, how many patients answered it and how often each option of each choice question was chosen
 * ("What was your visit for? A check-up 12, A cleaning 30, …"). Counted by the monthly results, like the Friends and
 * Family Test's figures, so it costs the same at ten million submissions as at a hundred.
 */
import { surveyWords } from '../../src/core/answer-words.js';
import { en } from '../../src/i18n/en.js';
import { uiWordsIn } from '../../src/translations/index.js';
import type { StaffLanguage } from '../../src/core/staff-api.js';
import { localize } from '../../src/core/text.js';
import type { RegisteredSurvey } from '../surveys/survey-registry.js';
import { totals } from './figures.js';
import type { MonthlyResults } from './monthly-results.js';

const es = uiWordsIn('es');

export interface QuestionResult {
  id: string;
  /** A multiple choice: a patient may choose several, so its counts add up to more than the patients. */
  multiple: boolean;
  title: string;
  /** Every option in the survey's order, as `[value, words, count]` (0 where nobody chose it). */
  answers: (readonly [string, string, number])[];
  /** Patients who saw no answer to give, or gave none. */
  unanswered: number;
}

export interface OwnSurveyResult {
  id: string;
  version: string;
  title: string;
  /**
   * Patients' submissions of this version (those that look automated are not results): what a question with one
   * answer adds up to. Undefined for a survey whose every choice question is a multiple choice.
   */
  answered: number | undefined;
  questions: QuestionResult[];
}

/**
 * `surveys`: the registry's versions the person may see; the built-in ones are left out (the inbox shows the Friends
 * and Family Test's own figures). Only versions somebody answered are listed.
 */
export async function ownSurveyResults(
  results: Pick<MonthlyResults, 'results'>,
  surveys: readonly RegisteredSurvey[],
  practices: readonly string[] | undefined,
  window: { from?: string; to?: string; lang?: StaffLanguage } = {},
): Promise<OwnSurveyResult[]> {
  const lang = window.lang ?? 'en';
  const own = surveys.filter((s) => !s.builtIn);
  if (own.length === 0) return [];
  const found: OwnSurveyResult[] = [];
  for (const id of new Set(own.map((s) => s.id))) {
    const counted = await results.results({ practices, survey: { id }, from: window.from, to: window.to });
    for (const survey of own.filter((s) => s.id === id)) {
      const mine = counted.filter((r) => r.surveyVersion === survey.version);
      const words = surveyWords(survey.definition, lang, lang === 'es' ? es : en);
      const questions = survey.definition.questions
        .map((q): QuestionResult | undefined => {
          const options = words.options(q.id);
          if (options.length === 0) return undefined;
          const counts = totals(mine, q.id);
          return {
            id: q.id,
            multiple: q.type === 'multiple',
            title: words.question(q.id),
            answers: options.map(([value, said]) => [value, said, counts[value] ?? 0] as const),
            unanswered: counts[''] ?? 0,
          };
        })
        .filter((q): q is QuestionResult => q !== undefined);
      const single = questions.find((q) => !q.multiple);
      const answered = single && single.answers.reduce((n, [, , c]) => n + c, single.unanswered);
      const anything = questions.some((q) => q.unanswered > 0 || q.answers.some(([, , c]) => c > 0));
      if (!anything) continue;
      const title = localize(survey.title, lang, survey.languages[0] ?? lang);
      found.push({ id: survey.id, version: survey.version, title, answered, questions });
    }
  }
  return found;
}
