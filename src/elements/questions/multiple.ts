import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { MultipleChoiceQuestion } from '../../core/definition.js';
import { describedBy, fieldError, help, ids, problemsFor, text, title, type QuestionContext } from './shared.js';

/** Any number of answers: native checkboxes in a labelled group. The answer is the ticked values in option order. */
export function multipleChoice(ctx: QuestionContext<MultipleChoiceQuestion>): TemplateResult {
  const selected = Array.isArray(ctx.value) ? (ctx.value as readonly string[]) : [];
  const invalid = problemsFor(ctx).length > 0;
  const hintId = `hint-${ctx.q.id}`;
  const toggle = (value: string, on: boolean) => {
    const next = ctx.q.options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v)));
    ctx.set(next);
  };
  return html`${title(ctx)}${help(ctx)}
    <p id=${hintId} class="help">${ctx.t.chooseAny}</p>
    ${fieldError(ctx)}
    <div role="group" class="options" part="question" aria-labelledby=${ids.title(ctx.q.id)} aria-describedby=${describedBy(ctx, undefined, [hintId])}>
      ${ctx.q.options.map(
        (o, i) => html`<label class="option" part="option">
          <input
            type="checkbox"
            id=${i === 0 ? ids.field(ctx.q.id) : nothing}
            .value=${o.value}
            .checked=${live(selected.includes(o.value))}
            aria-invalid=${invalid ? 'true' : nothing}
            aria-describedby=${invalid ? ids.error(ctx.q.id) : nothing}
            @change=${(e: Event) => toggle(o.value, (e.target as HTMLInputElement).checked)}
          />
          <span class="label">${text(ctx, o.label)}</span>
        </label>`,
      )}
    </div>`;
}
