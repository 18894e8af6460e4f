import { css } from 'lit';

/**
 * A screen's dialogs and the forms in them (Accounts, Tablets): a dialog that fits a 320 px screen, its fields one
 * above the other, its buttons wrapping onto a new line rather than widening it.
 */
export const dialogFormStyles = css`
  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    box-sizing: border-box;
    border: 2px solid var(--staff-ink);
    border-radius: 8px;
    background: var(--staff-paper);
    color: var(--staff-ink);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    grid-template-columns: minmax(0, 1fr);
    margin: 0 0 0.75rem;
  }
`;
