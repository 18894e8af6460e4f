import { PfFirstImpression } from './first-impression/first-impression.js';
import { PfWhatWentWrong } from './what-went-wrong/what-went-wrong.js';

// A page may load the script twice (a plugin and a theme both adding it): defining an element again would throw,
// so an existing definition is kept. Written out per element so the manifest analyzer sees each tag and class.
if (!customElements.get('pf-first-impression')) customElements.define('pf-first-impression', PfFirstImpression);
if (!customElements.get('pf-what-went-wrong')) customElements.define('pf-what-went-wrong', PfWhatWentWrong);

declare global {
  interface HTMLElementTagNameMap {
    'pf-first-impression': PfFirstImpression;
    'pf-what-went-wrong': PfWhatWentWrong;
  }
}
