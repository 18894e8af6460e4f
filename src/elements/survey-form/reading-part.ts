import { adoptStyles, type LitElement } from 'lit';
import { easy, picture, styles } from './easy-read.js';
import { ReadAloud } from './read-aloud.js';
import type { ReadingAids } from './reading-aids.js';

/**
 * The reading part (parts.ts): easy read's words, pictures and type, and reading aloud. Fetched once, the first
 * time an element has `easy-read` or at idle where the browser can speak; `attach` gives an element all of it.
 */
export function attach(host: LitElement, aids: ReadingAids): void {
  // Scoped to :host([easy-read]), so they may stay when easy read is switched off.
  adoptStyles(host.renderRoot as ShadowRoot, [...(host.constructor as typeof LitElement).elementStyles, styles]);
  aids.easy = easy;
  aids.picture = picture;
  if (globalThis.speechSynthesis) aids.readAloud ??= new ReadAloud(host);
  host.requestUpdate();
}
