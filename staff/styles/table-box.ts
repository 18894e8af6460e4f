import { css, html } from 'lit';

/**
 * A table of rows (accounts, tablets, the audit trail, who is signed in, what came in by practice): it scrolls inside
 * its own box on a phone, never the page; the box is positioned, so buttons' visually hidden words scroll (and clip)
 * with the table instead of widening the page.
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

/**
 * The box with its table (a template): the box takes focus and is named by the table's caption (`id`), so a keyboard
 * reaches the columns off to the side and hears what they are; a heading for each column, then `rows`.
 */
export function tableBox(o: { id: string; caption: unknown; head: readonly unknown[]; rows: unknown }) {
  return html`<div class="table-box" role="region" aria-labelledby=${o.id} tabindex="0">
    <table>
      <caption id=${o.id}>
        ${o.caption}
      </caption>
      <thead>
        <tr>
          ${o.head.map((name) => html`<th scope="col">${name}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${o.rows}
      </tbody>
    </table>
  </div>`;
}
