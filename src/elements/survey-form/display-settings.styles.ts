import { css } from 'lit';

/**
 * What the patient's own display settings change: forced colours, more contrast, reduced motion. Last in the
 * element's `static styles`, after the card (card.styles.ts) and the answers (answers.styles.ts) whose rules it
 * adjusts, so that at equal specificity it wins.
 */
export const displaySettings = css`
  /* Windows high contrast and other forced colours: the browser repaints in system colours and drops shadows and
     backgrounds, so what only those showed gets a system colour back: the chosen tile (an inner ring, as its inset
     shadow was), the faces, the progress bar's fill, the focus ring. */
  @media (forced-colors: active) {
    .on {
      outline: 2px solid Highlight;
      outline-offset: -4px;
    }
    .face {
      stroke: CanvasText;
    }
    progress {
      border: 1px solid CanvasText;
    }
    ::-webkit-progress-value {
      background: Highlight;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
  /* "More contrast": hints and borders take the text colour, the focus ring thickens. */
  @media (prefers-contrast: more) {
    .container {
      --_muted: var(--_text);
      --_border: 2px solid var(--_text);
    }
    :focus-visible {
      outline-width: 4px;
    }
  }

  /* Motion only for those who have not asked for less: there is none under prefers-reduced-motion. */
  @media (prefers-reduced-motion: no-preference) {
    .option,
    button {
      transition:
        background-color 0.12s,
        border-color 0.12s;
    }
  }
`;
