/**
 * What the survey registry refuses, and why, in words for the person adding a survey. A definition's own mistakes
 * name their path (`questions[2].options: needs at least 2 options`, from src/core/parse.ts); the registry adds its
 * few rules: the built-in surveys' ids are taken, a version used by a submission never changes, a version names
 * a stable web address, and a survey belongs to a practice the person may manage.
 */
import { DefinitionError, parseDefinition } from '../../src/core/parse.js';
import type { SurveyDefinition } from '../../src/core/definition.js';
import { BUILT_IN_SURVEYS } from './built-in-surveys.js';

export type SurveyProblem =
  'bad-definition' | 'built-in' | 'used' | 'other-practice' | 'unknown-practice' | 'unknown-survey' | 'not-allowed';

export class SurveyError extends Error {
  constructor(
    readonly code: SurveyProblem,
    message: string,
    /** Where in the definition, for `bad-definition`. */
    readonly path?: string,
  ) {
    super(message);
    this.name = 'SurveyError';
  }
}

/** A version is part of the definition's web address (`/surveys/<id>/<version>.json`): letters, digits, `.`, `-`, `_`. */
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._-]{0,31}$/;

/** The most a definition may weigh: far more than any survey a patient would finish. */
export const MAX_DEFINITION_BYTES = 256 * 1024;

/**
 * The definition a practice sent (parsed JSON, or the text of a file), checked: the parser's rules, then the
 * registry's. Throws a `SurveyError` naming the path.
 */
export function readDefinition(input: unknown): SurveyDefinition {
  let json = input;
  if (typeof input === 'string') {
    if (Buffer.byteLength(input) > MAX_DEFINITION_BYTES) {
      throw new SurveyError('bad-definition', `The definition is larger than ${MAX_DEFINITION_BYTES / 1024} KB.`, '');
    }
    try {
      json = JSON.parse(input);
    } catch (error) {
      const position = /position (\d+)/.exec((error as Error).message)?.[1];
      const where = position === undefined ? '' : ` (at character ${position})`;
      throw new SurveyError('bad-definition', `The definition is not valid JSON${where}.`, '');
    }
  }
  let definition: SurveyDefinition;
  try {
    definition = parseDefinition(json);
  } catch (error) {
    if (error instanceof DefinitionError) throw new SurveyError('bad-definition', error.message, error.path);
    throw error;
  }
  if (BUILT_IN_SURVEYS.some((s) => s.id === definition.id)) {
    throw new SurveyError(
      'built-in',
      `id: "${definition.id}" is a built-in survey; give your survey an id of its own (such as "${definition.id}-smile-dental").`,
      'id',
    );
  }
  if (!VERSION.test(definition.version) || definition.version === 'latest') {
    throw new SurveyError(
      'bad-definition',
      'version: must be 1–32 letters, digits, ".", "-" or "_", starting with a letter or digit, and not "latest" ' +
        '(such as "2" or "2026.1")',
      'version',
    );
  }
  return definition;
}
