/**
 * The marks of an SPC chart's points, after Making Data Count's colours — grey for common cause, blue for an
 * improvement, orange for a concern, purple for a change that is neither — each with its own shape as well, so a
 * signal is never told by colour alone (WCAG 1.4.1): a circle, a triangle pointing up, one pointing down, a diamond.
 */
import { svg } from 'lit';
import type { SpecialCause } from '../../../src/core/results/xmr.js';

export type PointKind = 'common' | 'improvement' | 'concern' | 'neither';

export function shapeOf(special: SpecialCause | null): PointKind {
  if (special === null) return 'common';
  if (special === 'improvement' || special === 'concern') return special;
  return 'neither';
}

export function shape(kind: PointKind, x: number, y: number) {
  const r = 6;
  switch (kind) {
    case 'common':
      return svg`<circle class="point common" cx=${x} cy=${y} r=${r - 1.5}></circle>`;
    case 'improvement':
      return svg`<polygon class="point improvement" points=${`${x},${y - r - 1} ${x + r + 1},${y + r} ${x - r - 1},${y + r}`}></polygon>`;
    case 'concern':
      return svg`<polygon class="point concern" points=${`${x},${y + r + 1} ${x + r + 1},${y - r} ${x - r - 1},${y - r}`}></polygon>`;
    case 'neither':
      return svg`<polygon class="point neither" points=${`${x},${y - r - 1} ${x + r + 1},${y} ${x},${y + r + 1} ${x - r - 1},${y}`}></polygon>`;
  }
}
