import { css } from 'lit';

/**
 * How a patient answers: the option tiles (a face, a radio or a checkbox and its words), the chosen tile, the faces'
 * grid, the text fields and their labels, the consent box, and the border of an answer that needs fixing. Comes after
 * the card (card.styles.ts), whose container sets the private `--_…` colours, border and radius read here.
 */
export const answers = css`
  .options {
    display: grid;
    gap: 0.5rem;
    margin: 0 0 1rem;
  }
  /* Faces: 6 across when each gets about 5em, else 3 × 2, and 2 × 3 on a row under 17em (320 px, or 400 % zoom),
     never 5 + 1. The column minimum is a sixth of the row when the row is at least 33em wide, a third otherwise, a
     half under 17em: (33em - 100%) * 99 flips sign at the threshold. In em, so the kiosk's larger
     type needs more room before going 6 across. In a right-to-left language the grid runs from the right: the first
     answer (Very good) is read first there too. */
  .faces {
    grid-template-columns: repeat(
      auto-fill,
      minmax(
        max(100% / 6 - 0.5rem, min(100% / 3 - 0.5rem, (33em - 100%) * 99), min(50% - 0.5rem, (17em - 100%) * 99)),
        1fr
      )
    );
  }
  .option {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 3rem;
    padding: 0.5rem 0.875rem;
    border: var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    box-sizing: border-box;
    /* A word wider than the tile (big type, a narrow screen, a reader's letter spacing) breaks inside it. */
    overflow-wrap: anywhere;
  }
  /* The chosen tile. */
  .on {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 2px var(--_accent);
    background: var(--_selected);
  }
  .faces .option {
    flex-direction: column;
    text-align: center;
    min-height: 7em;
    padding: 0.5em 0.25em;
    font-weight: 600;
  }
  .face {
    width: 3em;
    height: 3em;
    fill: none;
    stroke: var(--_accent-text);
    stroke-width: 3;
    stroke-linecap: round;
  }
  .option input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_accent);
  }

  [part='field'] {
    font: inherit;
    color: inherit;
    background: var(--_field);
    width: 100%;
    min-height: 2.75rem;
    box-sizing: border-box;
    padding: 0.5rem 0.75rem;
    border: var(--_border);
    border-radius: calc(var(--_radius) / 2);
  }
  textarea {
    resize: vertical;
  }
  .label {
    display: block;
    font-weight: 600;
    margin: 1rem 0 0.25rem;
  }
  .consent {
    margin-top: 1rem;
  }

  .consent .error + .option,
  [aria-invalid='true'] {
    border-color: var(--_error);
  }
`;
