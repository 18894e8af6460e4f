import { css } from 'lit';

/** The search box on its own line, the filters in a grid that folds to one column on a phone. */
export const filterStyles = css`
  :host {
    display: block;
    margin: 0 0 1.25rem;
  }
  form {
    display: grid;
    gap: 0.75rem;
  }
  .find-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }
  .find-row input {
    flex: 1 1 14rem;
  }
  details {
    border: 1px solid var(--staff-line);
    border-radius: 6px;
    padding: 0 0.75rem;
  }
  details[open] {
    padding-bottom: 0.75rem;
  }
  summary {
    display: flex;
    align-items: center;
    min-height: 44px;
    font-weight: 600;
    cursor: pointer;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr));
    gap: 0.75rem 1rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .field input,
  .field select {
    width: 100%;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1rem;
  }
`;
