import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { LocalText, Question } from '../../core/definition.js';
import { localize } from '../../core/text.js';
import { fill, numberIn, type UiStrings } from '../../i18n/index.js';
import { problemText, renderQuestion } from '../questions/index.js';
import type { ReadingAids } from './reading-aids.js';
import type { SurveySession } from './survey-session.js';
import { notSaved } from './not-saved.js';
import type { thankYou } from './thank-you.js';

/** The element properties the view reads. */
export interface ViewHost {
  readonly kiosk: boolean;
  readonly easyRead: boolean;
  readonly practice: string | undefined;
  readonly promise: string | undefined;
  readonly emergency: string | undefined;
}

/** Renders the session's current state; it only reads, and every action goes back to the session. */
export function renderSession(
  host: ViewHost,
  s: SurveySession,
  lang: string,
  t: UiStrings,
  aids: ReadingAids,
  thanks: typeof thankYou | undefined,
): TemplateResult {
  // Last on the screen: appearing once the device's voices are known, it moves nothing a patient is about to tap.
  const read = aids.readAloud?.button(t, lang, s);
  // The thank-you screen comes with delivery, which took the answers (the heading alone, should it ever not have).
  if (s.phase === 'thank-you' && s.submission)
    return thanks
      ? html`${thanks(t, s, host.promise, host.practice)}${read}`
      : html`<h2 class="title" part="heading" tabindex="-1" data-screen-heading>${t.thanks}</h2>`;
  if (s.phase === 'not-saved') return notSaved(t, () => void s.retry());

  const def = s.definition;
  const screen = s.screen;
  if (!def || !screen) return html`<p role="alert" part="error">${t.unavailable}</p>`;
  const index = s.screenIndex;
  const total = s.total;
  // A screen of several questions carries the survey's title on the first screen only; on a later one the first
  // question's title is the heading, so the survey doesn't seem to start over half-way through.
  const titled = screen.questions.length > 1 && index === 0;
  const local = (x: LocalText) => localize(x, lang, def.languages[0] ?? 'en');
  const sending = s.phase === 'sending';
  const progress = fill(t.progress, numberIn(lang, s.step), numberIn(lang, total));
  // Easy read: the question's short sentences where it has them.
  const shown = (q: Question): Question => (host.easyRead && aids.easy?.(q)) || q;

  return html`<p id="progress" class="hint" part="progress">${progress}</p>
    <progress part="progress" max=${total} .value=${s.step} aria-labelledby="progress"></progress>
    ${
      s.problems.length
        ? keyed(
            s.attempt,
            // Announced at once; each line names the question so the patient knows where to look.
            html`<div class="box" role="alert" part="error">
            <p><strong>${t.summary}</strong></p>
            <ul>
              ${s.problems.map((p) => {
                const q = def.questions.find((x) => x.id === p.questionId);
                return html`<li>${q ? local(shown(q).title) + ' — ' : ''}${problemText(t, p, lang)}</li>`;
              })}
            </ul>
          </div>`,
          )
        : nothing
    }
    ${titled ? html`<h2 class="title" part="heading" tabindex="-1" data-screen-heading>${local(def.title)}</h2>` : nothing}
    ${screen.questions.map((q, i) =>
      renderQuestion({
        q: shown(q),
        value: s.answers[q.id],
        lang,
        t,
        local,
        problems: s.problems.filter((p) => p.questionId === q.id),
        kiosk: host.kiosk,
        // Pictures are easy read's: the part may be here for reading aloud alone.
        picture: host.easyRead ? aids.picture : undefined,
        leads: !titled && i === 0,
        set: (v) => s.setAnswer(q.id, v),
      }),
    )}
    ${
      def.kind === 'what-went-wrong' && index === 0
        ? // After the apology, calmly: the form is not where an emergency gets seen in time.
          html`<p class="note" part="emergency">${host.emergency || t.emergency}</p>`
        : nothing
    }
    ${
      s.isLastScreen
        ? // A honeypot: off-screen, out of the tab order and hidden from assistive technology, so only a program fills it.
          html`<input class="trap" name="website" tabindex="-1" autocomplete="off" aria-hidden="true" .value=${s.honeypot}
            @input=${(e: Event) => s.setHoneypot((e.target as HTMLInputElement).value)} />`
        : nothing
    }
    ${sending ? html`<p role="status">${t.sending}</p>` : nothing}
    <div class="actions">
      ${index ? html`<button type="button" part="button" ?disabled=${sending} @click=${() => s.back()}>${t.back}</button>` : nothing}
      ${
        !s.isLastScreen
          ? html`<button type="button" class="primary" part="button button-primary" @click=${() => s.next()}>${t.next}</button>`
          : html`<button type="button" class="primary" part="button button-primary" ?disabled=${sending}
              @click=${() => void s.submit()}>${t.submit}</button>`
      }
    </div>
    ${read}`;
}
