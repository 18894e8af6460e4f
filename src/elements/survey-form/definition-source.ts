import type { SurveyDefinition, SurveyKind } from '../../core/definition.js';
import { isProblem, type ConfigurationProblem } from './configuration.js';
import { loadTemplates, templatesReady } from '../questions/index.js';
import { parserPart, partUnavailable } from './parts.js';

/** What the page gave an element: its `definition` property, its `survey` URL, and its built-in survey. */
export interface GivenSurvey {
  readonly definition: unknown;
  readonly survey: string | undefined;
  builtIn(): SurveyDefinition | Promise<SurveyDefinition>;
}

/**
 * The survey an element shows: the `definition` property (checked), else the `survey` URL, else the built-in one —
 * with the templates its questions need, or why there is none. The built-in first impression is here at once (not a
 * promise), so its first question is drawn in the first render. Aborted: `pending` (a newer load took over).
 */
export function surveyToShow(
  tag: string,
  kind: SurveyKind,
  given: GivenSurvey,
  signal: AbortSignal,
): SurveyDefinition | Promise<SurveyDefinition | ConfigurationProblem | 'pending'> {
  const source =
    given.definition != null
      ? checkDefinition(tag, given.definition, 'the "definition" property', kind)
      : given.survey
        ? loadDefinition(tag, given.survey, signal, kind)
        : given.builtIn();
  if (!(source instanceof Promise) && templatesReady(source)) return source;
  return Promise.resolve(source)
    .then(async (def) => (isProblem(def) ? def : (await loadTemplates(def), def)))
    .catch((error: unknown) => (signal.aborted ? 'pending' : partUnavailable(tag, 'the survey', error)));
}

/** A definition is parsed once per object, so re-renders never re-validate and a bad one reports one error. */
const parsed = new WeakMap<object, SurveyDefinition | ConfigurationProblem>();

/**
 * A practice's definition checked by the core parser (fetched the first time a page needs it) and of the `kind` the
 * element shows, or a `bad-definition` problem naming the path that is wrong. A valid survey of the other kind is
 * refused too: shown, it would send the endpoint the wrong kind of submission.
 */
export async function checkDefinition(
  tag: string,
  input: unknown,
  source: string,
  kind: SurveyKind,
): Promise<SurveyDefinition | ConfigurationProblem> {
  const def = await parse(tag, input, source);
  if (isProblem(def) || def.kind === kind) return def;
  // Each kind's element is named after it: <pf-first-impression>, <pf-what-went-wrong>.
  return {
    code: 'bad-definition',
    message:
      `<${tag}>: the survey definition from ${source} is a "${def.kind}" survey (its "kind"), where a "${kind}" ` +
      `survey is needed. Give a "${kind}" survey here; a "${def.kind}" survey is shown by <pf-${def.kind}>.`,
  };
}

async function parse(tag: string, input: unknown, source: string): Promise<SurveyDefinition | ConfigurationProblem> {
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
 * Loads a practice's own definition of `kind` from a URL (`survey`, `recovery-survey`). Never throws unless aborted:
 * a failed request or a malformed file becomes a problem the element shows, so the practice sees it instead of an
 * empty box.
 */
export async function loadDefinition(
  tag: string,
  url: string,
  signal: AbortSignal,
  kind: SurveyKind,
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
  return checkDefinition(tag, json, `"${url}"`, kind);
}
