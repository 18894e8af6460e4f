/**
 * A definition as the admin types it, checked as the collector will check it: JSON first, then the browser's own
 * parser (src/core/parse.ts, the one every patient's device runs: its message starts with the path,
 * `questions[1].options: needs at least 2 options`), then the registry's few rules (collector/surveys/
 * survey-rules.ts: a built-in survey's id is taken; a version is part of a web address). The collector checks again
 * when it is published; this only saves a round trip and says where.
 */
import type { SurveyDefinition } from '../../../src/core/definition.js';
import { DefinitionError, parseDefinition } from '../../../src/core/parse.js';
import { fill, type StaffStrings } from '../../i18n/index.js';
import { lineAndColumn, placeOf, syntaxErrorAt } from './json-places.js';

export interface DefinitionProblem {
  message: string;
  /** Where in the text to put the caret. */
  at: number;
  /** How far to select from `at` (the mistake's first line). */
  length: number;
}

export interface DefinitionCheck {
  /** The text was empty: nothing to say yet. */
  empty: boolean;
  /** The JSON to publish, when the text is JSON. */
  json?: unknown;
  /** The definition to preview, when the browser's parser accepts it (the registry's rules may still refuse it). */
  definition?: SurveyDefinition;
  problems: DefinitionProblem[];
}

/** The registry's rule for a version (collector/surveys/survey-rules.ts): it is part of the definition's address. */
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

function problemAt(text: string, path: string, message: string): DefinitionProblem {
  const place = placeOf(text, path) ?? { start: 0, end: 0 };
  const firstLine = text.slice(place.start, place.end).split('\n')[0]!;
  return { message, at: place.start, length: firstLine.length };
}

export function checkDefinition(text: string, builtInIds: readonly string[], t: StaffStrings): DefinitionCheck {
  if (!text.trim()) return { empty: true, problems: [] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = syntaxErrorAt(text, error);
    const { line, column } = lineAndColumn(text, at);
    return { empty: false, problems: [{ message: fill(t.surveyNotJson, line, column), at, length: 1 }] };
  }
  let definition: SurveyDefinition;
  try {
    definition = parseDefinition(json);
  } catch (error) {
    if (!(error instanceof DefinitionError)) throw error;
    return { empty: false, json, problems: [problemAt(text, error.path, error.message)] };
  }
  const problems: DefinitionProblem[] = [];
  if (builtInIds.includes(definition.id)) {
    problems.push(problemAt(text, 'id', fill(t.surveyIdBuiltIn, definition.id)));
  }
  if (!VERSION.test(definition.version) || definition.version === 'latest') {
    problems.push(problemAt(text, 'version', t.surveyVersionRule));
  }
  return { empty: false, json, definition, problems };
}

/** "2" → "3", "2026.1" → "2026.2"; anything else gets "-2" (as the collector suggests). */
export function nextVersion(version: string): string {
  const last = /(\d+)$/.exec(version);
  return last ? version.slice(0, last.index) + String(Number(last[1]) + 1) : `${version}-2`;
}
