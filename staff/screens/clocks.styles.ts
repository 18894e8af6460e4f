import { css } from 'lit';

/** Deadlines and holidays: each stage of the rule boxed under its name, day fields narrow, Saved in bold. */
export const clocksStyles = css`
  fieldset {
    border: 1px solid var(--staff-line);
    border-radius: 6px;
    margin: 0 0 1rem;
    padding: 0.5rem 1rem 0.25rem;
    min-width: 0;
  }
  fieldset.whole {
    border: none;
    margin: 0;
    padding: 0;
  }
  legend {
    font-weight: 700;
    padding: 0 0.25rem;
    overflow-wrap: anywhere;
  }
  input[type='number'] {
    width: 9rem;
  }
  /* A rule's long name never widens the page past a phone's width. */
  .field {
    grid-template-columns: minmax(0, 1fr);
  }
  .saved {
    font-weight: 700;
  }
`;
