import { css } from 'lit';

/**
 * The kiosk's own screens: big type, big targets (≥ 44 px), nothing to select or long-press on patient screens.
 * Patient screens carry the language's dir (src/i18n/direction.ts) and only logical inline properties, so they mirror
 * for Arabic or Urdu; they reflow down to 320 CSS px (a tablet at 400 % zoom) and keep their meaning in forced colours.
 */
export const kioskStyles = css`
  :host {
    display: block;
    position: relative;
    min-height: 100vh;
    min-height: 100dvh;
    box-sizing: border-box;
    font-family: var(--pf-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--pf-kiosk-font-size, 1.375rem);
    line-height: 1.45;
    color: var(--pf-kiosk-text, #1b1f23);
    background: var(--pf-kiosk-background, #f6f8f7);
    -webkit-tap-highlight-color: transparent;
  }
  .patient {
    user-select: none;
    -webkit-user-select: none;
    -webkit-touch-callout: none;
  }
  .start {
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 2rem;
    min-height: 100vh;
    min-height: 100dvh;
    padding: 2rem;
    box-sizing: border-box;
    text-align: center;
  }
  h1 {
    font-size: 2.25em;
    line-height: 1.2;
    margin: 0;
  }
  p {
    margin: 0;
    max-width: 36em;
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    border-radius: 0.75rem;
    cursor: pointer;
  }
  button:focus-visible {
    outline: 4px solid var(--pf-kiosk-focus, #1a5fb4);
    outline-offset: 3px;
  }
  .start-button {
    font-size: 1.5em;
    font-weight: 700;
    padding: 1em 2.5em;
    border: none;
    color: #ffffff;
    background: var(--pf-accent, #0b6e4f);
    box-shadow: 0 0.25rem 1rem rgb(0 0 0 / 15%);
  }
  .languages {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 1rem;
    border: none;
    margin: 0;
    padding: 0;
  }
  .languages legend {
    /* Announced to screen readers; the language names speak for themselves on screen. */
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .language {
    padding: 0.5em 1.25em;
    border: 2px solid var(--pf-accent, #0b6e4f);
    color: var(--pf-accent, #0b6e4f);
    background: #ffffff;
  }
  .language[aria-pressed='true'] {
    color: #ffffff;
    background: var(--pf-accent, #0b6e4f);
  }
  .setup {
    padding: 1rem 1.5rem;
    border: 2px solid #8a4b00;
    border-radius: 0.75rem;
    color: #5c3200;
    background: #fff4e5;
  }
  .survey {
    max-width: 60rem;
    margin-inline: auto;
    padding: 1.5rem;
    /* The tablet is the patient's whole screen: use it (the embed's 40rem card left the faces cramped). */
    --pf-max-width: 100%;
  }
  .finished {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 1rem 2rem;
    max-width: 60rem;
    margin-inline: auto;
    padding: 1rem 1.5rem 2rem;
  }
  .done {
    padding: 0.5em 2em;
    border: none;
    color: #ffffff;
    background: var(--pf-accent, #0b6e4f);
    font-weight: 700;
  }
  dialog {
    max-width: min(36rem, 90vw);
    padding: 2rem;
    border: none;
    border-radius: 1rem;
    color: inherit;
    background: #ffffff;
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 30%);
    text-align: center;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 55%);
  }
  dialog h2 {
    margin: 0 0 1rem;
    font-size: 1.6em;
  }
  dialog p {
    margin: 0 auto 1.5rem;
  }
  .still-here {
    padding: 0.75em 2em;
    border: none;
    color: #ffffff;
    background: var(--pf-accent, #0b6e4f);
    font-weight: 700;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      color: var(--pf-kiosk-text, #eef1f0);
      background: var(--pf-kiosk-background, #121615);
    }
    .language {
      background: transparent;
      color: #8fe0c2;
      border-color: #8fe0c2;
    }
    .language[aria-pressed='true'] {
      color: #0c1f18;
      background: #8fe0c2;
    }
    dialog {
      background: #1f2624;
    }
  }
  /* Forced colours (Windows high contrast) drop fills and shadows: buttons drawn only by their fill get a frame, and
     the chosen language is told by the system's highlight, not by a fill the browser takes away. */
  @media (forced-colors: active) {
    .start-button,
    .done,
    .still-here {
      border: 2px solid ButtonText;
    }
    .language[aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
    button:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-contrast: more) {
    .language {
      border-width: 3px;
    }
    button:focus-visible {
      outline-width: 6px;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .start-button {
      transition: transform 120ms ease-out;
    }
    .start-button:active {
      transform: scale(0.97);
    }
  }
`;
