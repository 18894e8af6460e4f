import { css } from 'lit';

/** Rows of submissions: cards that read top to bottom on a phone, a case's state in words and a side rule. */
export const listStyles = css`
  :host {
    display: block;
  }
  .rows {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .row {
    border: 1px solid var(--staff-line);
    border-left: 6px solid var(--staff-line);
    border-radius: 6px;
    padding: 0.5rem 1rem;
    margin: 0 0 0.75rem;
  }
  .row.what-went-wrong {
    border-left-color: var(--staff-alert);
  }
  .row h2,
  .row h3 {
    font-size: 1.1rem;
    margin: 0;
  }
  .row h2 a,
  .row h3 a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .row p {
    margin: 0.2rem 0;
  }
  .meta,
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 1.25rem;
  }
  .meta {
    color: var(--staff-muted);
  }
  .excerpt {
    border-left: 3px solid var(--staff-line);
    padding-left: 0.75rem;
  }
  .mark {
    font-weight: 600;
  }
  /* A case's clock: a formal complaint boxed as a tag; a due case bold, an overdue or due-today one heavier still. */
  .clock-state {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.75rem;
  }
  .tag {
    border: 2px solid var(--staff-ink);
    border-radius: 4px;
    padding: 0 0.4rem;
    font-weight: 700;
  }
  .due {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .due.pressing {
    font-weight: 800;
    border-bottom: 3px double var(--staff-alert);
  }
  .case-state.status-resolved {
    color: var(--staff-muted);
  }
  .arrived,
  .searched {
    padding: 0.5rem 0.75rem;
    background: var(--staff-tint);
    border-radius: 6px;
  }
  .count {
    color: var(--staff-muted);
  }
`;
