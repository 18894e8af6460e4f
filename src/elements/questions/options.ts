import { html, nothing, type TemplateResult } from 'lit';
import type { MultipleChoiceQuestion, SingleChoiceQuestion, YesNoQuestion } from '../../core/definition.js';
import { describedBy, head, idOf, problemOf, type QuestionContext } from './shared.js';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/**
 * Line faces for a rating scale: a mouth per answer (the curve deepens with the feeling), a question mark for
 * "Don't know". Drawn inline (no emoji font needed on a cheap tablet), stroked in the theme colour by CSS, and
 * always aria-hidden: the option's words carry the meaning.
 */
const mouths: Readonly<Record<string, string>> = {
  'very-good': 'M14 27q10 16 20 0',
  good: 'M14 29q10 8 20 0',
  neither: 'M15 32h18',
  poor: 'M14 33q10-8 20 0',
  'very-poor': 'M14 35q10-16 20 0',
};
const face = (value: string): string =>
  mouths[value] ? 'M17 19v2m14-2v2' + mouths[value] : 'M18 18a6 6 0 1 1 8 5.6c-1.3.6-2 1.5-2 3V29m0 6v0';

/**
 * Answers from a list as native inputs, so arrow keys, Space and screen readers behave the way patients know: one
 * answer is a radiogroup of radios, several a group of checkboxes (the answer is the ticked values in option order).
 * Each option is a large labelled tile; with faces, a face sits above the words (in easy read, a picture beside
 * them where the answer has one). One `change` listener on the group.
 */
export function options(
  ctx: QuestionContext,
  choices: readonly Choice[],
  multiple = false,
  faces = false,
): TemplateResult {
  const invalid = !!problemOf(ctx);
  // "Choose any that apply." unless the question's own help already says how to answer (the built-in one does).
  const hint = multiple && !ctx.q.help ? idOf('c', ctx) : '';
  const chosen = (v: string) => (multiple ? Array.isArray(ctx.value) && ctx.value.includes(v) : ctx.value === v);
  const change = (e: Event) => {
    const group = e.currentTarget as HTMLElement;
    ctx.set(
      multiple
        ? [...group.querySelectorAll<HTMLInputElement>(':checked')].map((i) => i.value)
        : (e.target as HTMLInputElement).value,
    );
  };
  return html`${hint ? html`<p id=${hint} class="hint">${ctx.t.chooseAny}</p>` : nothing}<div
      role=${multiple ? 'group' : 'radiogroup'}
      class=${faces ? 'options faces' : 'options'}
      part="question"
      aria-labelledby=${idOf('t', ctx)}
      aria-describedby=${hint ? describedBy(ctx, undefined, hint) : describedBy(ctx)}
      aria-required=${ctx.q.required && !multiple ? 'true' : nothing}
      @change=${change}
    >
      ${choices.map(
        (c, i) =>
          html`<label class=${chosen(c.value) ? 'option on' : 'option'} part="option"
            ><input
              type=${multiple ? 'checkbox' : 'radio'}
              id=${i ? nothing : idOf('f', ctx)}
              name=${ctx.q.id}
              .value=${c.value}
              .checked=${chosen(c.value)}
              aria-invalid=${invalid ? 'true' : nothing}
              aria-describedby=${invalid ? idOf('e', ctx) : nothing}
            />${
              faces
                ? html`<svg class="face" viewBox="0 0 48 48" aria-hidden="true"><circle cx="24" cy="24" r="21" /><path d=${face(c.value)} /></svg>`
                : (ctx.picture?.(c.value) ?? nothing)
            }<span>${c.label}</span></label
          >`,
      )}
    </div>`;
}

export const singleChoice = (ctx: QuestionContext<SingleChoiceQuestion>): TemplateResult =>
  html`${head(ctx)}${options(
    ctx,
    ctx.q.options.map((o) => ({ value: o.value, label: ctx.local(o.label) })),
    false,
    ctx.q.display === 'faces',
  )}`;

export const multipleChoice = (ctx: QuestionContext<MultipleChoiceQuestion>): TemplateResult =>
  html`${head(ctx)}${options(
    ctx,
    ctx.q.options.map((o) => ({ value: o.value, label: ctx.local(o.label) })),
    true,
  )}`;

export const yesNo = (ctx: QuestionContext<YesNoQuestion>): TemplateResult =>
  html`${head(ctx)}${options(ctx, [
    { value: 'yes', label: ctx.t.yes },
    { value: 'no', label: ctx.t.no },
  ])}`;
