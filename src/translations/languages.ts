/**
 * The languages the widget and the kiosk ship, English first. English is built in; each other language is one data
 * file in this folder (`es.ts`, `ar.ts`, …), fetched only when a page shows that language. A new language is one file
 * shaped like `es.ts`, a line in `LANGUAGES`, its own name in `language-names.ts` and its loader in
 * `src/i18n/index.ts`.
 */
export const LANGUAGES = ['en', 'es', 'ar', 'ur', 'zh-Hans', 'vi', 'pl', 'pt', 'fr', 'so'] as const;

export type Language = (typeof LANGUAGES)[number];
