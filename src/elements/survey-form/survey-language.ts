import type { SurveyDefinition } from '../../core/definition.js';
import { chooseLanguage } from '../../core/text.js';
import { loadUiStrings, uiStrings, type UiStrings } from '../../i18n/index.js';

/**
 * Which language a survey element shows, and its words. The language: the element's own `lang`, then the nearest
 * ancestor's (crossing shadow roots: a kiosk app may hold the survey in its own shadow DOM), then the browser's,
 * matched against the survey's languages; an unsupported choice falls back quietly, with no error for a patient to
 * see. The words: fetched once per language (src/i18n), English when its file cannot be had.
 */
export class SurveyLanguage {
  /** Words that arrived for a language `uiStrings` does not hold (English, when its file could not be fetched). */
  private fallbackWords?: [string, UiStrings];
  /** The language whose words were asked for. */
  private askedFor?: string;

  constructor(
    private readonly host: Element & { readonly lang: string },
    /** The element waits for what is still arriving before `updateComplete` resolves, and renders when it is here. */
    private readonly arrive: (part: Promise<unknown>) => void,
  ) {}

  of(def: SurveyDefinition | undefined): string {
    let node: Node | null = this.host.parentNode;
    let inherited: string | null = null;
    while (node && !inherited) {
      inherited = node instanceof Element ? node.getAttribute('lang') : null;
      node = node instanceof ShadowRoot ? node.host : node.parentNode;
    }
    return chooseLanguage([this.host.lang, inherited, ...navigator.languages], def?.languages ?? ['en']);
  }

  /** The widget's words in this language: undefined while they are on their way (fetched once). */
  words(lang: string): UiStrings | undefined {
    const ready = uiStrings(lang) ?? (this.fallbackWords?.[0] === lang ? this.fallbackWords[1] : undefined);
    if (!ready && this.askedFor !== lang) {
      this.askedFor = lang;
      this.arrive(loadUiStrings(lang).then((words) => void (this.fallbackWords = [lang, words])));
    }
    return ready;
  }
}
