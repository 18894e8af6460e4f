import { css } from 'lit';
import { tableBoxStyles } from '../../styles/table-box.js';

/**
 * The Accounts screen: a table that scrolls inside its own box on a phone (never the page), the set-up link in a
 * framed box until Done, dialogs that fit a 320 px screen.
 */
export const accountsStyles = [
  tableBoxStyles,
  css`
  :host {
    display: block;
  }
  td.email {
    overflow-wrap: anywhere;
    min-width: 10rem;
  }
  .status {
    font-weight: 700;
  }
  .status.disabled {
    color: var(--staff-muted);
  }
  .why {
    display: block;
    font-weight: 400;
    min-width: 10rem;
  }
  td .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    min-width: 12rem;
  }
  .ready {
    border: 2px solid var(--staff-accent);
    border-radius: 6px;
    padding: 0.5rem 1rem 1rem;
    margin: 0 0 1rem;
  }
  .ready input {
    width: 100%;
    box-sizing: border-box;
    font-family: ui-monospace, monospace;
  }
  fieldset {
    border: none;
    margin: 0 0 0.75rem;
    padding: 0;
    min-width: 0;
  }
  legend {
    font-weight: 700;
    padding: 0;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    min-height: 2.75rem;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
  }
  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    box-sizing: border-box;
    border: 2px solid var(--staff-ink);
    border-radius: 8px;
    background: var(--staff-paper);
    color: var(--staff-ink);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    grid-template-columns: minmax(0, 1fr);
    margin: 0 0 0.75rem;
  }
`,
];
