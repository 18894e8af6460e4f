/**
 * @summary `<pf-staff-practices>`: the group's practices, for admins who see every practice — what came in, by
 * practice (a captioned table in its own scroll box); for each practice the address its website and tablets send to,
 * its name, time zone, follow-up promise and websites to change, and its locations to add to; and Add a practice.
 * The collector checks every value (collector/practices/practice-rules.ts); a refused one is named beside its field,
 * in the screen's language, and nothing is saved. Each change is audited.
 */
import { LitElement, html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { PracticeList, PracticeSummary } from '../../src/core/practices-api.js';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import type { StaffApi } from '../api/client.js';
import { isGroupAdmin } from '../api/refusal.js';
import { AnnounceEvent } from '../app/events.js';
import { fill, staffStrings } from '../i18n/index.js';
import { practicesStrings } from '../i18n/practices.js';
import { sharedStyles } from '../styles/shared.js';
import { tableBoxStyles } from '../styles/table-box.js';
import { filterStyles } from './filters.styles.js';
import { addPracticeSection, practiceSection, type FormNote, type FormsContext } from './practices/practice-forms.js';
import { practicesStyles } from './practices/practices.styles.js';
import { rollupTable } from './practices/rollup-table.js';
import { refusalWords } from './practices/refusal-words.js';
import { ScreenLoad } from './screen-load.js';

const PRACTICES = '/api/staff/practices';
const practicePath = (id: string, rest = '') => `${PRACTICES}/${encodeURIComponent(id)}${rest}`;

export class PracticesScreen extends LitElement {
  static override styles = [sharedStyles, filterStyles, tableBoxStyles, practicesStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    note: { state: true },
    busy: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare note: FormNote | undefined;
  declare busy: string | undefined;

  private readonly list = new ScreenLoad(this, {
    read: ({ signal }) => this.api.request<PracticeList>(PRACTICES, { signal }),
    allowed: isGroupAdmin,
    forbidden: (lang) => practicesStrings(lang).forbidden,
  });

  /** One of the forms is sent: what it asks for, to where, and what to say once it is saved. */
  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    const formElement = event.target as HTMLFormElement;
    const form = formElement.dataset.form;
    if (!form) return;
    event.preventDefault();
    const s = practicesStrings(this.lang);
    const id = formElement.dataset.practice ?? '';
    const practice = this.list.value?.practices.find((p) => p.id === id);
    const data = new FormData(formElement);
    const value = (name: string) => {
      const given = data.get(name);
      return typeof given === 'string' ? given : '';
    };
    const kind = form === 'add' ? 'add' : form.startsWith('edit-') ? 'edit' : 'location';
    const sent: Record<string, unknown> =
      kind === 'add'
        ? { id: value('id'), name: value('name'), timeZone: value('timeZone') }
        : kind === 'edit'
          ? {
              name: value('name'),
              timeZone: value('timeZone'),
              promise: value('promise'),
              origins: value('origins').split(/\s+/).filter(Boolean),
            }
          : { id: value('id') };
    const to = kind === 'add' ? PRACTICES : kind === 'edit' ? practicePath(id) : practicePath(id, '/locations');
    this.busy = form;
    this.note = undefined;
    try {
      const saved = await this.api.request<PracticeSummary>(to, { method: 'POST', body: sent });
      const words =
        kind === 'add'
          ? fill(s.added, saved.name, saved.path)
          : kind === 'edit'
            ? fill(s.saved, saved.name)
            : fill(s.locationAdded, String(sent.id).trim(), saved.name);
      if (kind !== 'edit') formElement.reset();
      await this.list.load();
      this.note = { form, saved: words };
      this.dispatchEvent(new AnnounceEvent(words));
    } catch (error) {
      const refused = refusalWords(error, kind, sent, practice?.name ?? '', s);
      this.note = refused ? { form, ...refused } : { form, problem: this.list.refusal(error) };
    } finally {
      this.busy = undefined;
    }
  };

  private body() {
    const s = practicesStrings(this.lang);
    if (!this.list.allowed) return html`<p>${s.forbidden}</p>`;
    return this.list.view((list) => {
      const ctx: FormsContext = { s, note: this.note, busy: this.busy, sharedOrigins: list.sharedOrigins };
      return html`<p>${s.intro}</p>
        ${rollupTable(list.practices, s)}
        <div @submit=${this.onSubmit}>
          ${repeat(
            list.practices,
            (p) => p.id,
            (p) => practiceSection(p, ctx),
          )}
          ${addPracticeSection(ctx)}
        </div>`;
    });
  }

  /** The heading stays the same element whatever follows it: focus put on it on arrival is not lost. */
  override render() {
    return html`<h1 tabindex="-1">${staffStrings(this.lang).navPractices}</h1>
      ${this.body()}`;
  }
}

customElements.define('pf-staff-practices', PracticesScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-practices': PracticesScreen;
  }
}
