import { css } from 'lit';

/** Staff screens: plain and dense enough for a status page, still with 44 px targets (staff use the touch screen). */
export const staffStyles = css`
  :host {
    display: block;
    max-width: 52rem;
    margin: 0 auto;
    padding: 1.5rem;
    font-size: 1.125rem;
    line-height: 1.45;
  }
  h2 {
    font-size: 1.6em;
    margin: 0 0 1rem;
  }
  h3 {
    font-size: 1.2em;
    margin: 1.5rem 0 0.75rem;
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 1.1em;
    border: 2px solid #0b6e4f;
    border-radius: 0.6rem;
    color: #0b6e4f;
    background: #ffffff;
    cursor: pointer;
  }
  button.primary {
    color: #ffffff;
    background: #0b6e4f;
  }
  button.danger {
    border-color: #a4221d;
    color: #a4221d;
  }
  button.danger.primary {
    color: #ffffff;
    background: #a4221d;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 4px solid #1a5fb4;
    outline-offset: 2px;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 1rem 0;
  }
  label {
    display: block;
    font-weight: 600;
    margin: 0.75rem 0 0.25rem;
  }
  input,
  select {
    font: inherit;
    min-height: 44px;
    box-sizing: border-box;
    width: 100%;
    max-width: 32rem;
    padding: 0.3em 0.5em;
    border: 2px solid #5b6660;
    border-radius: 0.5rem;
  }
  input[type='checkbox'] {
    width: 28px;
    min-height: 28px;
    height: 28px;
    margin: 8px;
  }
  .check {
    display: flex;
    align-items: center;
    font-weight: normal;
    margin: 0;
  }
  .error {
    color: #a4221d;
    margin: 0.25rem 0;
  }
  .message {
    margin: 0.75rem 0;
    font-weight: 600;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.4rem 1.5rem;
    margin: 0;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  dialog {
    max-width: min(32rem, 90vw);
    padding: 1.5rem;
    border: none;
    border-radius: 1rem;
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 30%);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 55%);
  }
  fieldset {
    border: none;
    margin: 0.75rem 0 0;
    padding: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
  }
`;
