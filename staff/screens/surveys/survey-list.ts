/**
 * @summary `<pf-staff-survey-list>`: every survey version the admin's practices use, as a table — its title and id,
 * version, kind, which practice (or every practice), built in or added by whom and when, since when patients answer
 * it (from then on it never changes) and its published address. At phone width the table scrolls sideways in its
 * own box (named by the heading, reachable by Tab so it scrolls by keyboard), never the page.
 */
import { LitElement, html } from 'lit';
import type { Me, StaffLanguage } from '../../../src/core/staff-api.js';
import { localize } from '../../../src/core/text.js';
import type { SurveyVersion } from '../../api/surveys.js';
import { staffTime } from '../../format/time.js';
import { kindWords } from '../../format/words.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { surveysStyles } from './surveys.styles.js';

export class SurveyList extends LitElement {
  static override styles = [sharedStyles, surveysStyles];
  static override properties = {
    me: { attribute: false },
    lang: { attribute: false },
    surveys: { attribute: false },
  };

  declare me: Me;
  declare lang: StaffLanguage;
  declare surveys: readonly SurveyVersion[];

  private practiceOf(s: SurveyVersion) {
    return s.practiceId === null ? undefined : this.me.practices.find((p) => p.id === s.practiceId);
  }

  private when(iso: string, s: SurveyVersion): string {
    return staffTime(iso, this.lang, this.practiceOf(s)?.timeZone);
  }

  private row(s: SurveyVersion) {
    const t = staffStrings(this.lang);
    const title = localize(s.title, this.lang, s.languages[0] ?? 'en');
    const practice = s.practiceId === null ? t.everyPractice : (this.practiceOf(s)?.name ?? s.practiceId);
    const added = s.builtIn
      ? t.surveyBuiltIn
      : fill(t.surveyAddedBy, s.addedBy ?? '?', s.addedAt ? this.when(s.addedAt, s) : '?');
    const used = s.usedAt
      ? fill(t.surveyInUseSince, this.when(s.usedAt, s))
      : s.builtIn
        ? t.surveyAlwaysThere
        : t.surveyNotAnswered;
    return html`<tr>
      <th scope="row">
        <span class="words">${title}</span>
        <code class="id">${s.id}</code>
      </th>
      <td>${s.version}</td>
      <td>${kindWords(s.kind, t)}</td>
      <td>${practice}</td>
      <td>${added}</td>
      <td>${used}</td>
      <td><a class="address" href=${s.url}>${s.url}</a></td>
    </tr>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    return html`<h2 id="versions-heading">${t.surveyVersions}</h2>
      <div class="scroll" role="region" aria-labelledby="versions-heading" tabindex="0">
        <table>
          <thead>
            <tr>
              <th scope="col">${t.surveyColumnSurvey}</th>
              <th scope="col">${t.surveyColumnVersion}</th>
              <th scope="col">${t.kind}</th>
              <th scope="col">${t.practice}</th>
              <th scope="col">${t.surveyColumnAdded}</th>
              <th scope="col">${t.surveyColumnAnswered}</th>
              <th scope="col">${t.surveyColumnAddress}</th>
            </tr>
          </thead>
          <tbody>
            ${this.surveys.map((s) => this.row(s))}
          </tbody>
        </table>
      </div>`;
  }
}

customElements.define('pf-staff-survey-list', SurveyList);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-survey-list': SurveyList;
  }
}
