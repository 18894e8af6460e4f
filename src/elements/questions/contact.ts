import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { ContactAnswer, ContactMethod, ContactQuestion } from '../../core/definition.js';
import { ALL_CONTACT_METHODS } from '../../core/validate.js';
import { radioGroup } from './choice.js';
import { autocompleteFor, describedBy, fieldError, help, ids, problemsFor, title, type QuestionContext } from './shared.js';

const EMPTY: ContactAnswer = { method: 'none', value: '', consent: false, bestTime: '' };

/**
 * Whether and how the practice may follow up. Consent is an explicit, unticked checkbox; without it the patient is
 * told plainly that nobody will contact them (and the core sends no contact details at all).
 */
export function contact(ctx: QuestionContext<ContactQuestion>): TemplateResult {
  const answer: ContactAnswer = ctx.value && typeof ctx.value === 'object' && !Array.isArray(ctx.value) ? (ctx.value as ContactAnswer) : EMPTY;
  const chosen = ctx.value === undefined ? undefined : answer.method;
  const update = (patch: Partial<ContactAnswer>) => ctx.set({ ...answer, ...patch });
  const t = ctx.t.contact;
  const methods = ctx.q.methods ?? ALL_CONTACT_METHODS;
  // The method radiogroup reports method problems; value/bestTime problems sit under their own fields.
  const methodCtx: QuestionContext = {
    ...ctx,
    value: chosen,
    problems: problemsFor(ctx, 'method').map((p) => ({ ...p, field: undefined })),
    set: (m) => update({ method: m as ContactMethod }),
  };
  const group = radioGroup(methodCtx, methods.map((m) => ({ value: m, label: t[m] })));
  const reachable = chosen !== undefined && chosen !== 'none';
  return html`${title(ctx)}${help(ctx)}${fieldError(methodCtx)}${group}
    ${reachable ? details(ctx, answer, update) : nothing}
    ${chosen === 'none' ? html`<p class="note" role="status">${t.noConsent}</p>` : nothing}`;
}

function details(ctx: QuestionContext<ContactQuestion>, answer: ContactAnswer, update: (p: Partial<ContactAnswer>) => void) {
  const t = ctx.t.contact;
  const isEmail = answer.method === 'email';
  const valueLabel = isEmail ? t.emailValue : answer.method === 'text' ? t.textValue : t.phoneValue;
  const valueId = ids.field(ctx.q.id, 'value');
  const consentId = ids.field(ctx.q.id, 'consent');
  const bestId = ids.field(ctx.q.id, 'bestTime');
  const bestHintId = `hint-${ctx.q.id}-bestTime`;
  const valueInvalid = problemsFor(ctx, 'value').length > 0;
  const bestInvalid = problemsFor(ctx, 'bestTime').length > 0;
  return html`<div class="contact-details">
    <label class="field-label" for=${valueId}>${valueLabel}</label>
    ${fieldError(ctx, 'value')}
    <input
      id=${valueId}
      part="field"
      type=${isEmail ? 'email' : 'tel'}
      inputmode=${isEmail ? 'email' : 'tel'}
      autocomplete=${autocompleteFor(ctx.kiosk, isEmail ? 'email' : 'tel')}
      spellcheck="false"
      autocapitalize="off"
      .value=${live(answer.value)}
      aria-invalid=${valueInvalid ? 'true' : nothing}
      aria-describedby=${describedBy(ctx, 'value')}
      @input=${(e: Event) => update({ value: (e.target as HTMLInputElement).value })}
    />
    <label class="option consent" part="option">
      <input
        id=${consentId}
        type="checkbox"
        .checked=${live(answer.consent)}
        @change=${(e: Event) => update({ consent: (e.target as HTMLInputElement).checked })}
      />
      <span class="label">${t.consent}</span>
    </label>
    ${answer.consent ? nothing : html`<p class="note" role="status">${t.consentNeeded}</p>`}
    <label class="field-label" for=${bestId}>${t.bestTime} <span class="optional">${ctx.t.optional}</span></label>
    <p id=${bestHintId} class="help">${t.bestTimeHint}</p>
    ${fieldError(ctx, 'bestTime')}
    <input
      id=${bestId}
      part="field"
      type="text"
      autocomplete="off"
      spellcheck=${ctx.kiosk ? 'false' : nothing}
      .value=${live(answer.bestTime)}
      aria-invalid=${bestInvalid ? 'true' : nothing}
      aria-describedby=${describedBy(ctx, 'bestTime', [bestHintId])}
      @input=${(e: Event) => update({ bestTime: (e.target as HTMLInputElement).value })}
    />
  </div>`;
}
