import { html, nothing, type TemplateResult } from 'lit';
import type { TextQuestion } from '../../core/definition.js';
import { textLength } from '../../core/text.js';
import { DEFAULT_MAX_LENGTH } from '../../core/validate.js';
import { fill } from '../../i18n/index.js';
import { describedBy, head, idOf, problemOf, type QuestionContext } from './shared.js';

/**
 * The patient's own words. No `maxlength`: it would silently cut a pasted paragraph, so instead the counter
 * (in code points, an emoji is one) turns to a warning and the too-long message explains what to do.
 * On a shared tablet the field neither corrects nor learns what the last patient typed.
 */
export function freeText(ctx: QuestionContext<TextQuestion>): TemplateResult {
  const value = typeof ctx.value === 'string' ? ctx.value : '';
  const max = ctx.q.maxLength ?? DEFAULT_MAX_LENGTH;
  const count = textLength(value);
  const id = idOf('f', ctx);
  const counter = idOf('c', ctx);
  const described = describedBy(ctx, undefined, counter);
  const invalid = problemOf(ctx) ? 'true' : nothing;
  const off = ctx.kiosk ? 'off' : nothing;
  const spell = ctx.kiosk ? 'false' : nothing;
  const input = (e: Event) => ctx.set((e.target as HTMLTextAreaElement).value);
  return html`${head(ctx, html`<label for=${id}>${ctx.local(ctx.q.title)}</label>`)}${
    ctx.q.multiline === false
      ? html`<input type="text" part="field" id=${id} .value=${value} aria-describedby=${described} aria-invalid=${invalid}
          autocomplete="off" autocorrect=${off} autocapitalize=${off} spellcheck=${spell} @input=${input} />`
      : html`<textarea part="field" rows="6" id=${id} .value=${value} aria-describedby=${described} aria-invalid=${invalid}
          autocomplete="off" autocorrect=${off} autocapitalize=${off} spellcheck=${spell} @input=${input}></textarea>`
  }
    <p id=${counter} class=${count > max ? 'hint over' : 'hint'}>${fill(ctx.t.counter, count.toLocaleString(ctx.lang), max.toLocaleString(ctx.lang))}</p>`;
}
