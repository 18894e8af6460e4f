/**
 * The staff panel's "Survey" section: which survey patients get now, and — in plain words — why it is not the
 * practice's own when it could not be fetched or used. It sits under the panel's buttons: it changes when a fetch
 * finishes, and nothing that changes may move the buttons.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localize } from '../../src/core/text.js';
import type { SurveyStatus } from '../survey-choice.js';

const when = (ms: number) => new Date(ms).toLocaleString();

export function surveySection(s: SurveyStatus | undefined): TemplateResult | typeof nothing {
  if (!s) return nothing;
  return html`<section aria-labelledby="survey-heading">
    <h3 id="survey-heading">Survey</h3>
    ${s.url ? practiceSurvey(s) : html`<p>Patients get the standard first-impression survey.</p>`}
  </section>`;
}

function practiceSurvey(s: SurveyStatus): TemplateResult {
  const def = s.definition;
  const where = `The survey at "${s.url}"`;
  if (!def) {
    return s.problem
      ? html`<div class="error" role="alert">
          <p>${where} could not be loaded: ${s.problem}. The standard survey is shown until it can be.</p>
          <p>Check the survey address under Settings; the tablet tries again when it starts, when the settings are
            saved and when the network comes back.</p>
        </div>`
      : html`<p>Loading the survey at "${s.url}"… Until it is here, patients get the standard survey.</p>`;
  }
  const title = localize(def.title, 'en', def.languages[0] ?? 'en');
  return html`
    <p>Patients get your practice’s survey “${title}” (${def.id}, version ${def.version}) from ${s.url}.</p>
    <p>
      ${s.notSaved ? 'Fetched' : 'The copy on this tablet was fetched'} ${s.savedAt ? when(s.savedAt) : 'earlier'}.${
        s.checking ? ' Checking for a newer one…' : ''
      }
    </p>
    ${
      s.problem
        ? html`<p class="error" role="alert">
            ${where} could not be loaded just now: ${s.problem}. Patients get the copy this tablet saved.
          </p>`
        : nothing
    }
    ${
      s.notSaved
        ? html`<p class="error" role="alert">
            This tablet could not save a copy of the survey (its storage is full or blocked): if it restarts without
            a network, patients get the standard survey until the survey can be loaded again.
          </p>`
        : nothing
    }
  `;
}
