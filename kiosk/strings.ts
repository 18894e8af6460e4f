/**
 * Words on the kiosk's own patient screens (the survey brings its own). Plain, friendly, no blame. English here;
 * every other language's are in its file in src/translations/ (the kiosk carries them all, so it works offline), a
 * missing string shown in English. Staff screens are in English only: staff set the tablet up, patients never see
 * them.
 */
import { TRANSLATIONS, translationOf } from '../src/translations/index.js';
import { LANGUAGE_NAMES } from '../src/translations/language-names.js';
import { kioskEnglish as en } from '../src/translations/kiosk-en.js';
import type { KioskWords as KioskText, Plural } from '../src/translations/translation.js';

/** The kiosk's words in one language, with the sentences that count seconds ready to say. */
export interface KioskWords extends Omit<KioskText, 'stillThereBody' | 'returning'> {
  stillThereBody: (seconds: number) => string;
  returning: (seconds: number) => string;
}

/** A number in a sentence, in the language's own digits and plural form (`Intl`, not hand-written rules). */
export function counted(lang: string, forms: Plural, n: number): string {
  const form = forms[new Intl.PluralRules(lang).select(n)] ?? forms.other;
  return form.replace('{0}', new Intl.NumberFormat(lang).format(n));
}

export function kioskWords(lang: string): KioskWords {
  const text: KioskText = { ...en, ...translationOf(lang)?.kiosk };
  return {
    ...text,
    stillThereBody: (s) => counted(lang, text.stillThereBody, s),
    returning: (s) => counted(lang, text.returning, s),
  };
}

/** Every language the kiosk can offer patients: English and each language with a file. */
export const KIOSK_LANGUAGES: readonly string[] = ['en', ...TRANSLATIONS.map((t) => t.lang)];

/** Each language named in itself ("English", "Español", "العربية"), so a patient finds their own. */
export function languageName(lang: string): string {
  const known = LANGUAGE_NAMES[lang] ?? LANGUAGE_NAMES[lang.toLowerCase().split('-')[0] ?? ''];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
    return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
  } catch {
    return lang;
  }
}
