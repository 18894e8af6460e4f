import { css } from 'lit';

/**
 * What every console screen shares: plain controls with 44 px targets (staff use phones and touch screens too), a
 * focus ring that is always visible, light and dark, and the print rules that keep controls off paper. Colours
 * meet WCAG AA in both schemes; a state is never told by colour alone. The colours are `--staff-…` custom properties
 * set on each screen's host and read by its other stylesheets: public names, so a page can read them too (a `--_…`
 * name is private and shortened by the build, the same in every stylesheet: scripts/minify-templates.ts).
 */
export const sharedStyles = css`
  :host {
    --staff-accent: #0b6e4f;
    --staff-ink: #1c1f1e;
    --staff-muted: #4a5250;
    --staff-line: #8a8a8a;
    --staff-paper: #ffffff;
    --staff-tint: #eef4f1;
    --staff-focus: #1a5fb4;
    --staff-alert: #a4221d;
    color: var(--staff-ink);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --staff-accent: #7fd1b0;
      --staff-ink: #eef1f0;
      --staff-muted: #c0c8c5;
      --staff-line: #7d8784;
      --staff-paper: #151918;
      --staff-tint: #1f2927;
      --staff-focus: #8ab4f8;
      --staff-alert: #ff9c94;
    }
  }
  h1 {
    font-size: 1.75rem;
    line-height: 1.25;
    margin: 0 0 0.75rem;
  }
  h1:focus {
    outline: none;
  }
  h1:focus-visible {
    outline: 3px solid var(--staff-focus);
    outline-offset: 4px;
  }
  h2 {
    font-size: 1.3rem;
    margin: 1.75rem 0 0.5rem;
  }
  a {
    color: var(--staff-accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--staff-focus);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    box-sizing: border-box;
    max-width: 100%;
  }
  input,
  select,
  textarea {
    min-height: 44px;
    padding: 0.35rem 0.5rem;
    border: 2px solid var(--staff-muted);
    border-radius: 6px;
    background: var(--staff-paper);
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 44px;
    min-width: 44px;
    padding: 0.35rem 1.1rem;
    border: 2px solid var(--staff-accent);
    border-radius: 6px;
    color: var(--staff-accent);
    background: var(--staff-paper);
    font-weight: 600;
    text-decoration: none;
    cursor: pointer;
  }
  button.primary {
    color: var(--staff-paper);
    background: var(--staff-accent);
  }
  button:disabled {
    opacity: 0.65;
    cursor: progress;
  }
  label {
    font-weight: 600;
  }
  .links a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .hint {
    color: var(--staff-muted);
    font-size: 0.95em;
    margin: 0.15rem 0 0;
  }
  .problem {
    border-left: 6px solid var(--staff-alert);
    padding: 0.5rem 0.75rem;
    background: var(--staff-tint);
  }
  /* A patient's words: kept as written (line breaks, right-to-left text), never pushed past the screen's edge. */
  .words {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    unicode-bidi: plaintext;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media print {
    :host {
      --staff-ink: #000000;
      --staff-muted: #333333;
      --staff-paper: #ffffff;
      color: #000000;
    }
    button,
    form,
    .no-print {
      display: none !important;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
