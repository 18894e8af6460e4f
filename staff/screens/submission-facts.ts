/**
 * The facts around a submission, before its answers: when it came (in its practice's time zone), from which
 * practice and location (flagged when the practice does not list it), by which channel and survey, and its marks
 * (looks automated, words erased).
 */
import { html, nothing } from 'lit';
import type { Me, StaffLanguage, SubmissionDetail } from '../../src/core/staff-api.js';
import { staffTime } from '../format/time.js';
import { automatedWords, channelWords } from '../format/words.js';
import { fill, type StaffStrings } from '../i18n/index.js';

export function submissionFacts(
  d: SubmissionDetail,
  { t, lang, me }: { t: StaffStrings; lang: StaffLanguage; me: Me },
) {
  return html`<dl class="facts">
      <dt>${t.received}</dt>
      <dd><time datetime=${d.receivedAt}>${staffTime(d.receivedAt, lang, d.timeZone)}</time></dd>
      ${me.practices.length > 1 ? html`<dt>${t.practice}</dt><dd class="words">${d.practiceName}</dd>` : nothing}
      ${
        d.location
          ? html`<dt>${t.location}</dt>
            <dd class="words">${d.location}${d.unknownLocation ? html` <strong>${t.notListed}</strong>` : nothing}</dd>`
          : nothing
      }
      <dt>${t.channel}</dt>
      <dd>${channelWords(d.channel, t)}</dd>
      <dt>${t.survey}</dt>
      <dd class="words">${fill(t.surveyUsed, d.survey.title, d.survey.version)}</dd>
      ${d.overall ? html`<dt>${t.overall}</dt><dd><strong>${d.overall.words}</strong></dd>` : nothing}
    </dl>
    ${d.looksAutomated ? html`<p class="mark">${automatedWords(d.looksAutomated, t)}</p>` : nothing}
    ${d.erasedAt ? html`<p class="mark">${fill(t.erased, staffTime(d.erasedAt, lang, d.timeZone))}</p>` : nothing}`;
}
