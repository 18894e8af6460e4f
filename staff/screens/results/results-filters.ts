/**
 * @summary `<pf-staff-results-filters>`: which results — a practice, the months from and to, a location — as one
 * labelled form. Applying it changes the address (`/staff/results?practice=north&from=2026-01&to=2026-03`), so a
 * link shows the same view and Back returns to the one before. The locations offered are the chosen practice's.
 *
 * @fires pf-staff-navigate - the Results address with the chosen filters.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import { resultsParams, resultsQueryFrom, type ResultsFilters } from '../../api/results-query.js';
import { NavigateEvent } from '../../app/events.js';
import { pathOf } from '../../app/router.js';
import { staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { filterStyles } from '../filters.styles.js';

export class ResultsFiltersForm extends LitElement {
  static override styles = [sharedStyles, filterStyles];
  static override properties = {
    me: { attribute: false },
    lang: { attribute: false },
    query: { attribute: false },
    shown: { attribute: false },
    practice: { state: true },
  };

  declare me: Me;
  declare lang: StaffLanguage;
  declare query: ResultsFilters;
  /** The months the results cover when the address names none (the collector's default). */
  declare shown: { from: string; to: string } | undefined;
  /** The practice chosen in the form (not yet applied): its locations are offered. */
  declare practice: string;

  constructor() {
    super();
    this.query = {};
    this.practice = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query')) this.practice = this.query.practice ?? '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('query')) return;
    for (const select of this.renderRoot.querySelectorAll('select')) {
      select.value = this.query[select.name as keyof ResultsFilters] ?? '';
    }
  }

  private onSubmit = (event: SubmitEvent): void => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [key, value] of new FormData(event.target as HTMLFormElement)) {
      if (typeof value === 'string') params.set(key, value);
    }
    this.dispatchEvent(new NavigateEvent(pathOf('results', resultsParams(resultsQueryFrom(params)))));
  };

  private onPractice = (event: Event): void => {
    this.practice = (event.target as HTMLSelectElement).value;
  };

  override render() {
    const t = staffStrings(this.lang);
    const practices = this.me.practices;
    const chosen = practices.length === 1 ? practices[0]!.id : this.practice;
    const locations = practices.filter((p) => !chosen || p.id === chosen).flatMap((p) => p.locations);
    const location = this.query.location ?? '';
    return html`<form aria-label=${t.resultsFilters} @submit=${this.onSubmit}>
      <div class="grid">
        ${
          practices.length > 1
            ? html`<div class="field">
                <label for="r-practice">${t.practice}</label>
                <select id="r-practice" name="practice" @change=${this.onPractice}>
                  <option value="" ?selected=${this.practice === ''}>${t.everyPractice}</option>
                  ${practices.map((p) => html`<option value=${p.id} ?selected=${p.id === this.practice}>${p.name}</option>`)}
                </select>
              </div>`
            : nothing
        }
        <div class="field">
          <label for="r-from">${t.fromMonth}</label>
          <input id="r-from" name="from" type="month" .value=${this.query.from ?? this.shown?.from ?? ''} />
        </div>
        <div class="field">
          <label for="r-to">${t.toMonth}</label>
          <input id="r-to" name="to" type="month" .value=${this.query.to ?? this.shown?.to ?? ''} />
        </div>
        <div class="field">
          <label for="r-location">${t.location}</label>
          <select id="r-location" name="location">
            <option value="" ?selected=${location === ''}>${t.everyLocation}</option>
            ${locations.map((l) => html`<option value=${l.id} ?selected=${l.id === location}>${l.name}</option>`)}
          </select>
        </div>
      </div>
      <div class="actions">
        <button type="submit" class="primary">${t.apply}</button>
      </div>
    </form>`;
  }
}

customElements.define('pf-staff-results-filters', ResultsFiltersForm);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-results-filters': ResultsFiltersForm;
  }
}
