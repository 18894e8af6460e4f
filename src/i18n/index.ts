/**
 * The words a patient reads, per language. English is always here; every other language is one data file in
 * `src/translations/` (the widget's words, the kiosk's and the built-in surveys'), fetched when a page first needs it,
 * so a patient's phone downloads only the language it shows. A string a file lacks is shown in English, per string.
 */
import type { SurveyDefinition } from '../core/definition.js';
import type { Translation } from '../translations/translation.js';
import type { withWords } from '../translations/with-words.js';
import { en, type UiStrings } from './en.js';

export type { UiStrings };

/** Primary language subtag → its file, loaded on demand (one chunk each). */
const files: Readonly<Record<string, () => Promise<Translation>>> = {
  es: () => import('../translations/es.js').then((m) => m.es),
  ar: () => import('../translations/ar.js').then((m) => m.ar),
  ur: () => import('../translations/ur.js').then((m) => m.ur),
  zh: () => import('../translations/zh-Hans.js').then((m) => m.zhHans),
  vi: () => import('../translations/vi.js').then((m) => m.vi),
  pl: () => import('../translations/pl.js').then((m) => m.pl),
  pt: () => import('../translations/pt.js').then((m) => m.pt),
  fr: () => import('../translations/fr.js').then((m) => m.fr),
  so: () => import('../translations/so.js').then((m) => m.so),
};

interface Words {
  ui: UiStrings;
  translation?: Translation;
  /** Writes the file's words into a built-in survey (fetched with the first file: the embed need not carry it). */
  withWords?: typeof withWords;
}

const loaded = new Map<string, Words>([['en', { ui: en }]]);
const loading = new Map<string, Promise<UiStrings>>();

/** `es-MX` → `es`, `zh-Hans` → `zh`: the words follow the language, not the region or script. */
const primary = (lang: string): string => lang.toLowerCase().split('-')[0] ?? '';

/** Whether these words exist at all (otherwise English is used, quietly). */
export const hasUiStrings = (lang: string): boolean => primary(lang) === 'en' || primary(lang) in files;

/**
 * The words for a BCP 47 tag when they are here: English for a language the widget does not speak, undefined while
 * the language's file is still on its way (call `loadUiStrings`).
 */
export function uiStrings(lang: string): UiStrings | undefined {
  return hasUiStrings(lang) ? loaded.get(primary(lang))?.ui : en;
}

/** A language's file, once it is here (the kiosk's words, the surveys' words, where they come from). */
export const translation = (lang: string): Translation | undefined => loaded.get(primary(lang))?.translation;

/** Fetches a language's file once; English when there is none or it cannot be fetched (then retried later). */
export function loadUiStrings(lang: string): Promise<UiStrings> {
  const key = primary(lang);
  const ready = uiStrings(lang);
  if (ready) return Promise.resolve(ready);
  let pending = loading.get(key);
  if (!pending) {
    pending = Promise.all([files[key]!(), import('../translations/with-words.js')]).then(
      ([file, written]) => {
        const words = { ui: { ...en, ...file.ui }, translation: file, withWords: written.withWords };
        loaded.set(key, words);
        return words.ui;
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

const built = new WeakSet<SurveyDefinition>();
const written = new WeakMap<SurveyDefinition, Map<string, SurveyDefinition>>();

/** Marks a built-in survey: its words in other languages come from the language files. */
export function builtInSurvey<T extends SurveyDefinition>(def: T): T {
  built.add(def);
  return def;
}

/**
 * The survey to show in `lang`: a built-in one with that language's words written in once its file is here (the
 * same object each time); a practice's own survey as it is (it carries its own languages).
 */
export function inLanguage(def: SurveyDefinition, lang: string): SurveyDefinition {
  const { translation: file, withWords } = loaded.get(primary(lang)) ?? {};
  if (!file || !withWords || !built.has(def)) return def;
  let byLang = written.get(def);
  if (!byLang) written.set(def, (byLang = new Map<string, SurveyDefinition>()));
  let out = byLang.get(lang);
  if (!out) byLang.set(lang, (out = withWords(def, lang, file.surveys[def.id])));
  return out;
}

/**
 * A number in the language's own digits and grouping (Intl). English is written directly: making a number format
 * loads the browser's locale data, which on a slow phone would delay the first question by tens of milliseconds.
 */
export const numberIn = (lang: string, n: number): string =>
  primary(lang) === 'en' && n < 1000 ? String(n) : n.toLocaleString(lang);

/** Puts values into a sentence's `{0}`, `{1}`: word order stays the translator's. */
export const fill = (sentence: string, ...values: unknown[]): string =>
  sentence.replace(/\{(\d)\}/g, (_, i: string) => String(values[+i]));
