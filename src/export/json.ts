import type { Submission } from '../core/definition.js';
import { writeAll, type ExportWriter } from './writer.js';

/**
 * The members of a JSON array written one at a time, laid out exactly as `JSON.stringify(…, null, 2)` lays out an
 * array `depth` levels deep, so a streamed file reads the same as one built in memory.
 */
export function arrayWriter(depth: number): { item(value: unknown): string; end(): string } {
  const pad = '\n' + '  '.repeat(depth);
  let count = 0;
  return {
    item: (value) => `${count++ === 0 ? '' : ','}${pad}  ${JSON.stringify(value, null, 2).replace(/\n/g, `${pad}  `)}`,
    end: () => (count === 0 ? ']' : `${pad}]`),
  };
}

/** Submissions exactly as they were posted, as one readable JSON array (for records or another system). */
export function jsonWriter(): ExportWriter {
  const array = arrayWriter(0);
  return { start: () => '[', item: (s) => array.item(s), end: () => `${array.end()}\n` };
}

export function toJson(submissions: readonly Submission[]): string {
  return writeAll(jsonWriter(), submissions);
}
