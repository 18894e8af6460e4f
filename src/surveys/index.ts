/** The built-in surveys: what an element asks when the practice gives no `survey` URL or `definition`. */
export { firstImpression } from './first-impression.js';
export { whatWentWrong } from './what-went-wrong.js';
