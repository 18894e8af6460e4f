import { html, type TemplateResult } from 'lit';
import type { StatementQuestion } from '../../core/definition.js';
import { help, title, type QuestionContext } from './shared.js';

/** Words to read, no answer: the recovery form opens with an apology this way. */
export function statement(ctx: QuestionContext<StatementQuestion>): TemplateResult {
  return html`<div class="statement" part="question">${title(ctx)}${help(ctx)}</div>`;
}
