import { chooseLanguage } from '../../core/text.js';

/**
 * The `lang` of the nearest ancestor, crossing shadow roots (a kiosk app may hold the survey in its own shadow
 * DOM), else the document's. Practices set `<html lang="es">` and expect the widget to follow.
 */
function inheritedLang(host: Element): string | undefined {
  let node: Node | null = host.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = null;
    }
  }
  return document.documentElement.lang || undefined;
}

/**
 * The language to show: the element's own `lang`, then the page's, then the browser's, matched against the
 * languages the survey is written in. An unsupported choice falls back quietly (no error for a patient to see).
 */
export function resolveLanguage(host: Element, own: string | undefined, available: readonly string[]): string {
  return chooseLanguage([own, inheritedLang(host), ...(navigator.languages ?? [navigator.language])], available);
}
