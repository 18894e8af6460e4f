/**
 * The Practices screen's forms (templates, not elements): one practice's details and locations, and Add a practice.
 * Each form is named by its key (`edit-<id>`, `location-<id>`, `add`); the screen's note for a form — what was
 * refused, beside the field it names, or what was saved — is drawn inside it. Text is bound as text.
 */
import { html, nothing } from 'lit';
import type { PracticeSummary } from '../../../src/core/practices-api.js';
import { fill } from '../../i18n/index.js';
import type { PracticesStrings } from '../../i18n/practices.js';

/** What the screen says about one form: refused (naming a field) or saved. */
export interface FormNote {
  form: string;
  problem?: string;
  /** The field the collector refused (`timeZone`, `origins`). */
  wrong?: string;
  saved?: string;
}

export interface FormsContext {
  s: PracticesStrings;
  note: FormNote | undefined;
  /** The form being sent, if any. */
  busy: string | undefined;
  sharedOrigins: readonly string[];
}

function noteIn(form: string, { note }: FormsContext) {
  if (note?.form !== form) return nothing;
  if (note.problem) return html`<p id=${`${form}-problem`} class="problem" role="alert">${note.problem}</p>`;
  return note.saved ? html`<p role="status"><strong>${note.saved}</strong></p>` : nothing;
}

interface FieldOptions {
  form: string;
  name: string;
  label: string;
  /** Words read after the label but not shown: which practice the field belongs to. */
  labelMore?: string;
  value?: string;
  hint?: string;
  multiline?: boolean;
  maxlength?: number;
}

function field(o: FieldOptions, ctx: FormsContext) {
  const id = `${o.form}-${o.name}`;
  const wrong = ctx.note?.form === o.form && ctx.note.wrong === o.name;
  const described = [o.hint ? `${id}-hint` : '', wrong ? `${o.form}-problem` : ''].filter(Boolean).join(' ');
  const common = {
    id,
    invalid: wrong ? 'true' : 'false',
    described: described || nothing,
  };
  return html`<div class="field">
    <label for=${id}
      >${o.label}${o.labelMore ? html`<span class="visually-hidden"> (${o.labelMore})</span>` : nothing}</label
    >
    ${
      o.multiline
        ? html`<textarea
          id=${common.id}
          name=${o.name}
          rows="3"
          .value=${o.value ?? ''}
          aria-invalid=${common.invalid}
          aria-describedby=${common.described}
        ></textarea>`
        : html`<input
          id=${common.id}
          name=${o.name}
          maxlength=${o.maxlength ?? nothing}
          .value=${o.value ?? ''}
          aria-invalid=${common.invalid}
          aria-describedby=${common.described}
        />`
    }
    ${o.hint ? html`<p class="hint" id=${`${id}-hint`}>${o.hint}</p>` : nothing}
  </div>`;
}

function submit(form: string, label: string, ctx: FormsContext) {
  return html`<div class="actions">
    <button type="submit" class="primary" ?disabled=${ctx.busy === form}>
      ${ctx.busy === form ? ctx.s.saving : label}
    </button>
  </div>`;
}

export function practiceSection(p: PracticeSummary, ctx: FormsContext) {
  const { s } = ctx;
  const edit = `edit-${p.id}`;
  const location = `location-${p.id}`;
  const shared = ctx.sharedOrigins.length ? ` ${fill(s.sharedOrigins, ctx.sharedOrigins.join(', '))}` : '';
  return html`<section aria-labelledby=${`practice-${p.id}`}>
    <h2 id=${`practice-${p.id}`}>${p.name}</h2>
    <dl>
      <dt>${s.endpoint}</dt>
      <dd><code>${p.endpoint}</code></dd>
      <dt>${s.id}</dt>
      <dd><code>${p.id}</code></dd>
    </dl>
    <form data-form=${edit} data-practice=${p.id} novalidate aria-labelledby=${`practice-${p.id}`}>
      ${field({ form: edit, name: 'name', label: s.name, labelMore: p.name, value: p.name, maxlength: 120 }, ctx)}
      ${field(
        { form: edit, name: 'timeZone', label: s.timeZone, labelMore: p.name, value: p.timeZone, hint: s.timeZoneHint },
        ctx,
      )}
      ${field(
        {
          form: edit,
          name: 'promise',
          label: s.promise,
          labelMore: p.name,
          value: p.promise ?? '',
          hint: s.promiseHint,
          maxlength: 300,
        },
        ctx,
      )}
      ${field(
        {
          form: edit,
          name: 'origins',
          label: s.origins,
          labelMore: p.name,
          value: p.origins.join('\n'),
          hint: s.originsHint + shared,
          multiline: true,
        },
        ctx,
      )}
      ${noteIn(edit, ctx)} ${submit(edit, fill(s.save, p.name), ctx)}
    </form>
    <h3 id=${`locations-${p.id}`}>${s.locations}</h3>
    ${
      p.locations.length
        ? html`<ul>
          ${p.locations.map((l) => html`<li>${l.name}${l.name === l.id ? nothing : ` (${l.id})`}</li>`)}
        </ul>`
        : html`<p>${s.noLocations}</p>`
    }
    <form data-form=${location} data-practice=${p.id} novalidate aria-labelledby=${`locations-${p.id}`}>
      ${field({ form: location, name: 'id', label: s.newLocation, labelMore: p.name, maxlength: 100 }, ctx)}
      ${noteIn(location, ctx)} ${submit(location, fill(s.addLocation, p.name), ctx)}
    </form>
  </section>`;
}

export function addPracticeSection(ctx: FormsContext) {
  const { s } = ctx;
  return html`<section aria-labelledby="add-practice">
    <h2 id="add-practice">${s.addTitle}</h2>
    <form data-form="add" novalidate aria-labelledby="add-practice">
      ${field({ form: 'add', name: 'id', label: s.newId, hint: s.newIdHint, maxlength: 40 }, ctx)}
      ${field({ form: 'add', name: 'name', label: s.newName, maxlength: 120 }, ctx)}
      ${field({ form: 'add', name: 'timeZone', label: s.newTimeZone }, ctx)}
      ${noteIn('add', ctx)} ${submit('add', s.add, ctx)}
    </form>
  </section>`;
}
