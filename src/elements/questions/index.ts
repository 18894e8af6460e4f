import type { TemplateResult } from 'lit';
import type { Question, QuestionType } from '../../core/definition.js';
import { singleChoice, yesNo } from './choice.js';
import { contact } from './contact.js';
import { freeText } from './free-text.js';
import { multipleChoice } from './multiple.js';
import type { QuestionContext } from './shared.js';
import { statement } from './statement.js';

export { ids, problemMessage, type QuestionContext } from './shared.js';

type Templates = { [T in QuestionType]: (ctx: QuestionContext<Extract<Question, { type: T }>>) => TemplateResult };

/** Question type → template. A new type in the core is a compile error here until it has a template. */
const templates: Templates = {
  single: singleChoice,
  multiple: multipleChoice,
  'yes-no': yesNo,
  text: freeText,
  statement,
  contact,
};

export function renderQuestion(ctx: QuestionContext): TemplateResult {
  const template = templates[ctx.q.type] as (c: QuestionContext) => TemplateResult;
  return template(ctx);
}
