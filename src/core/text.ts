import type { LocalText } from './definition.js';

/** `es-MX` → `es`; tags compare case-insensitively (BCP 47). */
const primary = (tag: string): string => tag.toLowerCase().split('-')[0] ?? '';

function pick(keys: readonly string[], want: string): string | undefined {
  const lower = want.toLowerCase();
  return (
    keys.find((k) => k.toLowerCase() === lower) ??
    keys.find((k) => k.toLowerCase() === primary(want)) ??
    // A page in plain `es` should still read an `es-MX`-only text.
    keys.find((k) => primary(k) === primary(want))
  );
}

/** The text in `lang`, else its primary language, else the survey's fallback, else whatever there is. */
export function localize(text: LocalText, lang: string, fallbackLang: string): string {
  if (typeof text === 'string') return text;
  const keys = Object.keys(text).filter((k) => text[k]);
  const key = (lang ? pick(keys, lang) : undefined) ?? (fallbackLang ? pick(keys, fallbackLang) : undefined) ?? keys[0];
  return key === undefined ? '' : (text[key] ?? '');
}

/**
 * The first preferred language the survey is written in (exactly, or by primary subtag: a browser in `es-MX`
 * gets `es`); otherwise the survey's first language.
 */
export function chooseLanguage(
  preferred: readonly (string | undefined | null)[],
  available: readonly string[],
): string {
  for (const want of preferred) {
    if (!want) continue;
    const found = pick(available, want.trim());
    if (found !== undefined) return found;
  }
  return available[0] ?? 'en';
}

/** Length as a patient counts it: code points, so an emoji or a CJK character is one, not two UTF-16 units. */
export function textLength(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
