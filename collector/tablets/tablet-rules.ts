/**
 * What staff and tablets send about tablets, checked before anything is written (pure): a new tablet's details and
 * a tablet's health report. A wrong field is a TabletInputError naming it, answered as 400 `{ error, path }`.
 */
import type { NewTablet, TabletReport } from '../../src/core/tablets-api.js';

export class TabletInputError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'TabletInputError';
  }
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here
const CONTROL = /[\u0000-\u001f\u007f]/;
export const MIN_IDLE_SECONDS = 30;

function text(body: Record<string, unknown>, field: string, max: number, required: boolean, what: string): string {
  const value = body[field];
  if (value === undefined && !required) return '';
  if (typeof value !== 'string') throw new TabletInputError(`Give ${what} as text.`, field);
  const trimmed = value.trim();
  if (required && trimmed === '') throw new TabletInputError(`Give ${what}.`, field);
  if (trimmed.length > max)
    throw new TabletInputError(`${what[0]!.toUpperCase()}${what.slice(1)} has at most ${max} characters.`, field);
  if (CONTROL.test(trimmed))
    throw new TabletInputError(`${what[0]!.toUpperCase()}${what.slice(1)} cannot hold control characters.`, field);
  return trimmed;
}

function object(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new TabletInputError('Send a JSON object.', '');
  }
  return body as Record<string, unknown>;
}

/** A new tablet's details, trimmed and checked; `lang` defaults to `en`, `idleSeconds` to 60. */
export function newTabletInput(body: unknown): Required<NewTablet> {
  const b = object(body);
  const practiceId = text(b, 'practiceId', 100, true, "the tablet's practice");
  const location = text(b, 'location', 100, true, 'where the tablet stands (its location, such as front-desk)');
  const name = text(b, 'name', 100, true, 'a name staff will know it by, such as "Front desk tablet"');
  const survey = text(b, 'survey', 2000, false, "the survey's address");
  if (survey && !survey.startsWith('/') && !/^https:\/\//i.test(survey)) {
    throw new TabletInputError(
      'A survey address starts with https:// or is a path on this site (/surveys/…).',
      'survey',
    );
  }
  const lang = text(b, 'lang', 35, false, 'the language') || 'en';
  if (!/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(lang)) {
    throw new TabletInputError('Give the language as a code such as en or es.', 'lang');
  }
  let idleSeconds = 60;
  if (b.idleSeconds !== undefined) {
    if (
      typeof b.idleSeconds !== 'number' ||
      !Number.isInteger(b.idleSeconds) ||
      b.idleSeconds < MIN_IDLE_SECONDS ||
      b.idleSeconds > 3600
    ) {
      throw new TabletInputError(`Give a whole number of seconds from ${MIN_IDLE_SECONDS} to 3600.`, 'idleSeconds');
    }
    idleSeconds = b.idleSeconds;
  }
  return { practiceId, location, name, survey, lang, idleSeconds };
}

function count(b: Record<string, unknown>, field: 'waiting' | 'undeliverable'): number {
  const value = b[field];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 1_000_000) {
    throw new TabletInputError(`${field} is a whole number, 0 or more.`, field);
  }
  return value;
}

function flag(b: Record<string, unknown>, field: string): boolean | null {
  const value = b[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'boolean') throw new TabletInputError(`${field} is true, false or null.`, field);
  return value;
}

/** A tablet's health report, checked. */
export function reportInput(body: unknown): Required<TabletReport> {
  const b = object(body);
  const appVersion = text(b, 'appVersion', 50, true, 'the app version');
  let batteryLevel: number | null = null;
  if (b.batteryLevel !== undefined && b.batteryLevel !== null) {
    if (typeof b.batteryLevel !== 'number' || !(b.batteryLevel >= 0 && b.batteryLevel <= 1)) {
      throw new TabletInputError('batteryLevel is a number from 0 to 1, or null.', 'batteryLevel');
    }
    batteryLevel = b.batteryLevel;
  }
  return {
    appVersion,
    waiting: count(b, 'waiting'),
    undeliverable: count(b, 'undeliverable'),
    storagePersisted: flag(b, 'storagePersisted'),
    batteryLevel,
    batteryCharging: flag(b, 'batteryCharging'),
  };
}
