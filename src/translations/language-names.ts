/**
 * Each language named in its own words and script, so a patient finds theirs on the kiosk's start screen without
 * reading English. Kept apart from `languages.ts` so the embed does not ship the names.
 */
export const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  es: 'Español',
  ar: 'العربية',
  ur: 'اردو',
  'zh-Hans': '简体中文',
  vi: 'Tiếng Việt',
  pl: 'Polski',
  pt: 'Português',
  fr: 'Français',
  so: 'Soomaali',
};
