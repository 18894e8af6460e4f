import { css } from 'lit';

/**
 * The Accounts screen: a table that scrolls inside its own box on a phone (never the page), the set-up link in a
 * framed box until Done, dialogs that fit a 320 px screen.
 */
export const accountsStyles = css`
  :host {
    display: block;
  }
  /* Positioned, so the buttons' hidden words scroll (and clip) with the table, not widen the page. */
  .table-box {
    position: relative;
    overflow-x: auto;
    max-width: 100%;
    margin: 0 0 1rem;
  }
  .table-box:focus-visible {
    outline: 3px solid var(--staff-focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    min-width: 100%;
  }
  caption {
    text-align: start;
    font-weight: 700;
    padding: 0 0 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.4rem 0.75rem 0.4rem 0;
    border-bottom: 1px solid var(--staff-line);
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
`;
