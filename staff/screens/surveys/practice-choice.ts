/**
 * Which practice a survey is published for. Admins of the whole group may publish it for every practice (the
 * collector's `POST /api/staff/surveys` without `?practice`); an admin of some practices picks one of theirs; an
 * admin of one practice is told which. A survey's id stays with the practice it was first published for.
 */
import { html } from 'lit';
import type { Me } from '../../../src/core/staff-api.js';
import { fill, type StaffStrings } from '../../i18n/index.js';

export function practiceChoice(me: Me, chosen: string, t: StaffStrings, onChange: (event: Event) => void) {
  const seen = me.practices;
  if (!me.everyPractice && seen.length === 1) {
    return html`<p>${fill(t.surveyFor, seen[0]!.name)}</p>`;
  }
  return html`<div class="field">
    <label for="survey-practice">${t.surveyForLabel}</label>
    <select id="survey-practice" @change=${onChange} aria-describedby="survey-practice-hint">
      ${me.everyPractice ? html`<option value="" ?selected=${chosen === ''}>${t.everyPractice}</option>` : ''}
      ${seen.map((p) => html`<option value=${p.id} ?selected=${p.id === chosen}>${p.name}</option>`)}
    </select>
    <p id="survey-practice-hint" class="hint">${t.surveyForHint}</p>
  </div>`;
}
