import { css } from 'lit';

/**
 * The Webhooks screen: endpoints as cards that read top to bottom on a phone, their actions as a row of buttons that
 * wraps, the delivery log's table scrolling in its own box, addresses and secrets that break anywhere.
 */
export const webhooksStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  /* Addresses are long words: they break anywhere rather than widen the page. */
  h2,
  h3,
  p {
    overflow-wrap: anywhere;
  }
  .endpoints {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .endpoint {
    border: 1px solid var(--staff-line);
    border-left: 6px solid var(--staff-line);
    border-radius: 6px;
    padding: 0.5rem 1rem;
    margin: 0 0 0.75rem;
  }
  .endpoint.off {
    border-left-color: var(--staff-alert);
  }
  .endpoint h3 {
    font-size: 1.05rem;
    margin: 0.25rem 0;
  }
  .endpoint p,
  .endpoint dl {
    margin: 0.25rem 0;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.1rem 0.75rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.5rem 0;
  }
  /* Positioned, so the table's visually hidden words stay inside its box rather than widening the page. */
  .scroll {
    position: relative;
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
    min-width: 40rem;
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
  code,
  .secret input {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    overflow-wrap: anywhere;
  }
  .secret {
    border: 2px solid var(--staff-focus);
    border-radius: 6px;
    padding: 0.5rem 1rem;
    margin: 0 0 1rem;
  }
  .copy {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .copy input,
  .copy textarea {
    flex: 1 1 12rem;
    min-width: 0;
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
  fieldset {
    border: 1px solid var(--staff-line);
    border-radius: 6px;
    margin: 0.75rem 0;
    min-width: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0.75rem 0;
  }
  .field input,
  .field textarea {
    max-width: 40rem;
  }
`;
