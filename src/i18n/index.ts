import { en, type UiStrings } from './en.js';
import { es } from './es.js';

export type { UiStrings };

const byLanguage: Readonly<Record<string, UiStrings>> = { en, es };

/** Languages the widget's own words exist in. */
export const uiLanguages: readonly string[] = Object.keys(byLanguage);

/** The widget's words for a BCP 47 tag (`es-MX` → Spanish); anything unknown falls back to English quietly. */
export function uiStrings(lang: string | undefined): UiStrings {
  const primary = (lang ?? '').toLowerCase().split('-')[0] ?? '';
  return byLanguage[primary] ?? en;
}
