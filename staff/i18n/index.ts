/**
 * Which language the console speaks: English by default, Spanish by choice, the choice kept on this computer
 * (localStorage) so the next sign-in opens in it. Both languages are in the bundle: a staff screen is not a
 * patient's phone, and a switch that waits on a download would be a switch that can fail.
 */
import { STAFF_LANGUAGES, type StaffLanguage } from '../../src/core/staff-api.js';
import { en, type StaffStrings } from './en.js';
import { es } from './es.js';

export type { StaffStrings };

const WORDS: Record<StaffLanguage, StaffStrings> = { en, es };
const STORAGE_KEY = 'pf-staff:lang';

/** Each language named in itself, so a person finds their own. */
export const LANGUAGE_NAMES: Record<StaffLanguage, string> = { en: 'English', es: 'Español' };

export function isStaffLanguage(value: unknown): value is StaffLanguage {
  return typeof value === 'string' && (STAFF_LANGUAGES as readonly string[]).includes(value);
}

export function staffStrings(lang: StaffLanguage): StaffStrings {
  return WORDS[lang];
}

/** The language chosen on this computer before, else English. Storage may be off (private mode): English then. */
export function savedLanguage(): StaffLanguage {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isStaffLanguage(saved) ? saved : 'en';
  } catch {
    return 'en';
  }
}

export function saveLanguage(lang: StaffLanguage): void {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // Not kept: the switch still applies to this page.
  }
}

/** Puts values into a sentence's `{0}`, `{1}`: word order stays the translator's. */
export const fill = (sentence: string, ...values: unknown[]): string =>
  sentence.replace(/\{(\d)\}/g, (_, i: string) => String(values[+i]));
