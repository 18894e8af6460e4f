import { css } from 'lit';
import { dialogFormStyles } from '../../styles/dialog-form.js';
import { tableBoxStyles } from '../../styles/table-box.js';

/**
 * The Tablets screen: a table that scrolls inside its own box on a phone (never the page), each status a word, a
 * shape and a colour together, the QR code on white whatever the scheme (a camera reads dark on light).
 */
export const tabletsStyles = [
  tableBoxStyles,
  dialogFormStyles,
  css`
  :host {
    display: block;
    --tablet-green: #0b6e4f;
    --tablet-amber: #8a4b00;
    --tablet-red: #a4221d;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --tablet-green: #7fd1b0;
      --tablet-amber: #ffc46b;
      --tablet-red: #ff9c94;
    }
  }
  td.name {
    overflow-wrap: anywhere;
    min-width: 8rem;
  }
  .status {
    font-weight: 700;
    white-space: nowrap;
  }
  .status.green {
    color: var(--tablet-green);
  }
  .status.amber {
    color: var(--tablet-amber);
  }
  .status.red {
    color: var(--tablet-red);
  }
  .status.retired {
    color: var(--staff-muted);
  }
  .why {
    display: block;
    font-weight: 400;
    white-space: normal;
    min-width: 10rem;
  }
  .qr {
    background: #ffffff;
    padding: 0.5rem;
    width: min(18rem, 100%);
    box-sizing: border-box;
    border: 1px solid var(--staff-line);
  }
  .qr img {
    display: block;
    width: 100%;
    height: auto;
  }
  .link {
    overflow-wrap: anywhere;
    font-family: ui-monospace, monospace;
    font-size: 0.9em;
  }
  .ready {
    border: 2px solid var(--staff-accent);
    border-radius: 6px;
    padding: 0.5rem 1rem 1rem;
    margin: 0 0 1rem;
  }
  fieldset {
    border: none;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .days {
    display: grid;
    gap: 0.5rem;
    grid-template-columns: minmax(0, 1fr);
  }
`,
];
