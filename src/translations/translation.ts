/**
 * The shape of one language's file: the widget's words, the kiosk's, and the built-in surveys' — data a practice
 * (or a translator it trusts) can read, review and correct in one place. Every part is optional: a string a file
 * lacks is shown in English, per string, never left blank. Answer values never change with the language, so results
 * stay comparable.
 */
import type { UiStrings } from '../i18n/en.js';

/**
 * The line every file carries unless a body published the words (then `official` names it, per key). Files write it
 * out rather than import it, so a language's file is one fetch with nothing else to fetch.
 */
export const UNOFFICIAL = 'unofficial — please review';

/** Words whose form follows a number: `Intl.PluralRules` picks the form (`one`, `few`, `many`, …; `other` always). */
export type Plural = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** The kiosk's own patient screens (the survey brings its own words). `{0}` is a number of seconds. */
export interface KioskWords {
  welcome: string;
  tapToStart: string;
  chooseLanguage: string;
  stillThereTitle: string;
  stillThereBody: Plural;
  stillHere: string;
  done: string;
  returning: Plural;
}

/** One question of a built-in survey: its words, and each option's words by the option's value. */
export interface QuestionWords {
  title?: string;
  help?: string;
  /** The short sentences easy read shows instead of the title and help (else the title and help in this language). */
  easyTitle?: string;
  easyHelp?: string;
  options?: Readonly<Record<string, string>>;
}

export interface SurveyWords {
  title?: string;
  /** Option words shared by the survey's questions (the rating scale), by value; a question's own `options` win. */
  options?: Readonly<Record<string, string>>;
  questions?: Readonly<Record<string, QuestionWords>>;
}

export interface Translation {
  /** BCP 47, as the survey and the submission name it (`zh-Hans`). */
  lang: string;
  /** Where the words come from: `UNOFFICIAL` unless a body published them. */
  source: string;
  /** Words taken from a published source, by key (`first-impression.overall`, `ui.next`) → that source. */
  official?: Readonly<Record<string, string>>;
  ui: Partial<UiStrings>;
  kiosk: Partial<KioskWords>;
  /** By survey id: the built-in `first-impression` and `what-went-wrong`. */
  surveys: Readonly<Record<string, SurveyWords>>;
}
