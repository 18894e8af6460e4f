import { PfFirstImpression } from './first-impression/first-impression.js';
import { PfWhatWentWrong } from './what-went-wrong/what-went-wrong.js';

/**
 * Registers the elements. A page may load the script twice (a plugin and a theme both adding it): defining an
 * element again would throw, so an existing definition is kept.
 */
const elements: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['pf-first-impression', PfFirstImpression],
  ['pf-what-went-wrong', PfWhatWentWrong],
];

for (const [name, constructor] of elements) {
  if (!customElements.get(name)) customElements.define(name, constructor);
}

declare global {
  interface HTMLElementTagNameMap {
    'pf-first-impression': PfFirstImpression;
    'pf-what-went-wrong': PfWhatWentWrong;
  }
}
