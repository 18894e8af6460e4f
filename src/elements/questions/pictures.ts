import { html, type TemplateResult } from 'lit';

/**
 * Easy read's pictograms: one line drawing per answer of the built-in questions (the wait, being listened to,
 * yes and no, what went wrong, how to be reached), keyed by the answer's value, which means the same wherever it
 * is used. Drawn inline and stroked in the theme colour like the faces, always aria-hidden: the option's words stay
 * its name. A practice's own answer without a picture here keeps its words alone, large. Fetched only for easy read
 * (parts.ts), so the first question of everyone else does not carry them.
 */
const ring = (r: number) => `M24 ${24 - r}a${r} ${r} 0 1 1 0 ${2 * r}a${r} ${r} 0 1 1 0-${2 * r}`;
const dot = (x: number) => `M${x} 21a3 3 0 1 1 0 6a3 3 0 1 1 0-6`;
/** A clock with the time waited as a slice of it. */
const clock = (slice: string) => `${ring(21)}M24 24V8${slice}z`;

const drawings: Readonly<Record<string, string>> = {
  // How long the wait was, against what the patient expected.
  shorter: clock('a16 16 0 0 1 13.9 8'),
  'as-expected': clock('a16 16 0 0 1 16 16'),
  'a-little-longer': clock('a16 16 0 0 1 0 32'),
  'much-longer': clock('a16 16 0 1 1-13.9 8'),
  // Listened to; yes or no.
  yes: 'M11 25l8 8 18-19',
  partly: 'M8 24q4-8 8 0t8 0 8 0 8 0',
  no: 'M13 13l22 22m0-22L13 35',
  // What went wrong.
  'wait-time': 'M14 6h20M14 42h20M16 6c0 12 16 12 16 18s-16 6-16 18M32 6c0 12-16 12-16 18s16 6 16 18',
  'front-desk': 'M24 8a5 5 0 1 1 0 10a5 5 0 1 1 0-10M14 30c0-9 20-9 20 0M6 30h36M10 30v12M38 30v12',
  'phone-scheduling': 'M8 12h32v28H8zM8 20h32M16 6v10M32 6v10M15 28h4M27 28h4M15 34h4',
  billing: 'M12 6h24v36l-4-3-4 3-4-3-4 3-4-3-4 3zM18 16h12M18 23h12M18 30h8',
  communication: 'M6 8h26v16H16l-6 6v-6H6zM36 18h6v16h-4v6l-6-6H20v-6',
  cleanliness: 'M20 6l3 11 11 3-11 3-3 11-3-11-11-3 11-3zM36 30l2 5 5 2-5 2-2 5-2-5-5-2 5-2z',
  'clinical-care': 'M19 8h10v11h11v10H29v11H19V29H8V19h11z',
  other: dot(12) + dot(24) + dot(36),
  // How to be reached.
  phone: 'M14 6l7 8-4 5c2 5 6 9 11 11l5-4 8 6-3 7C22 39 8 25 8 9z',
  text: 'M14 4h20v40H14zM21 38h6M18 12h12M18 18h12M18 24h8',
  email: 'M6 12h36v24H6zM6 12l18 14 18-14',
  none: `${ring(20)}M10 10l28 28`,
};

/** The picture for an answer, or undefined when there is none (its words then stand alone). */
export function picture(value: string): TemplateResult | undefined {
  const d = drawings[value];
  return d
    ? html`<svg class="picture" viewBox="0 0 48 48" aria-hidden="true" focusable="false"><path d=${d} /></svg>`
    : undefined;
}
