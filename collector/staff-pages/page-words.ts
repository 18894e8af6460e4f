/**
 * The staff pages' words, one object per language (words/en.ts, words/es.ts, the same shape), and the language's
 * own: which one a request gets is page-language.ts's answer.
 */
import type { StaffLanguage } from '../../src/core/staff-api.js';
import { en, type PageWords } from './words/en.js';
import { es } from './words/es.js';

export type { PageWords };

const WORDS: Record<StaffLanguage, PageWords> = { en, es };

export function pageWords(lang: StaffLanguage): PageWords {
  return WORDS[lang];
}

/** Puts values into a sentence's `{0}`, `{1}` (as the console's `fill`): word order stays the translator's. */
export const fill = (sentence: string, ...values: unknown[]): string =>
  sentence.replace(/\{(\d)\}/g, (_, i: string) => String(values[+i]));
