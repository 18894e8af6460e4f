import { html, nothing, type TemplateResult } from 'lit';
import type { AnswerValue, LocalText, Question } from '../../core/definition.js';
import { localize } from '../../core/text.js';
import type { AnswerProblem } from '../../core/validate.js';
import type { UiStrings } from '../../i18n/index.js';

/** Everything a question template needs; templates read it and call `set`, they keep no state of their own. */
export interface QuestionContext<Q extends Question = Question> {
  readonly q: Q;
  readonly value: AnswerValue | undefined;
  readonly lang: string;
  readonly fallbackLang: string;
  readonly t: UiStrings;
  /** Problems for this question from the last Next/Submit. */
  readonly problems: readonly AnswerProblem[];
  readonly kiosk: boolean;
  /** Alone on its screen: its title is the screen's heading (h2, focused on arrival). */
  readonly isScreenHeading: boolean;
  readonly set: (value: AnswerValue | undefined) => void;
}

/** Ids are scoped to the element's shadow root, so question ids (letters, digits, -, _) are safe to use. */
export const ids = {
  title: (qid: string) => `title-${qid}`,
  help: (qid: string) => `help-${qid}`,
  error: (qid: string, field?: string) => `error-${qid}${field ? `-${field}` : ''}`,
  /** The control focused when this question (or one field of it) needs a look. */
  field: (qid: string, field?: string) => `f-${qid}${field ? `-${field}` : ''}`,
};

export const text = (ctx: QuestionContext, t: LocalText): string => localize(t, ctx.lang, ctx.fallbackLang);

/** The question title: the screen heading when alone on the screen, else a sub-heading. */
export function title(ctx: QuestionContext, inner?: TemplateResult): TemplateResult {
  const words = inner ?? html`${text(ctx, ctx.q.title)}`;
  const optional =
    !ctx.q.required && ctx.q.type !== 'statement' ? html` <span class="optional">${ctx.t.optional}</span>` : nothing;
  return ctx.isScreenHeading
    ? html`<h2 id=${ids.title(ctx.q.id)} class="title" part="heading" tabindex="-1" data-screen-heading>${words}${optional}</h2>`
    : html`<h3 id=${ids.title(ctx.q.id)} class="title">${words}${optional}</h3>`;
}

export function help(ctx: QuestionContext): TemplateResult | typeof nothing {
  return ctx.q.help ? html`<p id=${ids.help(ctx.q.id)} class="help">${text(ctx, ctx.q.help)}</p>` : nothing;
}

/** Problems for one field (or the whole question when `field` is omitted). */
export function problemsFor(ctx: QuestionContext, field?: AnswerProblem['field']): AnswerProblem[] {
  return ctx.problems.filter((p) => p.field === field || (field === undefined && p.field === undefined));
}

/** Plain, blame-free words for a problem code, in the patient's language. */
export function problemMessage(t: UiStrings, p: AnswerProblem, lang: string): string {
  if (p.code === 'too-long') return t.problem['too-long'](new Intl.NumberFormat(lang).format(p.max ?? 0));
  return t.problem[p.code];
}

/** The error under a field; its id goes into the field's aria-describedby. */
export function fieldError(ctx: QuestionContext, field?: AnswerProblem['field']): TemplateResult | typeof nothing {
  const found = problemsFor(ctx, field)[0];
  if (!found) return nothing;
  return html`<p id=${ids.error(ctx.q.id, field)} class="field-error" part="error">
    <span aria-hidden="true">! </span>${problemMessage(ctx.t, found, ctx.lang)}
  </p>`;
}

/** aria-describedby for a control: help text and, when there is one, the error. */
export function describedBy(ctx: QuestionContext, field?: AnswerProblem['field'], extra: string[] = []): string | typeof nothing {
  const list = [...extra];
  if (ctx.q.help) list.push(ids.help(ctx.q.id));
  if (problemsFor(ctx, field).length) list.push(ids.error(ctx.q.id, field));
  return list.length ? list.join(' ') : nothing;
}

/** Patient-entry fields on a shared tablet must not learn or suggest what the last patient typed. */
export const autocompleteFor = (kiosk: boolean, hint: string): string => (kiosk ? 'off' : hint);
