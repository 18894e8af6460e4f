import { css } from 'lit';

/**
 * Theme tokens are READ with fallbacks, never declared on :host, so a practice can set them anywhere up the page
 * (`:root { --pf-accent: #7a1f5c }`). Every target is at least 44 px; focus is always visible.
 */
export const styles = css`
  :host {
    display: block;
    font-family: var(--pf-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--pf-font-size, 1.0625rem);
    line-height: 1.5;
    color: var(--pf-text, #1c2421);
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  :host([kiosk]) {
    font-size: var(--pf-kiosk-font-size, 1.375rem);
  }
  .container {
    background: var(--pf-surface, #ffffff);
    border-radius: var(--pf-radius, 12px);
    padding: var(--pf-padding, clamp(1rem, 4vw, 2rem));
    max-width: var(--pf-max-width, 40rem);
    margin-inline: auto;
    box-sizing: border-box;
  }
  .title {
    font-size: 1.35em;
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
  h3.title {
    font-size: 1.1em;
    margin-top: 1rem;
  }
  .optional,
  .help,
  .progress-text,
  .counter {
    color: var(--pf-muted, #4a5550);
    font-size: 0.9em;
    font-weight: normal;
  }
  .help {
    margin: 0 0 0.75rem;
  }
  .progress {
    margin-bottom: 1rem;
  }
  .progress-text {
    margin: 0 0 0.25rem;
  }
  progress {
    appearance: none;
    width: 100%;
    height: 0.5rem;
    border: 0;
    border-radius: 0.25rem;
    background: var(--pf-track, #dfe6e3);
    display: block;
  }
  progress::-webkit-progress-bar {
    background: var(--pf-track, #dfe6e3);
    border-radius: 0.25rem;
  }
  progress::-webkit-progress-value {
    background: var(--pf-accent, #0b6e4f);
    border-radius: 0.25rem;
  }
  progress::-moz-progress-bar {
    background: var(--pf-accent, #0b6e4f);
  }
  .options {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 1rem;
  }
  .options.faces {
    grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr));
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 3rem;
    padding: 0.5rem 0.875rem;
    border: 2px solid var(--pf-border, #8a9792);
    border-radius: var(--pf-radius, 12px);
    cursor: pointer;
    box-sizing: border-box;
  }
  .option:has(input:checked) {
    border-color: var(--pf-accent, #0b6e4f);
    box-shadow: inset 0 0 0 2px var(--pf-accent, #0b6e4f);
    background: var(--pf-selected, #e8f3ef);
  }
  .faces .option {
    flex-direction: column;
    justify-content: center;
    text-align: center;
    min-height: 7rem;
    font-weight: 600;
  }
  .face {
    width: 3rem;
    height: 3rem;
    color: var(--pf-accent, #0b6e4f);
  }
  input[type='radio'],
  input[type='checkbox'] {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--pf-accent, #0b6e4f);
  }
  textarea,
  input[type='text'],
  input[type='tel'],
  input[type='email'] {
    font: inherit;
    color: inherit;
    background: var(--pf-field, #ffffff);
    width: 100%;
    min-height: 2.75rem;
    box-sizing: border-box;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--pf-border, #8a9792);
    border-radius: calc(var(--pf-radius, 12px) / 2);
  }
  textarea {
    resize: vertical;
  }
  .field-label {
    display: block;
    font-weight: 600;
    margin: 1rem 0 0.25rem;
  }
  .consent {
    margin-top: 1rem;
  }
  .counter {
    margin: 0.25rem 0 0;
  }
  .counter.over {
    color: var(--pf-error, #a4262c);
    font-weight: 600;
  }
  [aria-invalid='true'] {
    border-color: var(--pf-error, #a4262c);
  }
  .field-error {
    color: var(--pf-error, #a4262c);
    font-weight: 600;
    margin: 0 0 0.5rem;
  }
  .summary,
  .problem,
  .not-saved {
    border: 2px solid var(--pf-error, #a4262c);
    border-radius: var(--pf-radius, 12px);
    padding: 0.75rem 1rem;
    margin-bottom: 1rem;
  }
  .summary ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .problem-detail {
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
    overflow-wrap: anywhere;
  }
  .note,
  .emergency {
    border-inline-start: 4px solid var(--pf-accent, #0b6e4f);
    padding: 0.25rem 0.75rem;
    margin: 0.75rem 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    justify-content: space-between;
    margin-top: 1.5rem;
  }
  .actions .primary {
    margin-inline-start: auto;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5rem 1.5rem;
    border-radius: var(--pf-radius, 12px);
    border: 2px solid var(--pf-accent, #0b6e4f);
    cursor: pointer;
  }
  button.primary {
    background: var(--pf-accent, #0b6e4f);
    color: var(--pf-on-accent, #ffffff);
  }
  button.secondary {
    background: transparent;
    color: var(--pf-accent-text, var(--pf-accent, #0b6e4f));
  }
  button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
  :focus-visible,
  .option:has(input:focus-visible) {
    outline: 3px solid var(--pf-focus, #1a56db);
    outline-offset: 2px;
  }
  .option input:focus-visible {
    outline-offset: 1px;
  }
  [data-screen-heading]:focus {
    outline: none;
  }
  [data-screen-heading]:focus-visible {
    outline: 3px solid var(--pf-focus, #1a56db);
  }
  .reference-code {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    font-size: 1.6em;
    font-weight: 700;
    letter-spacing: 0.12em;
    user-select: all;
    margin: 0.25rem 0;
  }
  .reference-label {
    margin: 1rem 0 0;
    font-weight: 600;
  }
  .promise {
    font-weight: 600;
  }
  @media (prefers-reduced-motion: no-preference) {
    .option,
    button {
      transition: background-color 120ms ease, border-color 120ms ease;
    }
  }
  @media (prefers-color-scheme: dark) {
    :host {
      color: var(--pf-text, #e9efec);
    }
    .container {
      background: var(--pf-surface, #16201c);
    }
    .optional,
    .help,
    .progress-text,
    .counter {
      color: var(--pf-muted, #b4c2bc);
    }
    .option:has(input:checked) {
      background: var(--pf-selected, #1f3a30);
    }
    .face,
    button.secondary {
      color: var(--pf-accent-text, #7fd6b3);
    }
    textarea,
    input[type='text'],
    input[type='tel'],
    input[type='email'] {
      background: var(--pf-field, #0f1714);
    }
    .field-error,
    .counter.over {
      color: var(--pf-error, #ff9d97);
    }
    :focus-visible {
      outline-color: var(--pf-focus, #8ab4ff);
    }
  }
`;
