import { css } from 'lit';

/** The Practices screen: one section per practice, its fields one above the other, long addresses wrapped. */
export const practicesStyles = css`
  section {
    border-top: 1px solid var(--staff-line);
    padding-top: 0.5rem;
    margin-top: 1.5rem;
  }
  form {
    display: grid;
    gap: 0.75rem;
    max-width: 40rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  .field input,
  .field textarea {
    width: 100%;
  }
  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
    min-width: 0;
  }
  code {
    overflow-wrap: anywhere;
  }
  td.count {
    text-align: end;
  }
`;
