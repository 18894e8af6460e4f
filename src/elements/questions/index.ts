import { html, type TemplateResult } from 'lit';
import type { Question, QuestionType, SurveyDefinition } from '../../core/definition.js';
import { freeText } from './free-text.js';
import { multipleChoice, singleChoice, yesNo } from './options.js';
import { head, type QuestionContext } from './shared.js';

export { idOf, problemText, type QuestionContext } from './shared.js';

type Template<T extends QuestionType> = (ctx: QuestionContext<Extract<Question, { type: T }>>) => TemplateResult;

/** A template that is fetched the first time a survey needs it (the contact question: recovery form only). */
interface Later<T extends QuestionType> {
  later: () => Promise<Template<T>>;
}

type Templates = { [T in QuestionType]: Template<T> | Later<T> };

/** Question type → template. A new type in the core is a compile error here until it has a template. */
const templates: Templates = {
  single: singleChoice,
  multiple: multipleChoice,
  'yes-no': yesNo,
  text: freeText,
  // Words to read, no answer: the recovery form opens with an apology this way.
  statement: (ctx) => html`<div part="question">${head(ctx)}</div>`,
  contact: { later: () => import('./contact.js').then((m) => m.contact) },
};

const waiting = (def: SurveyDefinition): QuestionType[] =>
  [...new Set(def.questions.map((q) => q.type))].filter((type) => typeof templates[type] !== 'function');

/** Whether every question of this survey can be drawn now. */
export const templatesReady = (def: SurveyDefinition): boolean => !waiting(def).length;

/** Fetches the templates this survey still lacks; rejects when one cannot be fetched. */
export async function loadTemplates(def: SurveyDefinition): Promise<void> {
  for (const type of waiting(def)) {
    const entry = templates[type] as Later<QuestionType>;
    (templates as Record<QuestionType, unknown>)[type] = await entry.later();
  }
}

export const renderQuestion = (ctx: QuestionContext): TemplateResult =>
  (templates[ctx.q.type] as (c: QuestionContext) => TemplateResult)(ctx);
