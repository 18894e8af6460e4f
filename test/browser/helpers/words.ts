/**
 * A patient's words in another language, found from the English a test is written in: `say('ar')('Next')` is the
 * Arabic button's name, `say('ar')(/^Thank you/)` a pattern for the Arabic heading — taken from the language's file
 * and the built-in surveys, so a test drives an Arabic screen by role and name as an Arabic reader's screen reader
 * would, and fails if the words are not shown.
 */
import type { LocalText } from '../../../src/core/definition.js';
import { localize } from '../../../src/core/text.js';
import { en } from '../../../src/i18n/en.js';
import { firstImpression, whatWentWrong } from '../../../src/surveys/index.js';
import { translationOf, uiWordsIn } from '../../../src/translations/index.js';
import { kioskEnglish } from '../../../src/translations/kiosk-en.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function say(lang: string): (english: string | RegExp) => string | RegExp {
  const pairs: [string, string][] = [];
  const ui = uiWordsIn(lang);
  for (const key of Object.keys(en) as (keyof typeof en)[]) pairs.push([en[key], ui[key]]);
  const kiosk = { ...kioskEnglish, ...translationOf(lang)?.kiosk };
  for (const key of Object.keys(kioskEnglish) as (keyof typeof kioskEnglish)[]) {
    const english = kioskEnglish[key];
    if (typeof english === 'string') pairs.push([english, kiosk[key] as string]);
  }
  const text = (x: LocalText) => pairs.push([localize(x, 'en', 'en'), localize(x, lang, 'en')]);
  for (const def of [firstImpression, whatWentWrong]) {
    text(def.title);
    for (const q of def.questions) {
      text(q.title);
      if (q.help) text(q.help);
      if ('options' in q) for (const o of q.options) text(o.label);
    }
  }
  return (english) => {
    const found = pairs.find(([e]) => (typeof english === 'string' ? e === english : english.test(e)));
    if (!found) throw new Error(`no words for ${String(english)}`);
    return typeof english === 'string' ? found[1] : new RegExp(`^${escape(found[1])}`);
  };
}
