import { svg, type SVGTemplateResult } from 'lit';

/**
 * Simple line faces for a rating scale. Drawn inline (no emoji font needed on a cheap tablet), in currentColor so
 * they follow the theme and dark mode, and always aria-hidden: the option's words carry the meaning.
 */
const mood: Readonly<Record<string, number>> = { 'very-good': 2, good: 1, neither: 0, poor: -1, 'very-poor': -2 };

export function face(value: string): SVGTemplateResult {
  const level = mood[value];
  const eyes = svg`<circle cx="17" cy="20" r="2.6" fill="currentColor"/><circle cx="31" cy="20" r="2.6" fill="currentColor"/>`;
  let mouth: SVGTemplateResult;
  if (level === undefined) {
    // "Don't know": a question mark instead of a mouth-and-eyes face.
    return svg`<svg class="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="2.5"/>
      <path d="M18 18a6 6 0 1 1 8 5.6c-1.3.6-2 1.5-2 3V29" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>
      <circle cx="24" cy="35" r="2.2" fill="currentColor"/></svg>`;
  } else if (level === 0) {
    mouth = svg`<path d="M15 32h18" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>`;
  } else {
    // Curve depth grows with the strength of the feeling; the sign flips smile to frown.
    const depth = level * 4;
    mouth = svg`<path d=${`M14 ${31 - depth / 2}q10 ${depth * 2} 20 0`} fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round"/>`;
  }
  return svg`<svg class="face" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
    <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" stroke-width="2.5"/>${eyes}${mouth}</svg>`;
}
