// Every language file against English: the same strings, the same placeholders, every plural form the language
// has, every text of both built-in surveys — and what a missing string does (English, per string, never a blank).
import { describe, expect, it } from 'vitest';
import type { LocalText, SurveyDefinition } from '../../src/core/definition.js';
import { localize } from '../../src/core/text.js';
import { en } from '../../src/i18n/en.js';
import { TRANSLATIONS, uiWordsIn } from '../../src/translations/index.js';
import { LANGUAGE_NAMES } from '../../src/translations/language-names.js';
import { LANGUAGES } from '../../src/translations/languages.js';
import { UNOFFICIAL, type Plural, type Translation } from '../../src/translations/translation.js';
import { withWords } from '../../src/translations/with-words.js';
import { reviewCsv, reviewRows } from '../../src/translations/review.js';
import { firstImpression } from '../../src/surveys/first-impression.js';
import { whatWentWrong } from '../../src/surveys/what-went-wrong.js';
import { firstImpression as everyLanguage } from '../../src/surveys/index.js';
import { counted, kioskWords } from '../../kiosk/strings.js';

const placeholders = (s: string) => [...s.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();

/** Every text of a built-in survey, by path: what a translator has to write. */
function texts(def: SurveyDefinition): [string, LocalText][] {
  const out: [string, LocalText][] = [[`${def.id}.title`, def.title]];
  for (const q of def.questions) {
    out.push([`${def.id}.${q.id}.title`, q.title]);
    if (q.help) out.push([`${def.id}.${q.id}.help`, q.help]);
    if ('options' in q) for (const o of q.options) out.push([`${def.id}.${q.id}.${o.value}`, o.label]);
  }
  return out;
}

describe('language files', () => {
  it('ship exactly the languages listed, each named in its own words', () => {
    expect(['en', ...TRANSLATIONS.map((t) => t.lang)].sort()).toEqual([...LANGUAGES].sort());
    for (const lang of LANGUAGES) expect(LANGUAGE_NAMES[lang], lang).toBeTruthy();
  });

  describe.each(TRANSLATIONS.map((t): [string, Translation] => [t.lang, t]))('%s', (lang, file) => {
    it('says where its words come from', () => {
      expect(file.source).toBeTruthy();
      if (file.source !== UNOFFICIAL) expect(file.source).toMatch(/https?:\/\//);
      for (const source of Object.values(file.official ?? {})) expect(source).toMatch(/https?:\/\//);
    });

    it("has every one of the widget's strings, with English's placeholders", () => {
      const missing = Object.keys(en).filter((k) => !file.ui[k as keyof typeof en]);
      expect(missing, `missing in ${lang}`).toEqual([]);
      for (const [key, english] of Object.entries(en))
        expect(placeholders(file.ui[key as keyof typeof en] ?? ''), `${lang} ui.${key}`).toEqual(placeholders(english));
    });

    it("has every one of the kiosk's strings, and every plural form the language uses", () => {
      const kiosk = file.kiosk;
      for (const key of ['welcome', 'tapToStart', 'chooseLanguage', 'stillThereTitle', 'stillHere', 'done'] as const)
        expect(kiosk[key], `${lang} kiosk.${key}`).toBeTruthy();
      const rules = new Intl.PluralRules(lang);
      const used = new Set(Array.from({ length: 200 }, (_, n) => rules.select(n)));
      for (const key of ['stillThereBody', 'returning'] as const) {
        const forms = kiosk[key];
        expect(forms, `${lang} kiosk.${key}`).toBeTruthy();
        for (const form of used) {
          expect(forms?.[form], `${lang} kiosk.${key}.${form}`).toBeTruthy();
          expect(placeholders(forms?.[form] ?? ''), `${lang} kiosk.${key}.${form}`).toEqual(['{0}']);
        }
      }
    });

    it('has every text of both built-in surveys', () => {
      for (const def of [firstImpression, whatWentWrong]) {
        const written = withWords(def, lang, file.surveys[def.id]);
        const missing = texts(written)
          .filter(([, text]) => typeof text === 'string' || !text[lang])
          .map(([path]) => path);
        expect(missing, `missing in ${lang}`).toEqual([]);
      }
    });

    it("has easy read's short sentences wherever English has them", () => {
      const missing: string[] = [];
      for (const def of [firstImpression, whatWentWrong])
        for (const q of def.questions) {
          const words = file.surveys[def.id]?.questions?.[q.id];
          for (const key of ['easyTitle', 'easyHelp'] as const)
            if (q[key] && !words?.[key]) missing.push(`${def.id}.${q.id}.${key}`);
        }
      expect(missing, `missing in ${lang}`).toEqual([]);
    });
  });
});

describe('a missing string', () => {
  const partial: Translation = {
    lang: 'xx',
    source: UNOFFICIAL,
    ui: { next: 'Suivant' },
    kiosk: {},
    surveys: { 'first-impression': { questions: { overall: { title: 'Dans l’ensemble ?' } } } },
  };

  it('is shown in English, per string — never a blank', () => {
    const survey = withWords(firstImpression, 'xx', partial.surveys['first-impression']);
    const overall = survey.questions[0]!;
    expect(localize(overall.title, 'xx', 'en')).toBe('Dans l’ensemble ?');
    expect(localize(survey.questions[1]!.title, 'xx', 'en')).toBe('How were you greeted when you arrived?');
    expect('options' in overall && localize(overall.options[0]!.label, 'xx', 'en')).toBe('Very good');
    // The answer values are the same in every language: results stay comparable.
    expect(survey.questions.map((q) => ('options' in q ? q.options.map((o) => o.value) : q.id))).toEqual(
      firstImpression.questions.map((q) => ('options' in q ? q.options.map((o) => o.value) : q.id)),
    );
  });

  it('in a language with no file at all, the widget and the kiosk speak English', () => {
    expect(uiWordsIn('de')).toEqual(en);
    expect(kioskWords('de').tapToStart).toBe('Tap to start');
  });
});

describe('numbers in sentences', () => {
  it('take the language’s plural form and digits from Intl', () => {
    const forms: Plural = { one: '{0} second', other: '{0} seconds' };
    expect(counted('en', forms, 1)).toBe('1 second');
    expect(counted('en', forms, 12)).toBe('12 seconds');
    expect(kioskWords('es').returning(1)).toMatch(/ 1 segundo\.$/);
    expect(kioskWords('es').returning(30)).toMatch(/ 30 segundos\.$/);
  });
});

describe('the built-in surveys for the collector and staff', () => {
  it('carry every shipped language beside English', () => {
    const overall = everyLanguage.questions[0]!;
    for (const file of TRANSLATIONS)
      expect(localize(overall.title, file.lang, 'en')).not.toBe(localize(overall.title, 'en', 'en'));
  });
});

describe('the review sheet (npm run translations -- <lang>)', () => {
  it('puts every string beside its English, with its source, as CSV Excel reads', () => {
    const rows = reviewRows('es');
    expect(rows.find((r) => r.key === 'ui.next')).toEqual({
      key: 'ui.next',
      english: 'Next',
      translation: 'Siguiente',
      source: UNOFFICIAL,
    });
    expect(rows.find((r) => r.key === 'first-impression.greeting.very-good')?.translation).toBe('Muy buena');
    expect(rows.find((r) => r.key === 'first-impression.overall.easyTitle')).toMatchObject({
      english: 'How was your visit today?',
      translation: '¿Cómo fue su visita hoy?',
    });
    expect(rows.find((r) => r.key === 'kiosk.returning.one')?.english).toBe(
      'This screen goes back to the start in {0} second.',
    );
    const csv = reviewCsv(rows, 'es');
    expect(csv.startsWith('\uFEFFkey,English,es,source\r\n')).toBe(true);
    expect(csv).toContain(
      'ui.consent-needed,"Please tick “You may contact me about this feedback” so we can contact you, or choose “Please don\'t contact me”.",',
    );
  });

  it('leaves a string the file lacks blank, so the reviewer sees it is shown in English', () => {
    const rows = reviewRows('de');
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r) => r.translation === '' && r.source === '')).toBe(true);
  });
});
