import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { TextQuestion } from '../../core/definition.js';
import { textLength } from '../../core/text.js';
import { DEFAULT_MAX_LENGTH } from '../../core/validate.js';
import { describedBy, fieldError, help, ids, problemsFor, text, title, type QuestionContext } from './shared.js';

/**
 * The patient's own words. No `maxlength`: it would silently cut a pasted paragraph, so instead the counter
 * (in code points, an emoji is one) turns to a warning and the too-long message explains what to do.
 */
export function freeText(ctx: QuestionContext<TextQuestion>): TemplateResult {
  const value = typeof ctx.value === 'string' ? ctx.value : '';
  const max = ctx.q.maxLength ?? DEFAULT_MAX_LENGTH;
  const count = textLength(value);
  const fmt = new Intl.NumberFormat(ctx.lang);
  const counterId = `counter-${ctx.q.id}`;
  const invalid = problemsFor(ctx).length > 0;
  const onInput = (e: Event) => ctx.set((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const label = html`<label for=${ids.field(ctx.q.id)}>${text(ctx, ctx.q.title)}</label>`;
  const common = {
    id: ids.field(ctx.q.id),
    describedBy: describedBy(ctx, undefined, [counterId]),
    invalid: invalid ? 'true' : nothing,
  };
  const field =
    ctx.q.multiline === false
      ? html`<input
          type="text"
          part="field"
          id=${common.id}
          .value=${live(value)}
          aria-describedby=${common.describedBy}
          aria-invalid=${common.invalid}
          autocomplete="off"
          autocorrect=${ctx.kiosk ? 'off' : nothing}
          autocapitalize=${ctx.kiosk ? 'off' : nothing}
          spellcheck=${ctx.kiosk ? 'false' : nothing}
          @input=${onInput}
        />`
      : html`<textarea
          part="field"
          rows="6"
          id=${common.id}
          .value=${live(value)}
          aria-describedby=${common.describedBy}
          aria-invalid=${common.invalid}
          autocomplete="off"
          autocorrect=${ctx.kiosk ? 'off' : nothing}
          autocapitalize=${ctx.kiosk ? 'off' : nothing}
          spellcheck=${ctx.kiosk ? 'false' : nothing}
          @input=${onInput}
        ></textarea>`;
  return html`${title(ctx, label)}${help(ctx)}${fieldError(ctx)}${field}
    <p id=${counterId} class=${count > max ? 'counter over' : 'counter'}>${ctx.t.counter(fmt.format(count), fmt.format(max))}</p>`;
}
