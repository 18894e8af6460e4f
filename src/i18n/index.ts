/**
 * The widget's own words per language. English is always here; every other language is a file of its own, fetched
 * when a page first needs it (a patient's phone downloads only the words it shows). A new language is one file
 * shaped like `en.ts` and one line in `languages` below.
 */
import { en, type UiStrings } from './en.js';

export type { UiStrings };

/** Primary language subtag → its words, loaded on demand. */
const languages: Readonly<Record<string, () => Promise<UiStrings>>> = {
  es: () => import('./es.js').then((m) => m.es),
};

const loaded = new Map<string, UiStrings>([['en', en]]);
const loading = new Map<string, Promise<UiStrings>>();

/** `es-MX` → `es`: the words follow the language, not the region. */
const primary = (lang: string): string => lang.slice(0, 2).toLowerCase();

/** Whether these words exist at all (otherwise English is used, quietly). */
export const hasUiStrings = (lang: string): boolean => primary(lang) === 'en' || primary(lang) in languages;

/**
 * The words for a BCP 47 tag when they are here: English for a language the widget does not speak, undefined while
 * the language's file is still on its way (call `loadUiStrings`).
 */
export function uiStrings(lang: string): UiStrings | undefined {
  return hasUiStrings(lang) ? loaded.get(primary(lang)) : en;
}

/** Fetches a language's words once; English when there are none or the file cannot be fetched (then retried later). */
export function loadUiStrings(lang: string): Promise<UiStrings> {
  const key = primary(lang);
  const ready = uiStrings(lang);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(key);
  if (!pending) {
    pending = languages[key]!().then(
      (words) => {
        loaded.set(key, words);
        return words;
      },
      () => {
        loading.delete(key);
        return en;
      },
    );
    loading.set(key, pending);
  }
  return pending;
}

/** Puts values into a sentence's `{0}`, `{1}`: word order stays the translator's. */
export const fill = (sentence: string, ...values: unknown[]): string =>
  sentence.replace(/\{(\d)\}/g, (_, i: string) => String(values[+i]));
