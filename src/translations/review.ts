/**
 * A language's words beside the English, one row per string, for a native speaker to review (`npm run translations
 * -- ar`): the key, the English, the translation (blank: shown in English today) and where it comes from.
 */
import { en } from '../i18n/en.js';
import { firstImpression } from '../surveys/first-impression.js';
import { whatWentWrong } from '../surveys/what-went-wrong.js';
import { localize } from '../core/text.js';
import type { LocalText } from '../core/definition.js';
import { translationOf } from './index.js';
import { kioskEnglish } from './kiosk-en.js';
import type { KioskWords, Plural, Translation } from './translation.js';
import { withWords } from './with-words.js';

export interface ReviewRow {
  key: string;
  english: string;
  translation: string;
  source: string;
}

const plural = (forms: Plural | undefined, form: string) => (forms as Record<string, string> | undefined)?.[form] ?? '';

export function reviewRows(lang: string): ReviewRow[] {
  const file: Translation | undefined = translationOf(lang);
  const sourceOf = (key: string) => file?.official?.[key.split('.').slice(0, 2).join('.')] ?? file?.source ?? '';
  const rows: ReviewRow[] = [];
  const row = (key: string, english: string, translation: string | undefined) =>
    rows.push({ key, english, translation: translation ?? '', source: translation ? sourceOf(key) : '' });

  for (const [key, english] of Object.entries(en)) row(`ui.${key}`, english, file?.ui[key as keyof typeof en]);
  // The plural forms a kiosk's countdown (0–199 seconds) can need in this language.
  const rules = new Intl.PluralRules(lang);
  const forms = [...new Set(Array.from({ length: 200 }, (_, n) => rules.select(n)))];
  for (const key of Object.keys(kioskEnglish) as (keyof KioskWords)[]) {
    const english = kioskEnglish[key];
    const translated = file?.kiosk[key];
    if (typeof english === 'string') row(`kiosk.${key}`, english, translated as string | undefined);
    else
      for (const form of forms)
        row(`kiosk.${key}.${form}`, plural(english, form) || english.other, plural(translated as Plural, form));
  }
  for (const def of [firstImpression, whatWentWrong]) {
    const written = withWords(def, lang, file?.surveys[def.id]);
    const text = (key: string, english: LocalText, translated: LocalText) =>
      row(key, localize(english, 'en', 'en'), typeof translated === 'string' ? undefined : translated[lang]);
    text(`${def.id}.title`, def.title, written.title);
    def.questions.forEach((q, i) => {
      const w = written.questions[i]!;
      text(`${def.id}.${q.id}.title`, q.title, w.title);
      if (q.help && w.help) text(`${def.id}.${q.id}.help`, q.help, w.help);
      // Easy read's short sentences (a language without its own shows its full ones: listed blank here).
      const own = file?.surveys[def.id]?.questions?.[q.id];
      if (q.easyTitle) row(`${def.id}.${q.id}.easyTitle`, localize(q.easyTitle, 'en', 'en'), own?.easyTitle);
      if (q.easyHelp) row(`${def.id}.${q.id}.easyHelp`, localize(q.easyHelp, 'en', 'en'), own?.easyHelp);
      if ('options' in q && 'options' in w)
        q.options.forEach((o, j) => text(`${def.id}.${q.id}.${o.value}`, o.label, w.options[j]!.label));
    });
  }
  return rows;
}

/** The rows as CSV (RFC 4180), with a byte-order mark so Excel opens Arabic, Chinese and Vietnamese correctly. */
export function reviewCsv(rows: readonly ReviewRow[], lang: string): string {
  const cell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [['key', 'English', lang, 'source'], ...rows.map((r) => [r.key, r.english, r.translation, r.source])];
  return '\uFEFF' + lines.map((l) => l.map(cell).join(',')).join('\r\n') + '\r\n';
}
