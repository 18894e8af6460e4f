/**
 * @summary `<pf-staff-inbox-filters>`: the inbox's search and filters as one labelled form. Applying it changes the
 * address (`/staff/?kind=what-went-wrong&rating=poor`), so the view can be shared as a link and Back returns to the
 * filters before; the form always shows what the address says.
 *
 * @fires pf-staff-navigate - the address of the inbox with the chosen filters.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { CASE_STATUSES, type InboxQuery, type Me, type StaffLanguage } from '../../src/core/staff-api.js';
import { inboxParams, inboxQueryFrom, KINDS } from '../api/inbox-query.js';
import { NavigateEvent } from '../app/events.js';
import { pathOf } from '../app/router.js';
import { categoryChoices, ratingChoices } from '../format/survey-options.js';
import { kindWords, statusWords } from '../format/words.js';
import { staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { filterStyles } from './filters.styles.js';

type Choice = readonly [value: string, words: string];

export class InboxFilters extends LitElement {
  static override styles = [sharedStyles, filterStyles];
  static override properties = {
    me: { attribute: false },
    lang: { attribute: false },
    query: { attribute: false },
  };

  declare me: Me;
  declare lang: StaffLanguage;
  declare query: InboxQuery;

  constructor() {
    super();
    this.query = {};
  }

  protected override updated(changed: PropertyValues<this>): void {
    // An option's \`selected\` attribute no longer moves a select a person has changed: set each to the address's.
    if (!changed.has('query')) return;
    for (const select of this.renderRoot.querySelectorAll('select')) {
      select.value = this.query[select.name as keyof InboxQuery] ?? '';
    }
  }

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.set(key, value);
    this.dispatchEvent(new NavigateEvent(pathOf('inbox', inboxParams(inboxQueryFrom(params)))));
  };

  private clear = (): void => {
    this.dispatchEvent(new NavigateEvent(pathOf('inbox')));
  };

  /** A select whose first option is "any" (empty: no filter). */
  private select(name: keyof InboxQuery, label: string, any: string, choices: readonly Choice[]) {
    const current = this.query[name] ?? '';
    return html`<div class="field">
      <label for=${`f-${name}`}>${label}</label>
      <select id=${`f-${name}`} name=${name}>
        <option value="" ?selected=${current === ''}>${any}</option>
        ${choices.map(([value, words]) => html`<option value=${value} ?selected=${current === value}>${words}</option>`)}
      </select>
    </div>`;
  }

  private dateField(name: 'from' | 'to', label: string) {
    return html`<div class="field">
      <label for=${`f-${name}`}>${label}</label>
      <input id=${`f-${name}`} name=${name} type="date" .value=${this.query[name] ?? ''} />
    </div>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const q = this.query;
    const narrowed = Boolean(
      q.from || q.to || q.kind || q.practice || q.location || q.rating || q.category || q.status,
    );
    const locations = this.me.practices.flatMap((p) => p.locations);
    return html`<form role="search" @submit=${this.onSubmit}>
      <div class="find">
        <label for="f-q">${t.search}</label>
        <div class="find-row">
          <input
            id="f-q"
            name="q"
            type="search"
            autocomplete="off"
            spellcheck="false"
            aria-describedby="f-q-hint"
            .value=${q.q ?? ''}
          />
          <button type="submit" class="primary">${t.find}</button>
        </div>
        <p id="f-q-hint" class="hint">${t.searchHint}</p>
      </div>
      <details ?open=${narrowed}>
        <summary>${t.filters}</summary>
        <div class="grid">
          ${this.dateField('from', t.from)} ${this.dateField('to', t.to)}
          ${this.select(
            'kind',
            t.kind,
            t.anyKind,
            KINDS.map((k) => [k, kindWords(k, t)]),
          )}
          ${
            this.me.practices.length > 1
              ? this.select(
                  'practice',
                  t.practice,
                  t.anyPractice,
                  this.me.practices.map((p) => [p.id, p.name]),
                )
              : nothing
          }
          <div class="field">
            <label for="f-location">${t.location}</label>
            <input
              id="f-location"
              name="location"
              list="f-locations"
              autocomplete="off"
              aria-describedby="f-location-hint"
              .value=${q.location ?? ''}
            />
            <datalist id="f-locations">
              ${locations.map((l) => html`<option value=${l.id}>${l.name}</option>`)}
            </datalist>
            <p id="f-location-hint" class="hint">${t.locationHint}</p>
          </div>
          ${this.select('rating', t.overall, t.anyRating, ratingChoices(this.lang))}
          ${this.select('category', t.category, t.anyCategory, categoryChoices(this.lang))}
          ${this.select(
            'status',
            t.caseStatus,
            t.anyStatus,
            CASE_STATUSES.map((s) => [s, statusWords(s, t)]),
          )}
        </div>
        <div class="actions">
          <button type="submit" class="primary">${t.apply}</button>
          <button type="button" @click=${this.clear}>${t.clearFilters}</button>
        </div>
      </details>
    </form>`;
  }
}

customElements.define('pf-staff-inbox-filters', InboxFilters);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-inbox-filters': InboxFilters;
  }
}
