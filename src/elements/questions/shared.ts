import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerValue, LocalText, Question } from '../../core/definition.js';
import type { AnswerProblem } from '../../core/validate.js';
import { fill, type UiStrings } from '../../i18n/index.js';

/** Everything a question template needs; templates read it and call `set`, they keep no state of their own. */
export interface QuestionContext<Q extends Question = Question> {
  readonly q: Q;
  readonly value: AnswerValue | undefined;
  readonly lang: string;
  readonly t: UiStrings;
  /** The survey's own text in the patient's language. */
  readonly local: (text: LocalText) => string;
  /** This question's problems from the last Next/Submit. */
  readonly problems: readonly AnswerProblem[];
  readonly kiosk: boolean;
  /** Easy read: the picture for an answer value, when its part is here and the answer has one. */
  readonly picture?: ((value: string) => unknown) | undefined;
  /** Its title is the screen's heading (h2, focused on arrival): alone on its screen, or first on a later one. */
  readonly leads: boolean;
  readonly set: (value: AnswerValue | undefined) => void;
}

type Field = AnswerProblem['field'];

/**
 * Ids inside the element's shadow root (so question ids — letters, digits, -, _ — are safe): `t-` title, `h-` help,
 * `e-` error, `c-` counter or hint, `f-` the control focused when the question (or one field of it) needs a look.
 */
export const idOf = (kind: string, ctx: QuestionContext, field?: string): string =>
  `${kind}-${ctx.q.id}${field ? '-' + field : ''}`;

/** The problem for one field, or for the question as a whole when `field` is omitted. */
export const problemOf = (ctx: QuestionContext, field?: Field): AnswerProblem | undefined =>
  ctx.problems.find((p) => p.field === field);

/** Plain, blame-free words for a problem, in the patient's language. */
export const problemText = (t: UiStrings, p: AnswerProblem, lang: string): string =>
  fill(t[p.code], p.max?.toLocaleString(lang));

/**
 * Title (the screen heading when it leads the screen, else a sub-heading), help and the error of the question.
 * A statement under a heading (the apology) is a lead paragraph: words spoken to the patient, not another title.
 * `words` lets a text question wrap its title in the field's <label>.
 */
export function head(ctx: QuestionContext, words: unknown = ctx.local(ctx.q.title)): TemplateResult {
  const optional =
    ctx.q.required || ctx.q.type === 'statement' ? '' : html` <span class="hint">${ctx.t.optional}</span>`;
  const id = idOf('t', ctx);
  return html`${
    ctx.leads
      ? html`<h2 id=${id} class="title" part="heading" tabindex="-1" data-screen-heading>${words}${optional}</h2>`
      : ctx.q.type === 'statement'
        ? html`<p id=${id} class="lead">${words}</p>`
        : html`<h3 id=${id} class="title">${words}${optional}</h3>`
  }${ctx.q.help ? html`<p id=${idOf('h', ctx)} class="hint">${ctx.local(ctx.q.help)}</p>` : nothing}${error(ctx)}`;
}

/** The error over a field; its id goes into the field's aria-describedby. */
export function error(ctx: QuestionContext, field?: Field): TemplateResult | typeof nothing {
  const p = problemOf(ctx, field);
  return p
    ? html`<p id=${idOf('e', ctx, field)} class="error" part="error"><span aria-hidden="true">! </span>${problemText(ctx.t, p, ctx.lang)}</p>`
    : nothing;
}

/** aria-describedby for a control: its own hints, the question's help and, when there is one, its error. */
export function describedBy(ctx: QuestionContext, field?: Field, ...extra: string[]): string | typeof nothing {
  if (ctx.q.help) extra.push(idOf('h', ctx));
  if (problemOf(ctx, field)) extra.push(idOf('e', ctx, field));
  return extra.join(' ') || nothing;
}
