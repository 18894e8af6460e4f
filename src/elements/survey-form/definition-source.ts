import type { SurveyDefinition } from '../../core/definition.js';
import type { ConfigurationProblem } from './configuration.js';
import { parserPart, partUnavailable } from './parts.js';

/** A definition is parsed once per object, so re-renders never re-validate and a bad one reports one error. */
const parsed = new WeakMap<object, SurveyDefinition | ConfigurationProblem>();

/**
 * A practice's definition checked by the core parser (fetched the first time a page needs it), or a
 * `bad-definition` problem naming the path that is wrong.
 */
export async function checkDefinition(
  tag: string,
  input: unknown,
  source: string,
): Promise<SurveyDefinition | ConfigurationProblem> {
  const key = Object(input) as object;
  const known = parsed.get(key);
  if (known) return known;
  let parseDefinition;
  try {
    ({ parseDefinition } = await parserPart());
  } catch (error) {
    return partUnavailable(tag, 'the survey definition checker', error);
  }
  let result: SurveyDefinition | ConfigurationProblem;
  try {
    result = parseDefinition(input);
  } catch (error) {
    result = {
      code: 'bad-definition',
      message:
        `<${tag}>: the survey definition from ${source} is not valid — ${(error as Error).message}. ` +
        'Fix it there; see the survey definition format in the README.',
    };
  }
  parsed.set(key, result);
  return result;
}

/**
 * Loads a practice's own definition from the `survey` URL. Never throws unless aborted: a failed request or a
 * malformed file becomes a problem the element shows, so the practice sees it instead of an empty box.
 */
export async function loadDefinition(
  tag: string,
  url: string,
  signal: AbortSignal,
): Promise<SurveyDefinition | ConfigurationProblem> {
  const problem = (code: ConfigurationProblem['code'], why: string): ConfigurationProblem => ({
    code,
    message: `<${tag}>: the survey at "${url}" ${why}`,
  });
  let json: unknown;
  try {
    const response = await fetch(new URL(url, document.baseURI), { signal, credentials: 'same-origin' });
    if (!response.ok) {
      return problem(
        'survey-unavailable',
        `could not be loaded (HTTP ${response.status}). Check the "survey" attribute points to a reachable JSON file.`,
      );
    }
    try {
      json = await response.json();
    } catch {
      signal.throwIfAborted();
      return problem(
        'bad-definition',
        'is not valid JSON. Check the file for a typo such as a missing comma or quote.',
      );
    }
  } catch {
    signal.throwIfAborted();
    return problem(
      'survey-unavailable',
      'could not be loaded (network error, blocked by CORS, or a wrong address). Check the "survey" attribute ' +
        'points to a reachable JSON file on a server that allows this page to read it.',
    );
  }
  return checkDefinition(tag, json, `"${url}"`);
}
