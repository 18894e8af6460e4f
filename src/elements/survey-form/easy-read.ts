import { css } from 'lit';
import type { Question } from '../../core/definition.js';

/**
 * Easy read's part of the reading part (reading-part.ts): short sentences, the answers' pictures, larger type and
 * generous spacing. Without it (it could not be fetched) easy read still shows one question per screen — the
 * session does that — in the definition's own sentences and ordinary type, without pictures.
 */
export { picture } from '../questions/pictures.js';

/** A question as easy read shows it: its `easyTitle` and `easyHelp` where it has them. */
export function easy(q: Question): Question {
  return { ...q, title: q.easyTitle ?? q.title, help: q.easyHelp ?? q.help };
}

export const styles = css`
  :host([easy-read]) {
    font-size: calc(var(--pf-font-size, 1.0625rem) * 1.35);
    line-height: 1.6;
  }
  :host([easy-read][kiosk]) {
    font-size: calc(var(--pf-kiosk-font-size, 1.375rem) * 1.15);
  }
  :host([easy-read]) .title {
    line-height: 1.35;
    margin-block-end: 1.25rem;
  }
  :host([easy-read]) .hint {
    font-size: 1em;
  }
  :host([easy-read]) .options {
    gap: 1rem;
  }
  :host([easy-read]) .option {
    min-height: 4.5rem;
    padding: 0.75rem 1rem;
    gap: 1rem;
    font-weight: 600;
  }
  :host([easy-read]) .faces .option {
    min-height: 8em;
  }
  .picture {
    width: 3em;
    height: 3em;
    flex: none;
    fill: none;
    stroke: var(--_accent-text);
    stroke-width: 2.5;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  :host([easy-read]) .actions {
    gap: 1rem;
    margin-block-start: 2rem;
  }
  :host([easy-read]) button {
    min-height: 3.5rem;
  }
`;
