/**
 * Every language's file at once, for code that serves every language rather than one patient: the collector, the
 * staff console, exports, `patient-feedback/definitions`. A patient's browser never imports this (src/i18n fetches
 * one file at a time).
 */
import { en, type UiStrings } from '../i18n/en.js';
import { ar } from './ar.js';
import { es } from './es.js';
import { fr } from './fr.js';
import { pl } from './pl.js';
import { pt } from './pt.js';
import { so } from './so.js';
import type { ContactWords } from '../core/fhir-questionnaire.js';
import type { Translation } from './translation.js';
import { ur } from './ur.js';
import { vi } from './vi.js';
import { zhHans } from './zh-Hans.js';

export const TRANSLATIONS: readonly Translation[] = [es, ar, ur, zhHans, vi, pl, pt, fr, so];

const primary = (lang: string): string => lang.toLowerCase().split('-')[0] ?? '';

/** The file for a language (by primary subtag), if it has one. */
export const translationOf = (lang: string): Translation | undefined =>
  TRANSLATIONS.find((t) => primary(t.lang) === primary(lang));

/** The widget's words in a language: English for every string its file lacks (and for a language without a file). */
export const uiWordsIn = (lang: string): UiStrings => ({ ...en, ...translationOf(lang)?.ui });

/** The contact question's own words in English and every language with a file, for the FHIR Questionnaire. */
export function contactWordsOf(): ContactWords {
  const out: Record<string, ContactWords[string]> = {};
  for (const lang of ['en', ...TRANSLATIONS.map((t) => t.lang)]) {
    const w = uiWordsIn(lang);
    out[lang.split('-')[0]!.toLowerCase()] = {
      phone: w.phone,
      text: w.text,
      email: w.email,
      none: w.none,
      phoneValue: w.phoneValue,
      textValue: w.textValue,
      emailValue: w.emailValue,
      consent: w.consent,
      bestTime: w.bestTime,
    };
  }
  return out;
}
