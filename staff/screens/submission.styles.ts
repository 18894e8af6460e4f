import { css } from 'lit';

/** A submission read top to bottom: each question above its answer on a phone, beside it where there is room. */
export const submissionStyles = css`
  dl {
    display: grid;
    grid-template-columns: minmax(10rem, 1fr) 2fr;
    gap: 0.35rem 1rem;
    margin: 0.5rem 0 1rem;
  }
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  .mark {
    font-weight: 600;
  }
  @media (max-width: 40rem) {
    dl {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    dd + dt {
      margin-top: 0.6rem;
    }
  }
  @media print {
    dl {
      grid-template-columns: 14rem 1fr;
    }
  }
`;
