/**
 * What to fix, in the screen's language, from the collector's refusal of one of the Practices screen's forms: the
 * field it names (`400 { path }`) or a taken id (409), with what was typed. Undefined: not about a field.
 */
import { ApiError } from '../../api/client.js';
import { fill } from '../../i18n/index.js';
import type { PracticesStrings } from '../../i18n/practices.js';

export interface Refused {
  problem: string;
  /** The form's field to mark (`origins` for `origins[1]`). */
  wrong: string;
}

export function refusalWords(
  error: unknown,
  form: 'add' | 'edit' | 'location',
  sent: Record<string, unknown>,
  practiceName: string,
  s: PracticesStrings,
): Refused | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const typed = (name: string) => {
    const given = sent[name];
    return typeof given === 'string' ? given : '';
  };
  if (error.status === 409) {
    const problem =
      form === 'location' ? fill(s.takenLocation, practiceName, typed('id')) : fill(s.takenId, typed('id'));
    return { problem, wrong: 'id' };
  }
  if (error.status !== 400 || !error.path) return undefined;
  const origin = /^origins\[(\d+)\]$/.exec(error.path);
  if (origin) {
    const list = Array.isArray(sent.origins) ? (sent.origins as string[]) : [];
    return { problem: fill(s.wrongOrigin, list[Number(origin[1])] ?? ''), wrong: 'origins' };
  }
  const words: Record<string, string> = {
    id: form === 'location' ? s.wrongLocation : s.wrongId,
    name: s.wrongName,
    timeZone: fill(s.wrongTimeZone, typed('timeZone')),
    promise: s.wrongPromise,
    origins: fill(s.wrongOrigin, ''),
  };
  const problem = words[error.path];
  return problem ? { problem, wrong: error.path } : undefined;
}
