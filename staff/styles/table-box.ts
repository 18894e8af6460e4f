import { css } from 'lit';

/**
 * A table of rows (accounts, tablets, the audit trail, who is signed in): it scrolls inside its own box on a phone, never the page; the box
 * is positioned, so buttons' visually hidden words scroll (and clip) with the table instead of widening the page.
 */
export const tableBoxStyles = css`
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
`;
