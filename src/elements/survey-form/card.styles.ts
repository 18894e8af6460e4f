import { css } from 'lit';

/**
 * The card both survey elements draw, and everything in it but the answers: the reset, the theme, the type, the
 * progress bar, messages, the buttons, the focus ring and the thank-you's reference code. The element's
 * `static styles` puts the answers (answers.styles.ts) and the patient's display settings (display-settings.styles.ts)
 * after it. Written to be read: the build minifies it (scripts/minify-templates.ts), and the private `--_…` names
 * below become one letter each, the same letter in every stylesheet of a build, so a clearer name costs a patient's
 * phone nothing.
 *
 * Theme tokens (`--pf-*`) are READ with fallbacks, never declared on :host, so a practice can set them anywhere up
 * the page (`:root { --pf-accent: #7a1f5c }`). Each is read once here into a private `--_…` on the container (where
 * the page cannot reach it), and dark mode only swaps those defaults; the other stylesheets read the private names.
 * Every target is at least 44 px; focus always shows. No `:has()`: it made every screen change restyle the whole
 * form (the chosen tile gets a class instead).
 */
export const card = css`
  /* Resets the inherited text properties a site may set on body (letter-spacing, nowrap, uppercase, …); the font
     shorthand already resets style, variant, weight and line-height. The container's dir follows the patient's
     language (src/i18n/direction.ts); every inline-direction property below is logical (start/end, inline), so the
     card mirrors for Arabic or Urdu. A word too long for its line (400 % zoom, a long German word) breaks rather
     than scroll sideways. color-scheme lets native radios and checkboxes turn dark with the card. Layout and style
     containment only: paint containment would clip a themed ::part(container) shadow. */
  :host {
    display: block;
    font: var(--pf-font-size, 1.0625rem) / 1.5 var(--pf-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    word-break: normal;
    overflow-wrap: break-word;
    color-scheme: light dark;
    contain: layout style;
  }
  :host([hidden]) {
    display: none;
  }
  :host([kiosk]) {
    font-size: var(--pf-kiosk-font-size, 1.375rem);
  }

  /* The honeypot: off screen, so only a program fills it in. Off the left edge (the element's tests find it there)
     and of no size, so it adds nothing to scroll to, even on a right-to-left page, whose scrolling runs leftward. */
  .trap {
    position: absolute;
    left: -100vw;
    width: 0;
    height: 0;
    padding: 0;
    border: 0;
    opacity: 0;
  }

  .container {
    --_accent: var(--pf-accent, #0b6e4f);
    --_accent-text: var(--pf-accent-text, var(--_accent));
    --_radius: var(--pf-radius, 12px);
    --_border: 2px solid var(--pf-border, #8a9792);
    --_error: var(--pf-error, #a4262c);
    --_muted: var(--pf-muted, #4a5550);
    --_focus: var(--pf-focus, #1a56db);
    --_text: var(--pf-text, #1c2421);
    --_surface: var(--pf-surface, #fff);
    --_selected: var(--pf-selected, #e8f3ef);
    --_field: var(--pf-field, #fff);
    --_track: var(--pf-track, #dce3e0);
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--pf-padding, clamp(1rem, 4vw, 2rem));
    max-width: var(--pf-max-width, 40rem);
    margin: auto;
    box-sizing: border-box;
  }
  @media (prefers-color-scheme: dark) {
    .container {
      --_accent-text: var(--pf-accent-text, #7fd6b3);
      --_error: var(--pf-error, #ff9d97);
      --_muted: var(--pf-muted, #b4c2bc);
      --_focus: var(--pf-focus, #8ab4ff);
      --_text: var(--pf-text, #e9efec);
      --_surface: var(--pf-surface, #16201c);
      --_selected: var(--pf-selected, #1f3a30);
      --_field: var(--pf-field, #0f1714);
      --_track: var(--pf-track, #34423d);
    }
  }

  .title {
    font-size: 1.35em;
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
  .lead {
    font-size: 1.1em;
    margin: 0 0 1rem;
  }
  h3 {
    font-size: 1.1em;
    margin-top: 1rem;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
    font-weight: 400;
    margin: 0.25rem 0 0.5rem;
  }

  progress {
    display: block;
    width: 100%;
    height: 0.5rem;
    appearance: none;
    border: 0;
    border-radius: 1rem;
    overflow: hidden;
    background: var(--_track);
    margin-bottom: 1rem;
  }
  ::-webkit-progress-bar {
    background: var(--_track);
  }
  ::-webkit-progress-value {
    background: var(--_accent-text);
  }
  ::-moz-progress-bar {
    background: var(--_accent-text);
  }

  /* Messages: a question's error and an over-long answer's counter, the error summary, notes. */
  .error,
  .over {
    color: var(--_error);
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .box {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
  .box ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  /* A configuration problem's message, for the practice's web person. */
  .detail {
    font: 0.85em ui-monospace, monospace;
    overflow-wrap: anywhere;
  }
  .note {
    border-inline-start: 4px solid var(--_accent);
    padding: 0.25rem 0.75rem;
    margin: 0.75rem 0;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1.5rem;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1.5rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_accent);
    cursor: pointer;
    background: none;
    color: var(--_accent-text);
  }
  .primary {
    background: var(--_accent);
    color: var(--pf-on-accent, #fff);
    margin-inline-start: auto;
  }
  .offer button {
    flex: 1 1 auto;
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* The thank-you screen's reference code, for the patient to quote. */
  .reference-code {
    font: 700 1.6em ui-monospace, Menlo, monospace;
    letter-spacing: 0.12em;
    user-select: all;
    margin: 0.25rem 0 1rem;
  }
  .strong {
    font-weight: 600;
  }
`;
