/**
 * Templates of the kiosk's own patient screens: the start (attract) screen, "Are you still there?" and the bar under
 * the survey's "Thank you". They only render what kiosk-app.ts tells them; the behaviour lives there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { textDirection } from '../src/i18n/direction.js';
import { kioskWords, languageName } from './strings.js';

export interface StartScreenProps {
  practice: string;
  lang: string;
  languages: readonly string[];
  /** No endpoint yet: tell staff instead of letting a patient answer into nowhere. */
  setUp: boolean;
  /** Values a setup link carried that the tablet refused, in staff's words (English). */
  setupNotices: readonly string[];
  onStart: () => void;
  onLanguage: (lang: string) => void;
}

export function startScreen(p: StartScreenProps): TemplateResult {
  const words = kioskWords(p.lang);
  return html`
    <main class="start patient" lang=${p.lang} dir=${textDirection(p.lang)}>
      <h1 id="practice">${p.practice || 'Patient feedback'}</h1>
      ${
        p.setUp
          ? html`
            <p>${words.welcome}</p>
            <button class="start-button" type="button" @click=${p.onStart}>${words.tapToStart}</button>
            ${
              p.languages.length > 1
                ? html`<fieldset class="languages">
                  <legend>${words.chooseLanguage}</legend>
                  ${p.languages.map(
                    (l) => html`<button
                      class="language"
                      type="button"
                      lang=${l}
                      aria-pressed=${l === p.lang ? 'true' : 'false'}
                      @click=${() => p.onLanguage(l)}
                    >
                      ${languageName(l)}
                    </button>`,
                  )}
                </fieldset>`
                : nothing
            }
          `
          : html`<p class="setup" role="status">Not set up yet: open staff mode to set the endpoint.</p>`
      }
      ${
        p.setupNotices.length
          ? html`<div class="setup" role="alert" lang="en">${p.setupNotices.map((n) => html`<p>${n}</p>`)}</div>`
          : nothing
      }
    </main>
  `;
}

export function stillThereDialog(lang: string, secondsLeft: number, onStillHere: () => void): TemplateResult {
  const words = kioskWords(lang);
  return html`
    <dialog
      class="patient"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="still-there-title"
      aria-describedby="still-there-body"
      lang=${lang}
      dir=${textDirection(lang)}
      @cancel=${(e: Event) => {
        // Escape means "I'm still here", never "wipe my answers now".
        e.preventDefault();
        onStillHere();
      }}
    >
      <h2 id="still-there-title">${words.stillThereTitle}</h2>
      <p id="still-there-body">${words.stillThereBody(secondsLeft)}</p>
      <button class="still-here" type="button" autofocus @click=${onStillHere}>${words.stillHere}</button>
    </dialog>
  `;
}

export function finishedBar(lang: string, secondsLeft: number, onDone: () => void): TemplateResult {
  const words = kioskWords(lang);
  return html`
    <div class="finished patient" lang=${lang} dir=${textDirection(lang)}>
      <p>${words.returning(secondsLeft)}</p>
      <button class="done" type="button" @click=${onDone}>${words.done}</button>
    </div>
  `;
}
