import { css } from 'lit';
import { tableBoxStyles } from '../../styles/table-box.js';

/**
 * The Audit screen: the table scrolls sideways inside its own box on a phone (never the page); each action in words
 * with its code beneath, smaller; Older / Newer side by side, each a full-size target.
 */
export const auditStyles = [
  tableBoxStyles,
  css`
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
`,
];
