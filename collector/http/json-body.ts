/**
 * Reading a submission's JSON body: strict UTF-8, JSON.parse, and a nesting limit. The size limit is Fastify's
 * (bodyLimit), enforced while streaming. Messages never repeat the body's bytes (JSON.parse's own message quotes
 * them), and a body nested too deep is refused here, naming where, before anything walks it recursively.
 */
import type { FastifyRequest } from 'fastify';
import { HttpError } from './errors.js';

/** A submission is about 3 levels deep; unknown fields may nest a little, never like this. */
export const MAX_DEPTH = 32;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The path at which `value` is nested deeper than `max`, or undefined. Iterative: no stack to overflow. */
export function tooDeepAt(value: unknown, max: number): string | undefined {
  const pending: { value: unknown; depth: number; path: string }[] = [{ value, depth: 0, path: '' }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.value === null || typeof next.value !== 'object') continue;
    if (next.depth >= max) return next.path;
    if (Array.isArray(next.value)) {
      next.value.forEach((item, i) => pending.push({ value: item, depth: next.depth + 1, path: `${next.path}[${i}]` }));
    } else {
      for (const [key, item] of Object.entries(next.value)) {
        pending.push({ value: item, depth: next.depth + 1, path: next.path ? `${next.path}.${key}` : key });
      }
    }
  }
  return undefined;
}

export function parseJsonBody(
  _request: FastifyRequest,
  body: Buffer,
  done: (error: Error | null, value?: unknown) => void,
) {
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return done(new HttpError(400, 'not-utf8', 'The body is not valid UTF-8 text.'));
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message)?.[1];
    const where = position === undefined ? '' : ` (at character ${position})`;
    return done(new HttpError(400, 'malformed-json', `The body is not valid JSON${where}.`));
  }
  const path = tooDeepAt(parsed, MAX_DEPTH);
  if (path !== undefined) {
    return done(
      new HttpError(400, 'too-deep', `${path}: is nested more than ${MAX_DEPTH} levels deep`, {
        path: path || 'submission',
      }),
    );
  }
  done(null, parsed);
}
