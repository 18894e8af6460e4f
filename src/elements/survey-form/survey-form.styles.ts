import { css } from 'lit';

/**
 * The card both survey elements draw. Written to be read: the build minifies it (scripts/minify-templates.ts), and
 * the private `--_…` names below become one letter each, so a clearer name costs a patient's phone nothing.
 *
 * Theme tokens (`--pf-*`) are READ with fallbacks, never declared on :host, so a practice can set them anywhere up
 * the page (`:root { --pf-accent: #7a1f5c }`). Each is read once into a private `--_…` on the container (where the
 * page cannot reach it), and dark mode only swaps those defaults. Every target is at least 44 px; focus always shows.
 * No `:has()`: it made every screen change restyle the whole form (the chosen tile gets a class instead).
 */
export const styles = css`
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

  .options {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 1rem;
  }
  /* Faces: 6 across when each gets about 5em, else 3 × 2, and 2 × 3 on a row under 17em (320 px, or 400 % zoom),
     never 5 + 1. The column minimum is a sixth of the row when the row is at least 33em wide, a third otherwise, a
     half under 17em: (33em - 100%) * 99 flips sign at the threshold. In em, so the kiosk's larger
     type needs more room before going 6 across. In a right-to-left language the grid runs from the right: the first
     answer (Very good) is read first there too. */
  .faces {
    grid-template-columns: repeat(
      auto-fill,
      minmax(
        max(100% / 6 - 0.5rem, min(100% / 3 - 0.5rem, (33em - 100%) * 99), min(50% - 0.5rem, (17em - 100%) * 99)),
        1fr
      )
    );
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 3rem;
    padding: 0.5rem 0.875rem;
    border: var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    box-sizing: border-box;
    /* A word wider than the tile (big type, a narrow screen, a reader's letter spacing) breaks inside it. */
    overflow-wrap: anywhere;
  }
  /* The chosen tile. */
  .on {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    background: var(--_selected);
  }
  .faces .option {
    flex-direction: column;
    text-align: center;
    min-height: 7em;
    padding: 0.5em 0.25em;
    font-weight: 600;
  }
  .face {
    width: 3em;
    height: 3em;
    fill: none;
    stroke: var(--_accent-text);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  [part='field'] {
    font: inherit;
    color: inherit;
    background: var(--_field);
    width: 100%;
    min-height: 2.75rem;
    box-sizing: border-box;
    padding: 0.5rem 0.75rem;
    border: var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  textarea {
    resize: vertical;
  }
  .label {
    display: block;
    font-weight: 600;
    margin: 1rem 0 0.25rem;
  }
  .consent {
    margin-top: 1rem;
  }

  .consent .error + .option,
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
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

  .reference-code {
    font: 700 1.6em ui-monospace, Menlo, monospace;
    letter-spacing: 0.12em;
    user-select: all;
    margin: 0.25rem 0 1rem;
  }
  .strong {
    font-weight: 600;
  }

  /* Windows high contrast and other forced colours: the browser repaints in system colours and drops shadows and
     backgrounds, so what only those showed gets a system colour back: the chosen tile (an inner ring, as its inset
     shadow was), the faces, the progress bar's fill, the focus ring. */
  @media (forced-colors: active) {
    .on {
      outline: 2px solid Highlight;
      outline-offset: -4px;
    }
    .face {
      stroke: CanvasText;
    }
    progress {
      border: 1px solid CanvasText;
    }
    ::-webkit-progress-value {
      background: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  /* "More contrast": hints and borders take the text colour, the focus ring thickens. */
  @media (prefers-contrast: more) {
    .container {
      --_muted: var(--_text);
      --_border: 2px solid var(--_text);
    }
    :focus-visible {
      outline-width: 4px;
    }
  }

  /* Motion only for those who have not asked for less: there is none under prefers-reduced-motion. */
  @media (prefers-reduced-motion: no-preference) {
    .option,
    button {
      transition:
        background-color 0.12s,
        border-color 0.12s;
    }
  }
`;
