import { css } from 'lit';

/**
 * The Surveys screen: the versions' table scrolling in its own box, the definition in a monospace field that never
 * widens the page, mistakes as buttons that read like links, addresses that break anywhere.
 */
export const surveysStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  .scroll {
    overflow-x: auto;
    max-width: 100%;
    border: 1px solid var(--staff-line);
    border-radius: 6px;
  }
  .scroll:focus-visible {
    outline: 3px solid var(--staff-focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    min-width: 48rem;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid var(--staff-line);
  }
  thead th {
    background: var(--staff-tint);
  }
  tbody tr:last-child > * {
    border-bottom: none;
  }
  th[scope='row'] {
    font-weight: 600;
    min-width: 11rem;
  }
  code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .id {
    display: block;
    font-weight: 400;
    color: var(--staff-muted);
  }
  .address {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    overflow-wrap: anywhere;
  }
  .field {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25rem;
    margin: 0 0 1rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
  }
  .row select {
    min-width: 0;
  }
  textarea.definition {
    width: 100%;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9rem;
    line-height: 1.4;
    tab-size: 2;
    white-space: pre;
    overflow: auto;
    resize: vertical;
  }
  .problems ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  button.place {
    border: none;
    padding: 0.25rem 0;
    justify-content: start;
    text-align: start;
    font-weight: 400;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    max-width: 100%;
  }
  .ok {
    font-weight: 600;
  }
  .published {
    border-left: 6px solid var(--staff-accent);
    padding: 0.5rem 0.75rem;
    background: var(--staff-tint);
    overflow-wrap: anywhere;
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .copy input,
  .copy textarea {
    flex: 1 1 14rem;
    min-width: 0;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9rem;
  }
`;
