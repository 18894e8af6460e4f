import { css } from 'lit';

/**
 * The case panel and its parts: a boxed section, its selects side by side where there is room, deadlines with the
 * pressing ones heavier, the history as a timeline.
 */
export const caseStyles = css`
  :host {
    display: block;
  }
  section {
    border: 1px solid var(--staff-line);
    border-left: 6px solid var(--staff-alert);
    border-radius: 6px;
    padding: 0.25rem 1rem 0.75rem;
    margin: 1.5rem 0;
  }
  h2 {
    margin-top: 0.75rem;
  }
  h3 {
    font-size: 1.1rem;
    margin: 1.25rem 0 0.5rem;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: 0.75rem 1rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
    margin-bottom: 0.75rem;
  }
  .field select,
  .field textarea {
    width: 100%;
  }
  textarea {
    resize: vertical;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .history {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .history li {
    border-left: 3px solid var(--staff-line);
    padding: 0.1rem 0 0.5rem 0.75rem;
  }
  .history p {
    margin: 0;
  }
  .history .when {
    color: var(--staff-muted);
    font-size: 0.95em;
  }
  /* Deadlines: a pressing one (overdue, due today) says so in words and is drawn heavier, with a thicker rule. */
  .clocks,
  .complaint-facts {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .clock,
  .due {
    border-left: 3px solid var(--staff-line);
    padding: 0.2rem 0 0.2rem 0.75rem;
    margin: 0 0 0.35rem;
    overflow-wrap: anywhere;
  }
  .clock.pressing,
  .due.pressing {
    border-left: 8px double var(--staff-alert);
    font-weight: 700;
  }
  .due {
    font-size: 1.05rem;
  }
  .complaint-facts li {
    margin: 0.15rem 0;
  }
  .steps {
    margin: 0.75rem 0;
  }
  .unmark {
    margin-top: 0.75rem;
  }
  .print-only {
    display: none;
  }
  @media print {
    section {
      border: none;
      padding: 0;
    }
    .print-only {
      display: block;
    }
    .history li {
      break-inside: avoid;
    }
  }
`;
