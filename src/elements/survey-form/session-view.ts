import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { SurveyDefinition } from '../../core/definition.js';
import { progress, screens } from '../../core/flow.js';
import { localize } from '../../core/text.js';
import type { UiStrings } from '../../i18n/index.js';
import { problemMessage, renderQuestion } from '../questions/index.js';
import type { SurveySession } from './survey-session.js';
import { notSaved, thankYou } from './thank-you.js';

/** The element properties the view reads. */
export interface ViewHost {
  readonly kiosk: boolean;
  readonly practice: string | undefined;
  readonly promise: string | undefined;
  readonly emergency: string | undefined;
}

/** Renders the session's current state; every action goes back to the session. */
export function renderSession(host: ViewHost, s: SurveySession, def: SurveyDefinition, lang: string, t: UiStrings): TemplateResult {
  if (s.phase === 'thank-you' && s.submission) {
    return thankYou({
      t,
      submission: s.submission,
      practice: host.practice ?? '',
      promise: host.promise ?? '',
      recovery: s.recoveryOffer,
      onAccept: () => void s.acceptRecovery(),
      onDecline: () => s.declineRecovery(),
    });
  }
  if (s.phase === 'not-saved') return notSaved(t, () => void s.retry(def));
  if (s.phase === 'loading-recovery') return html`<p class="loading" role="status">${t.loading}</p>`;

  const all = screens(def, s.answers);
  const index = Math.min(s.screenIndex, all.length - 1);
  const screen = all[index];
  if (!screen) return html`<p role="alert" part="error">${t.unavailable}</p>`;
  const { current, total } = progress(def, s.answers, index);
  s.total = total;
  const last = index === all.length - 1;
  const alone = screen.questions.length === 1;
  const fallback = def.languages[0] ?? 'en';
  const local = (x: Parameters<typeof localize>[0]) => localize(x, lang, fallback);
  const sending = s.phase === 'sending';
  // After the apology, calmly: the form is not where an emergency gets seen in time.
  const showEmergency = def.kind === 'what-went-wrong' && index === 0;

  return html`<div class="screen" data-screen=${screen.id}>
    <div class="progress" part="progress">
      <p id="progress-text" class="progress-text">${t.progress(current, total)}</p>
      <progress max=${total} .value=${current} aria-label=${t.progressLabel} aria-describedby="progress-text"></progress>
    </div>
    ${s.problems.length ? keyed(s.attempt, errorSummary(s, def, lang, t, local)) : nothing}
    ${alone ? nothing : html`<h2 class="title" part="heading" tabindex="-1" data-screen-heading>${local(def.title)}</h2>`}
    ${screen.questions.map(
      (q) => html`<div class="question" data-question=${q.id}>
        ${renderQuestion({
          q,
          value: s.answers[q.id],
          lang,
          fallbackLang: fallback,
          t,
          problems: s.problems.filter((p) => p.questionId === q.id),
          kiosk: host.kiosk,
          isScreenHeading: alone,
          set: (v) => s.setAnswer(q.id, v),
        })}
      </div>`,
    )}
    ${showEmergency ? html`<p class="emergency" part="emergency">${host.emergency || t.emergency}</p>` : nothing}
    ${sending ? html`<p class="sending" role="status">${t.sending}</p>` : nothing}
    <div class="actions">
      ${index > 0
        ? html`<button type="button" class="secondary" part="button" ?disabled=${sending} @click=${() => s.back()}>${t.back}</button>`
        : nothing}
      ${last
        ? html`<button type="button" class="primary" part="button button-primary" ?disabled=${sending} @click=${() => void s.submit(def)}>${t.submit}</button>`
        : html`<button type="button" class="primary" part="button button-primary" @click=${() => s.next(def)}>${t.next}</button>`}
    </div>
  </div>`;
}

/** Announced at once (role=alert); each line names the question so the patient knows where to look. */
function errorSummary(s: SurveySession, def: SurveyDefinition, lang: string, t: UiStrings, local: (x: Parameters<typeof localize>[0]) => string) {
  return html`<div class="summary" role="alert" part="error">
    <p><strong>${t.summary(s.problems.length)}</strong></p>
    <ul>
      ${s.problems.map((p) => {
        const q = def.questions.find((x) => x.id === p.questionId);
        return html`<li>${q ? `${local(q.title)} — ` : ''}${problemMessage(t, p, lang)}</li>`;
      })}
    </ul>
  </div>`;
}
