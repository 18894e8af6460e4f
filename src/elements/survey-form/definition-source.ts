import type { SurveyDefinition } from '../../core/definition.js';
import { DefinitionError, parseDefinition } from '../../core/parse.js';
import type { ConfigurationProblem } from './configuration.js';

/** A definition is parsed once per object, so re-renders never re-validate and a bad one reports one error. */
const parsed = new WeakMap<object, SurveyDefinition | ConfigurationProblem>();

/** The definition checked by the core parser, or a `bad-definition` problem naming the path that is wrong. */
export function checkDefinition(tag: string, input: unknown, source: string): SurveyDefinition | ConfigurationProblem {
  const key = typeof input === 'object' && input !== null ? input : undefined;
  const cached = key ? parsed.get(key) : undefined;
  if (cached) return cached;
  let result: SurveyDefinition | ConfigurationProblem;
  try {
    result = parseDefinition(input);
  } catch (error) {
    const detail = error instanceof DefinitionError || error instanceof Error ? error.message : String(error);
    result = {
      code: 'bad-definition',
      message: `<${tag}>: the survey definition from ${source} is not valid — ${detail}. Fix it there; see the survey definition format in the README.`,
    };
  }
  if (key) parsed.set(key, result);
  return result;
}

/**
 * Loads a practice's own definition from the `survey` URL. Never throws: a failed request or a malformed file
 * becomes a problem the element shows, so the practice sees it instead of an empty box.
 */
export async function loadDefinition(
  tag: string,
  url: string,
  signal: AbortSignal,
): Promise<SurveyDefinition | ConfigurationProblem> {
  const unavailable = (why: string): ConfigurationProblem => ({
    code: 'survey-unavailable',
    message: `<${tag}>: the survey at "${url}" could not be loaded (${why}). Check the "survey" attribute points to a reachable JSON file on a server that allows this page to read it.`,
  });
  let response: Response;
  try {
    response = await fetch(new URL(url, document.baseURI), { signal, credentials: 'same-origin' });
  } catch (error) {
    if (signal.aborted) throw error;
    return unavailable('the request failed: network error, blocked by CORS, or the address is wrong');
  }
  if (!response.ok) return unavailable(`HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    if (signal.aborted) throw error;
    return {
      code: 'bad-definition',
      message: `<${tag}>: the survey at "${url}" is not valid JSON. Check the file for a typo such as a missing comma or quote.`,
    };
  }
  return checkDefinition(tag, json, `"${url}"`);
}
