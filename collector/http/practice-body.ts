/**
 * Reading the Practices API's bodies (src/core/practices-api.ts): each field checked by the same rules as the
 * command line (practices/practice-rules.ts) before anything is stored, so a refusal names the field it is about —
 * `400 { error, path }`, with `origins[1]` for the second website.
 */
import type { NewPractice, PracticeChange, PracticeField } from '../../src/core/practices-api.js';
import {
  checkLocationId,
  checkName,
  checkOrigin,
  checkPracticeId,
  checkPromise,
  checkTimeZone,
  PracticeError,
} from '../practices/practice-rules.js';
import { HttpError } from './errors.js';

type Body = Record<string, unknown>;

const refused = (path: string, message: string) => new HttpError(400, 'practice-invalid', message, { path });

const bodyOf = (body: unknown): Body => (typeof body === 'object' && body !== null ? (body as Body) : {});

/** Runs `check` on the field, naming it when refused. */
function field<T>(path: string, check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof PracticeError) throw refused(path, error.message);
    throw error;
  }
}

function text(body: Body, name: PracticeField, required: boolean): string | undefined {
  const value = body[name];
  if (value === undefined && !required) return undefined;
  if (typeof value !== 'string') throw refused(name, `${name} must be text.`);
  return value;
}

export function newPracticeOf(raw: unknown): NewPractice {
  const body = bodyOf(raw);
  const id = text(body, 'id', true) ?? '';
  const name = text(body, 'name', true) ?? '';
  const timeZone = text(body, 'timeZone', true) ?? '';
  return {
    id: field('id', () => checkPracticeId(id)),
    name: field('name', () => checkName(name)),
    timeZone: field('timeZone', () => checkTimeZone(timeZone)),
  };
}

export function practiceChangeOf(raw: unknown): PracticeChange {
  const body = bodyOf(raw);
  const name = text(body, 'name', false);
  const timeZone = text(body, 'timeZone', false);
  const promise = text(body, 'promise', false);
  const origins = body.origins;
  if (origins !== undefined && !(Array.isArray(origins) && origins.every((o) => typeof o === 'string'))) {
    throw refused('origins', 'origins must be a list of website addresses.');
  }
  return {
    ...(name === undefined ? {} : { name: field('name', () => checkName(name)) }),
    ...(timeZone === undefined ? {} : { timeZone: field('timeZone', () => checkTimeZone(timeZone)) }),
    ...(promise === undefined ? {} : { promise: field('promise', () => checkPromise(promise) ?? '') }),
    ...(origins === undefined
      ? {}
      : {
          origins: origins.flatMap((o, i) => (o.trim() === '' ? [] : [field(`origins[${i}]`, () => checkOrigin(o))])),
        }),
  };
}

export function newLocationOf(raw: unknown): string {
  const body = bodyOf(raw);
  const id = text(body, 'id', true) ?? '';
  return field('id', () => checkLocationId(id));
}
