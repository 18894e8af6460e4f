import type { Submission } from './definition.js';

/**
 * The shape of a submission as it arrives at an endpoint (docs/submission-and-delivery.md): one reader per field of
 * `Submission`, so a field added to the type without a reader here does not compile, and the collector keeps no copy
 * of its own. A practice's web person reads these messages in the browser console when their endpoint refuses
 * something, so each names the field's path and what is wrong with it.
 *
 * Unknown top-level fields pass and are kept: the submission may grow, and an older collector must not turn a newer
 * widget's submissions into "undeliverable". What the answers mean is checked against their survey elsewhere
 * (submission-check.ts); here an answer is only text, a list of values or a contact.
 */

/** A submission that cannot be stored as it is; `message` starts with `path`. */
export class SubmissionShapeError extends Error {
  readonly code = 'wrong-shape';
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'SubmissionShapeError';
  }
}

type Read = (v: unknown, path: string) => void;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const ANSWER_ID = /^[A-Za-z0-9_-]{1,64}$/;
const KINDS = ['first-impression', 'what-went-wrong'];
const CHANNELS = ['embed', 'kiosk'];
const CONTACT_METHODS = ['phone', 'email', 'text', 'none'];
const CONTACT_FIELDS = ['method', 'value', 'consent', 'bestTime'];

/** Free text is limited to 2,000 characters in the form; leave room for languages that count differently. */
export const MAX_ANSWER_TEXT = 5000;
const MAX_LABEL = 200;
const MAX_ANSWERS = 100;
const MAX_LIST = 50;

const fail = (path: string, problem: string): never => {
  throw new SubmissionShapeError(path, problem);
};

export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Whether an ISO_DATE_TIME string names a moment that exists. Date.parse rolls 2026-02-31 over to March 3rd
 * rather than refusing it, so the day is checked against its month (leap years included) and the time and zone
 * against their ranges.
 */
export function isCalendarDateTime(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(text);
  if (!match) return false;
  const [year, month, day, hour, minute, second, zoneHours, zoneMinutes] = match
    .slice(1)
    .map((part) => (part === undefined ? 0 : Number(part))) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const dayOk = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth;
  return dayOk && hour <= 23 && minute <= 59 && second <= 59 && zoneHours <= 23 && zoneMinutes <= 59;
}

interface TextRule {
  max: number;
  optional?: boolean;
  pattern?: RegExp;
  hint?: string;
}

function text({ max, optional, pattern, hint }: TextRule): Read {
  return (v, path) => {
    if (v === undefined && optional) return;
    if (typeof v !== 'string') return fail(path, 'must be a string');
    // Optional fields may be empty (a contact the patient withheld is sent as empty strings).
    if (v.length === 0) return optional ? undefined : fail(path, 'must not be empty');
    if (v.length > max) fail(path, `must be at most ${max} characters (got ${v.length})`);
    if (pattern && !pattern.test(v)) fail(path, `must be ${hint}`);
  };
}

const oneOf =
  (allowed: readonly string[]): Read =>
  (v, path) => {
    if (typeof v !== 'string' || !allowed.includes(v)) fail(path, `must be one of ${allowed.join(', ')}`);
  };

function dateTime(optional: boolean): Read {
  const shape = text({
    max: 40,
    optional,
    pattern: ISO_DATE_TIME,
    hint: 'an ISO 8601 date and time with a zone, e.g. 2026-11-22T10:15:00.000Z',
  });
  return (v, path) => {
    shape(v, path);
    if (typeof v === 'string' && !isCalendarDateTime(v)) {
      fail(path, 'is not a real date and time (no February 31st, no 24:00)');
    }
  };
}

const label = text({ max: MAX_LABEL });

function contact(v: Record<string, unknown>, path: string) {
  oneOf(CONTACT_METHODS)(v.method, `${path}.method`);
  if (v.consent !== undefined && typeof v.consent !== 'boolean') fail(`${path}.consent`, 'must be true or false');
  text({ max: 320, optional: true })(v.value, `${path}.value`);
  text({ max: MAX_LABEL, optional: true })(v.bestTime, `${path}.bestTime`);
  for (const key of Object.keys(v)) if (!CONTACT_FIELDS.includes(key)) fail(`${path}.${key}`, 'is not a contact field');
}

/** An answer is text, a list of chosen values (multiple choice) or a contact (core's `AnswerValue`). */
function answer(v: unknown, path: string) {
  if (typeof v === 'string') {
    if (v.length > MAX_ANSWER_TEXT) fail(path, `must be at most ${MAX_ANSWER_TEXT} characters (got ${v.length})`);
    return;
  }
  if (Array.isArray(v)) {
    if (v.length > MAX_LIST) fail(path, `must have at most ${MAX_LIST} items`);
    v.forEach((item, i) => label(item, `${path}[${i}]`));
    return;
  }
  if (isObject(v)) return contact(v, path);
  fail(path, 'must be text, a list of values, or a contact object');
}

const answers: Read = (v, path) => {
  if (!isObject(v)) return fail(path, 'must be an object of answers by question id');
  const keys = Object.keys(v);
  if (keys.length > MAX_ANSWERS) fail(path, `must have at most ${MAX_ANSWERS} answers`);
  for (const key of keys) {
    if (!ANSWER_ID.test(key)) fail(`${path}.${key}`, 'is not a valid question id (letters, digits, - and _)');
    answer(v[key], `${path}.${key}`);
  }
};

const survey: Read = (v, path) => {
  if (!isObject(v)) return fail(path, 'must be an object with id and version');
  text({ max: 100 })(v.id, `${path}.id`);
  text({ max: 50 })(v.version, `${path}.version`);
};

/** Every field of `Submission`, in the order they are checked (the first problem is the one reported). */
const FIELDS: { readonly [K in keyof Submission]-?: Read } = {
  id: text({ max: 36, pattern: UUID, hint: 'a UUID' }),
  kind: oneOf(KINDS),
  survey,
  submittedAt: dateTime(false),
  lang: text({ max: 35, pattern: LANGUAGE_TAG, hint: 'a language tag such as en or es-MX' }),
  channel: oneOf(CHANNELS),
  practice: text({ max: MAX_LABEL, optional: true }),
  location: text({ max: MAX_LABEL, optional: true }),
  relatedTo: text({ max: 36, optional: true, pattern: UUID, hint: 'the UUID of the submission it follows' }),
  reference: text({ max: 40, optional: true }),
  startedAt: dateTime(true),
  // The device cuts it at 200 characters; a program posting directly may send more, and is still only flagged.
  honeypot: text({ max: MAX_ANSWER_TEXT, optional: true }),
  answers,
};

/** Checks the shape and returns the same object typed; throws `SubmissionShapeError` naming the first problem. */
export function readSubmissionShape(body: unknown): Submission {
  if (!isObject(body)) return fail('submission', 'must be a JSON object');
  for (const [key, read] of Object.entries<Read>(FIELDS)) read(body[key], key);
  return body as unknown as Submission;
}
