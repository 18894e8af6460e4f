import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SingleChoiceQuestion, YesNoQuestion } from '../../core/definition.js';
import { face } from './faces.js';
import { describedBy, fieldError, help, ids, problemsFor, text, title, type QuestionContext } from './shared.js';

interface Choice {
  readonly value: string;
  readonly label: string;
}

/**
 * One answer from a list: a radiogroup of native radio inputs, so arrow keys, Space and screen readers behave the
 * way patients already know. Each option is a large labelled tile; with faces, a face sits above the words.
 */
export function radioGroup(ctx: QuestionContext, choices: readonly Choice[], faces = false): TemplateResult {
  const invalid = problemsFor(ctx).length > 0;
  return html`<div
    role="radiogroup"
    class=${faces ? 'options faces' : 'options'}
    part="question"
    aria-labelledby=${ids.title(ctx.q.id)}
    aria-describedby=${describedBy(ctx)}
    aria-required=${ctx.q.required ? 'true' : 'false'}
  >
    ${choices.map(
      (c, i) => html`<label class="option" part="option">
        <input
          type="radio"
          id=${i === 0 ? ids.field(ctx.q.id) : nothing}
          name=${ctx.q.id}
          .value=${c.value}
          .checked=${live(ctx.value === c.value)}
          aria-invalid=${invalid ? 'true' : nothing}
          aria-describedby=${invalid ? ids.error(ctx.q.id) : nothing}
          @change=${() => ctx.set(c.value)}
        />
        ${faces ? face(c.value) : nothing}
        <span class="label">${c.label}</span>
      </label>`,
    )}
  </div>`;
}

export function singleChoice(ctx: QuestionContext<SingleChoiceQuestion>): TemplateResult {
  const choices = ctx.q.options.map((o) => ({ value: o.value, label: text(ctx, o.label) }));
  return html`${title(ctx)}${help(ctx)}${fieldError(ctx)}${radioGroup(ctx, choices, ctx.q.display === 'faces')}`;
}

export function yesNo(ctx: QuestionContext<YesNoQuestion>): TemplateResult {
  const choices = [
    { value: 'yes', label: ctx.t.yes },
    { value: 'no', label: ctx.t.no },
  ];
  return html`${title(ctx)}${help(ctx)}${fieldError(ctx)}${radioGroup(ctx, choices)}`;
}
