/**
 * The shape check at the collector's door (docs/submission-and-delivery.md). A practice's web person reads these
 * messages in the browser console when their endpoint refuses something, so each names the field and what is wrong
 * with it.
 *
 * Unknown top-level fields are accepted and stored: the submission may grow (docs/submission-and-delivery.md), and an
 * older collector must not turn a newer widget's submissions into "undeliverable".
 */

export interface SubmissionShape {
  id: string;
  kind: 'first-impression' | 'what-went-wrong';
  survey: { id: string; version: string };
  submittedAt: string;
  lang: string;
  channel: 'embed' | 'kiosk';
  answers: Record<string, unknown>;
  practice?: string;
  location?: string;
  relatedTo?: string;
  reference?: string;
  [more: string]: unknown;
}

export type Validation = { ok: true; submission: SubmissionShape } | { ok: false; path: string; message: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
/**
 * Whether an ISO_DATE_TIME string names a moment that exists. Date.parse rolls 2026-02-31 over to March 3rd
 * rather than refusing it, so the day is checked against its month (leap years included) and the time and zone
 * against their ranges.
 */
function isCalendarDateTime(text: string): boolean {
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

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;
const ANSWER_ID = /^[A-Za-z0-9_-]{1,64}$/;
const KINDS = ['first-impression', 'what-went-wrong'];
const CHANNELS = ['embed', 'kiosk'];
const OVERALL = ['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'];
const CONTACT_METHODS = ['phone', 'email', 'text', 'none'];

/** Free text is limited to 2,000 characters in the form; leave room for languages that count differently. */
const MAX_ANSWER_TEXT = 5000;
const MAX_LABEL = 200;
const MAX_ANSWERS = 100;
const MAX_LIST = 50;

class ShapeError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function text(
  v: unknown,
  path: string,
  max: number,
  options: { optional?: boolean; pattern?: RegExp; hint?: string } = {},
) {
  if (v === undefined && options.optional) return;
  if (typeof v !== 'string') throw new ShapeError(path, 'must be a string');
  // Optional fields may be empty (a contact the patient withheld is sent as empty strings).
  if (v.length === 0) {
    if (options.optional) return;
    throw new ShapeError(path, 'must not be empty');
  }
  if (v.length > max) throw new ShapeError(path, `must be at most ${max} characters (got ${v.length})`);
  if (options.pattern && !options.pattern.test(v)) throw new ShapeError(path, `must be ${options.hint}`);
}

function oneOf(v: unknown, path: string, allowed: string[]) {
  if (typeof v !== 'string' || !allowed.includes(v)) throw new ShapeError(path, `must be one of ${allowed.join(', ')}`);
}

/** An answer is text, a list of chosen values (multiple choice) or a contact (core's `AnswerValue`). */
function answerValue(v: unknown, path: string) {
  if (typeof v === 'string') {
    if (v.length > MAX_ANSWER_TEXT)
      throw new ShapeError(path, `must be at most ${MAX_ANSWER_TEXT} characters (got ${v.length})`);
    return;
  }
  if (Array.isArray(v)) {
    if (v.length > MAX_LIST) throw new ShapeError(path, `must have at most ${MAX_LIST} items`);
    v.forEach((item, i) => text(item, `${path}[${i}]`, MAX_LABEL));
    return;
  }
  if (isObject(v)) return contact(v, path);
  throw new ShapeError(path, 'must be text, a list of values, or a contact object');
}

function contact(v: Record<string, unknown>, path: string) {
  oneOf(v.method, `${path}.method`, CONTACT_METHODS);
  if (v.consent !== undefined && typeof v.consent !== 'boolean')
    throw new ShapeError(`${path}.consent`, 'must be true or false');
  text(v.value, `${path}.value`, 320, { optional: true });
  text(v.bestTime, `${path}.bestTime`, MAX_LABEL, { optional: true });
  for (const key of Object.keys(v)) {
    if (!['method', 'value', 'consent', 'bestTime'].includes(key))
      throw new ShapeError(`${path}.${key}`, 'is not a contact field');
  }
}

function answers(v: unknown) {
  if (!isObject(v)) throw new ShapeError('answers', 'must be an object of answers by question id');
  const keys = Object.keys(v);
  if (keys.length > MAX_ANSWERS) throw new ShapeError('answers', `must have at most ${MAX_ANSWERS} answers`);
  for (const key of keys) {
    if (!ANSWER_ID.test(key))
      throw new ShapeError(`answers.${key}`, 'is not a valid question id (letters, digits, - and _)');
    answerValue(v[key], `answers.${key}`);
  }
  if (v.overall !== undefined) oneOf(v.overall, 'answers.overall', OVERALL);
}

function check(body: unknown): asserts body is SubmissionShape {
  if (!isObject(body)) throw new ShapeError('submission', 'must be a JSON object');
  text(body.id, 'id', 36, { pattern: UUID, hint: 'a UUID' });
  oneOf(body.kind, 'kind', KINDS);
  if (!isObject(body.survey)) throw new ShapeError('survey', 'must be an object with id and version');
  text(body.survey.id, 'survey.id', 100);
  text(body.survey.version, 'survey.version', 50);
  text(body.submittedAt, 'submittedAt', 40, {
    pattern: ISO_DATE_TIME,
    hint: 'an ISO 8601 date and time with a zone, e.g. 2026-11-22T10:15:00.000Z',
  });
  if (!isCalendarDateTime(body.submittedAt as string)) {
    throw new ShapeError('submittedAt', 'is not a real date and time (no February 31st, no 24:00)');
  }
  text(body.lang, 'lang', 35, { pattern: LANGUAGE_TAG, hint: 'a language tag such as en or es-MX' });
  oneOf(body.channel, 'channel', CHANNELS);
  text(body.practice, 'practice', MAX_LABEL, { optional: true });
  text(body.location, 'location', MAX_LABEL, { optional: true });
  text(body.relatedTo, 'relatedTo', 36, {
    optional: true,
    pattern: UUID,
    hint: 'the UUID of the submission it follows',
  });
  text(body.reference, 'reference', 40, { optional: true });
  answers(body.answers);
}

export function validateSubmission(body: unknown): Validation {
  try {
    check(body);
    return { ok: true, submission: body };
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, path: error.path, message: `${error.path}: ${error.message}` };
    throw error;
  }
}
