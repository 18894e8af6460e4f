import { css } from 'lit';

/**
 * The Audit screen: the table scrolls sideways inside its own box on a phone (never the page); each action in words
 * with its code beneath, smaller; Older / Newer side by side, each a full-size target.
 */
export const auditStyles = css`
  .table-box {
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
  td.when {
    white-space: nowrap;
  }
  td.details {
    min-width: 12rem;
    overflow-wrap: anywhere;
  }
  .code {
    display: block;
    color: var(--staff-muted);
    font-family: ui-monospace, monospace;
    font-size: 0.85em;
  }
  .paging {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .download {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
`;
