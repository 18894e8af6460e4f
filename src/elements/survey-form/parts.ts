/**
 * Parts of the widget a patient's phone does not need before the first question: delivery (storing and sending,
 * needed at Submit and started at idle, with the thank-you screen), the definition parser (only for a practice's own survey), the recovery
 * form, and the reading part (easy read's words, pictures and type; reading aloud). The module build puts each in a file of its
 * own in `patient-feedback/` beside the script, fetched from there; the classic script carries them inside. Each is
 * fetched once; one that failed is fetched again the next time it is asked for (the network may be back).
 */
import type { ConfigurationProblem } from './configuration.js';

function part<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    }));
}

export const deliveryPart = part(() => import('./after-submit.js'));
export const parserPart = part(() => import('../../core/parse.js'));
export const recoveryFormPart = part(() => import('../../surveys/what-went-wrong.js'));
export const readingPart = part(() => import('./reading-part.js'));

/** What to tell the practice's web person when a part could not be fetched. */
export function partUnavailable(tag: string, what: string, error: unknown): ConfigurationProblem {
  return {
    code: 'part-unavailable',
    message:
      `<${tag}>: ${what} could not be fetched (${(error as Error)?.message ?? String(error)}). With the module ` +
      'script, host the patient-feedback/ folder next to patient-feedback.js; or use patient-feedback.iife.js, ' +
      'which carries every part.',
  };
}
