import { css } from 'lit';

/**
 * The Results screen on screen and on paper: on paper only the poster — the practice, the month's % positive in
 * large type, the chart — on one page; on screen the poster is not shown.
 */
export const resultsScreenStyles = css`
  :host {
    display: block;
  }
  section {
    max-width: 100%;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 44px;
  }
  .check input {
    width: 24px;
    height: 24px;
    min-height: 24px;
    margin: 0;
  }
  .poster {
    display: none;
  }
  @media print {
    h1,
    .screen-only {
      display: none !important;
    }
    .poster {
      display: block;
      break-inside: avoid;
    }
    .poster h2 {
      font-size: 1.8rem;
      margin: 0 0 0.5rem;
    }
    .poster .big {
      font-size: 5rem;
      font-weight: 700;
      line-height: 1.1;
      margin: 0.5rem 0;
    }
    .poster .thanks {
      font-size: 1.2rem;
    }
  }
`;
