import { css } from 'lit';
import { dialogFormStyles } from '../../styles/dialog-form.js';
import { tableBoxStyles } from '../../styles/table-box.js';

/**
 * The Accounts screen: a table that scrolls inside its own box on a phone (never the page), the set-up link in a
 * framed box until Done, dialogs that fit a 320 px screen.
 */
export const accountsStyles = [
  tableBoxStyles,
  dialogFormStyles,
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
`,
];
