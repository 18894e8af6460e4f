/**
 * The fields that say what an account may do, shared by Add a person and Change: its role (a select, with what
 * each role means) and its practices (checkboxes; "Every practice" only for an admin who sees every practice), and
 * reading them back from the form.
 */
import { html, nothing } from 'lit';
import type { AccountPractices, AccountRole } from '../../../src/core/accounts-api.js';
import type { Me } from '../../../src/core/staff-api.js';
import type { AccountStrings } from '../../i18n/accounts.js';

export interface FieldOptions {
  /** Keeps ids apart between the Add form and the Change dialog. */
  prefix: string;
  me: Me;
  a: AccountStrings;
  role: AccountRole;
  practices: AccountPractices;
  /** The field a refusal named, so it is marked and described. */
  invalid: string;
}

export function roleField(o: FieldOptions) {
  const id = `${o.prefix}-role`;
  return html`<div class="field">
    <label for=${id}>${o.a.role}</label>
    <select id=${id} name="role" aria-describedby=${`${id}-hint`} aria-invalid=${o.invalid === 'role' ? 'true' : 'false'}>
      ${(['staff', 'admin'] as const).map(
        (role) => html`<option value=${role} ?selected=${role === o.role}>${o.a.roles[role]}</option>`,
      )}
    </select>
    <p id=${`${id}-hint`} class="hint">${o.a.roleHints.staff} ${o.a.roleHints.admin}</p>
  </div>`;
}

export function practiceFields(o: FieldOptions) {
  const chosen = (id: string) => o.practices === 'every' || o.practices.includes(id);
  const problem = o.invalid === 'practices' ? `${o.prefix}-problem` : undefined;
  return html`<fieldset aria-describedby=${problem ?? nothing}>
    <legend>${o.a.practices}</legend>
    ${
      o.me.everyPractice
        ? html`<label class="check">
          <input type="checkbox" name="every" value="every" ?checked=${o.practices === 'every'}
            aria-describedby=${`${o.prefix}-every-hint`} />
          ${o.a.every}
        </label>
        <p id=${`${o.prefix}-every-hint`} class="hint">${o.a.everyHint}</p>`
        : nothing
    }
    ${o.me.practices.map(
      (p) => html`<label class="check">
        <input type="checkbox" name="practice" value=${p.id} ?checked=${o.practices !== 'every' && chosen(p.id)} />
        <span class="words">${p.name}</span>
      </label>`,
    )}
  </fieldset>`;
}

/** The role and practices as the form holds them; practices undefined when none is ticked. */
export function readFields(form: HTMLFormElement): { role: AccountRole; practices: AccountPractices | undefined } {
  const data = new FormData(form);
  const role = data.get('role') === 'admin' ? 'admin' : 'staff';
  if (data.get('every') === 'every') return { role, practices: 'every' };
  const ids = data.getAll('practice').filter((v): v is string => typeof v === 'string');
  return { role, practices: ids.length ? ids : undefined };
}
