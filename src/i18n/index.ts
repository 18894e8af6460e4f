import { en, type UiStrings } from './en.js';
import { es } from './es.js';

export type { UiStrings };

const byLanguage: Readonly<Record<string, UiStrings>> = { en, es };

/** The widget's words for a BCP 47 tag (`es-MX` → Spanish); anything unknown falls back to English quietly. */
export const uiStrings = (lang: string): UiStrings => byLanguage[lang.slice(0, 2).toLowerCase()] ?? en;

/** Puts values into a sentence's `{0}`, `{1}`: word order stays the translator's. */
export const fill = (sentence: string, ...values: unknown[]): string =>
  sentence.replace(/\{(\d)\}/g, (_, i: string) => String(values[+i]));
