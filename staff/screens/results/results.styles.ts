import { css } from 'lit';

/**
 * The Results screen's parts: tables that scroll sideways in their own box (never the page), charts that shrink to
 * a phone's width, marks in Making Data Count's colours (each with its own shape too), and forms that fold to one
 * column. Chart colours are `--staff-…` properties so dark mode and paper get their own.
 */
export const resultsStyles = css`
  :host {
    display: block;
    --staff-improvement: #1d5fa8;
    --staff-concern: #a84a00;
    --staff-neither: #6b3fa0;
    --staff-common: #5f6664;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --staff-improvement: #8ab4f8;
      --staff-concern: #ffb074;
      --staff-neither: #d0a8ff;
      --staff-common: #b9c2bf;
    }
  }
  .table-box {
    max-width: 100%;
    overflow-x: auto;
    margin: 0.5rem 0 1rem;
  }
  .table-box:focus-visible {
    outline: 3px solid var(--staff-focus);
    outline-offset: 2px;
  }
  table {
    border-collapse: collapse;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0 0 0.25rem;
  }
  th,
  td {
    border-bottom: 1px solid var(--staff-line);
    padding: 0.3rem 0.6rem;
    text-align: end;
    white-space: nowrap;
  }
  thead th {
    white-space: normal;
    vertical-align: bottom;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
    white-space: normal;
    min-width: 8rem;
  }
  tr.sum th,
  tr.sum td {
    font-weight: 700;
    border-top: 2px solid var(--staff-ink);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin: 0.5rem 0;
  }
  details {
    margin: 0.5rem 0;
  }
  summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    font-weight: 600;
    cursor: pointer;
  }
  form {
    display: grid;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .counts {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.75rem;
  }
  .counts input {
    width: 100%;
  }
  textarea {
    width: 100%;
    font-family: ui-monospace, monospace;
    font-size: 0.85rem;
  }
  .ods-form {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem 0.75rem;
  }
  .handed-in {
    overflow-wrap: anywhere;
    border-left: 6px solid var(--staff-accent);
    padding: 0.5rem 0.75rem;
    background: var(--staff-tint);
  }
  .handed-in:focus-visible {
    outline: 3px solid var(--staff-focus);
  }
  figure {
    margin: 0.5rem 0;
  }
  svg.chart,
  svg.bars {
    display: block;
    width: 100%;
    max-width: 44rem;
    height: auto;
  }
  svg.bars {
    max-width: 26rem;
  }
  svg text {
    fill: var(--staff-ink);
    font-size: 13px;
  }
  svg .axis {
    fill: var(--staff-muted);
    font-size: 12px;
  }
  svg .grid {
    stroke: var(--staff-line);
    stroke-width: 0.5;
  }
  svg .mean {
    stroke: var(--staff-ink);
    stroke-width: 1.5;
  }
  svg .limit {
    stroke: var(--staff-muted);
    stroke-width: 1.5;
    stroke-dasharray: 6 4;
  }
  svg .series {
    fill: none;
    stroke: var(--staff-common);
    stroke-width: 1.5;
  }
  svg .point {
    stroke: var(--staff-paper);
    stroke-width: 1;
  }
  svg .common {
    fill: var(--staff-common);
  }
  svg .improvement {
    fill: var(--staff-improvement);
  }
  svg .concern {
    fill: var(--staff-concern);
  }
  svg .neither {
    fill: var(--staff-neither);
  }
  svg .track {
    fill: var(--staff-tint);
  }
  svg .bar {
    fill: var(--staff-accent);
  }
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.35rem;
  }
  .legend svg {
    width: 1.5rem;
    height: 1.1rem;
  }
  @media print {
    .table-box {
      overflow: visible;
    }
  }
`;
