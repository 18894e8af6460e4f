import { html, nothing, type TemplateResult } from 'lit';
import type { ContactAnswer, ContactMethod, ContactQuestion } from '../../core/definition.js';
import { ALL_CONTACT_METHODS } from '../../core/validate.js';
import { options } from './options.js';
import { describedBy, error, head, idOf, problemOf, type QuestionContext } from './shared.js';

const EMPTY: ContactAnswer = { method: 'none', value: '', consent: false, bestTime: '' };

/**
 * Whether and how the practice may follow up. Consent is an explicit, unticked checkbox. Choosing a way to be
 * reached without ticking it is asked about (core: `consent-needed`) rather than quietly sent as "don't contact":
 * the patient would wait for a call that never comes. "Please don't contact me" sends no contact details at all.
 */
export function contact(ctx: QuestionContext<ContactQuestion>): TemplateResult {
  const t = ctx.t;
  const answer =
    ctx.value && typeof ctx.value === 'object' && !Array.isArray(ctx.value) ? (ctx.value as ContactAnswer) : EMPTY;
  const chosen = ctx.value && answer.method;
  const update = (patch: Partial<ContactAnswer>) => ctx.set({ ...answer, ...patch });
  // The method radiogroup shows the method's problem as its own; value and best-time problems sit by their fields.
  const method: QuestionContext = {
    ...ctx,
    value: chosen || undefined,
    problems: ctx.problems.filter((p) => p.field === 'method').map((p) => ({ ...p, field: undefined })),
    set: (m) => update({ method: m as ContactMethod }),
  };
  const group = options(
    method,
    (ctx.q.methods ?? ALL_CONTACT_METHODS).map((m) => ({ value: m, label: t[m] })),
  );
  // One outer template whatever the method, so the radios keep their DOM (and focus) while arrow keys move.
  return html`${head(method)}${group}${
    chosen === 'none'
      ? html`<p class="note" role="status">${t.noConsent}</p>`
      : chosen
        ? details(ctx, answer, update)
        : nothing
  }`;
}

function details(
  ctx: QuestionContext<ContactQuestion>,
  answer: ContactAnswer,
  update: (patch: Partial<ContactAnswer>) => void,
) {
  const t = ctx.t;
  const chosen = answer.method as 'phone' | 'text' | 'email';
  const email = chosen === 'email';
  const valueId = idOf('f', ctx, 'value');
  const bestId = idOf('f', ctx, 'bestTime');
  const field = (e: Event) => (e.target as HTMLInputElement).value;
  return html`<label class="label" for=${valueId}>${t[`${chosen}Value`]}</label>${error(ctx, 'value')}
    <input id=${valueId} part="field" type=${email ? 'email' : 'tel'} inputmode=${email ? 'email' : 'tel'}
      autocomplete=${ctx.kiosk ? 'off' : email ? 'email' : 'tel'} spellcheck="false" autocapitalize="off" .value=${answer.value}
      aria-invalid=${problemOf(ctx, 'value') ? 'true' : nothing} aria-describedby=${describedBy(ctx, 'value')}
      @input=${(e: Event) => update({ value: field(e) })} />
    <div class="consent">${error(ctx, 'consent')}<label class=${answer.consent ? 'option on' : 'option'} part="option">
      <input id=${idOf('f', ctx, 'consent')} type="checkbox" .checked=${answer.consent}
      aria-invalid=${problemOf(ctx, 'consent') ? 'true' : nothing} aria-describedby=${describedBy(ctx, 'consent')}
      @change=${(e: Event) => update({ consent: (e.target as HTMLInputElement).checked })} /><span>${t.consent}</span></label></div>
    <label class="label" for=${bestId}>${t.bestTime} <span class="hint">${t.optional}</span></label>${error(ctx, 'bestTime')}
    <input id=${bestId} part="field" type="text" autocomplete="off" spellcheck=${ctx.kiosk ? 'false' : nothing} .value=${answer.bestTime}
      aria-invalid=${problemOf(ctx, 'bestTime') ? 'true' : nothing} aria-describedby=${describedBy(ctx, 'bestTime')}
      @input=${(e: Event) => update({ bestTime: field(e) })} />`;
}
