import { html, type TemplateResult } from 'lit';
import type { Question, QuestionType } from '../../core/definition.js';
import { contact } from './contact.js';
import { freeText } from './free-text.js';
import { multipleChoice, singleChoice, yesNo } from './options.js';
import { head, type QuestionContext } from './shared.js';

export { idOf, problemText, type QuestionContext } from './shared.js';

type Templates = { [T in QuestionType]: (ctx: QuestionContext<Extract<Question, { type: T }>>) => TemplateResult };

/** Question type → template. A new type in the core is a compile error here until it has a template. */
const templates: Templates = {
  single: singleChoice,
  multiple: multipleChoice,
  'yes-no': yesNo,
  text: freeText,
  // Words to read, no answer: the recovery form opens with an apology this way.
  statement: (ctx) => html`<div part="question">${head(ctx)}</div>`,
  contact,
};

export const renderQuestion = (ctx: QuestionContext): TemplateResult =>
  (templates[ctx.q.type] as (c: QuestionContext) => TemplateResult)(ctx);
