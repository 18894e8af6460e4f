import { css } from 'lit';

/**
 * The frame: a bar across the top, the navigation beside the screen on a desk's screen and behind a Menu button on a
 * phone (under 48rem, with who is signed in), and nothing of the frame on paper — a printed case file is the case alone.
 */
export const consoleStyles = css`
  :host {
    display: block;
    min-height: 100vh;
    background: var(--staff-paper);
  }
  .skip {
    position: absolute;
    left: 0.5rem;
    top: -10rem;
    z-index: 2;
    padding: 0.75rem 1rem;
    background: var(--staff-paper);
    border: 2px solid var(--staff-accent);
  }
  .skip:focus {
    top: 0.5rem;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.5rem 1rem;
    border-bottom: 1px solid var(--staff-line);
    background: var(--staff-tint);
  }
  .brand {
    margin: 0;
    font-weight: 700;
    font-size: 1.15rem;
  }
  .who {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    margin-left: auto;
  }
  .who p {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .who a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .who form {
    margin: 0;
  }
  .menu {
    display: none;
  }
  .layout {
    display: grid;
    grid-template-columns: 13rem minmax(0, 1fr);
  }
  nav {
    padding: 1rem 0.5rem;
    border-right: 1px solid var(--staff-line);
  }
  nav ul {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0 0 1rem;
    border-bottom: 1px solid var(--staff-line);
  }
  nav ul:last-child {
    border-bottom: none;
  }
  nav .group {
    margin: 0 0 0.25rem;
    padding: 0 0.75rem;
    font-size: 0.9rem;
    font-weight: 700;
    color: var(--staff-muted);
  }
  nav a {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding: 0 0.75rem;
    border-radius: 6px;
    text-decoration: none;
  }
  nav a:hover {
    text-decoration: underline;
  }
  nav a[aria-current='page'] {
    font-weight: 700;
    background: var(--staff-paper);
    border-left: 4px solid var(--staff-accent);
  }
  main {
    padding: 1.25rem 1.5rem 3rem;
    max-width: 64rem;
    min-width: 0;
  }
  main:focus {
    outline: none;
  }
  dialog.idle {
    max-width: 30rem;
    border: 2px solid currentColor;
    border-radius: 8px;
    padding: 1rem 1.25rem;
    color: var(--staff-ink);
    background: var(--staff-paper);
  }
  dialog.idle::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  dialog.idle h2 {
    margin-top: 0;
  }
  dialog.idle p[role='status']:empty {
    margin: 0;
  }
  @media (max-width: 48rem) {
    /* A phone: the bar is the name and Menu; Menu opens who is signed in, Sign out and the navigation below it. */
    .menu {
      display: inline-flex;
      margin-left: auto;
    }
    .who {
      display: none;
      margin-left: 0;
      width: 100%;
    }
    .bar.open .who {
      display: flex;
    }
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    nav {
      display: none;
      border-right: none;
      border-bottom: 1px solid var(--staff-line);
    }
    nav.open {
      display: block;
    }
    main {
      padding: 1rem;
    }
  }
  @media print {
    .skip,
    .bar,
    nav,
    dialog {
      display: none !important;
    }
    .layout {
      display: block;
    }
    main {
      padding: 0;
      max-width: none;
    }
  }
`;
