/**
 * Fetches the practice's survey from its address and checks it with the same parser the survey elements use
 * (`parseDefinition`): the kiosk hands patients only a definition that parsed, and only a first-impression one —
 * the survey a patient starts with. What went wrong is said in words for front-desk staff.
 */
import type { SurveyDefinition } from '../src/core/definition.js';
import { DefinitionError, parseDefinition } from '../src/core/parse.js';

/** A fetch that hangs (a captive Wi-Fi portal, a server that never answers) must not keep staff waiting. */
export const SURVEY_FETCH_TIMEOUT_MS = 15_000;

export type FetchedSurvey =
  | { ok: true; definition: SurveyDefinition; json: unknown }
  | { ok: false; /** Why, in staff's words: "the server answered 404 …". */ reason: string };

export async function fetchSurvey(
  url: string,
  signal: AbortSignal,
  timeoutMs = SURVEY_FETCH_TIMEOUT_MS,
): Promise<FetchedSurvey> {
  const fail = (reason: string): FetchedSurvey => ({ ok: false, reason });
  // One signal for both staff's next change (the caller's) and the time limit; AbortSignal.any is too new for
  // some tablets.
  const limit = new AbortController();
  const stop = () => limit.abort();
  signal.addEventListener('abort', stop, { once: true });
  const timer = setTimeout(stop, timeoutMs);
  let json: unknown;
  try {
    // `no-cache`: asked again after staff save the settings, the server is asked, not the browser's cache.
    const response = await fetch(new URL(url, location.href), { signal: limit.signal, cache: 'no-cache' });
    if (!response.ok) {
      return fail(
        response.status === 404
          ? 'the server says there is no survey at this address (HTTP 404)'
          : `the server answered with an error (HTTP ${response.status})`,
      );
    }
    try {
      json = await response.json();
    } catch {
      signal.throwIfAborted();
      return fail('what is at this address is not a survey file (it is not JSON)');
    }
  } catch {
    signal.throwIfAborted();
    return fail(
      limit.signal.aborted
        ? `the server did not answer within ${Math.round(timeoutMs / 1000)} seconds`
        : 'the tablet could not reach it (no network connection, or a wrong address)',
    );
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', stop);
  }
  return check(json);
}

function check(json: unknown): FetchedSurvey {
  let definition: SurveyDefinition;
  try {
    definition = parseDefinition(json);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    return { ok: false, reason: `it is not a valid survey (${error.message})` };
  }
  if (definition.kind !== 'first-impression') {
    return {
      ok: false,
      reason: `it is a "${definition.kind}" survey, and patients at the kiosk start with a first-impression survey`,
    };
  }
  return { ok: true, definition, json };
}
