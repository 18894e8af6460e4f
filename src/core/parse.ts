import type { ContactMethod, LocalText, Question, QuestionType, SurveyDefinition, SurveyKind } from './definition.js';

/**
 * A survey definition that cannot be used. `path` points into the JSON (`questions[2].options`) so the practice's
 * web person can find the mistake; the message starts with it.
 */
export class DefinitionError extends Error {
  readonly code = 'bad-definition';
  constructor(
    readonly path: string,
    problem: string,
  ) {
    super(`${path || 'survey definition'}: ${problem}`);
    this.name = 'DefinitionError';
  }
}

// Hand-written rather than a schema library: this ships to every patient's phone, and the messages must be plain.
// Each reader checks one value at `path` and returns it cleaned (trimmed, frozen) or throws naming the path.
type Obj = Record<string, unknown>;
type Read<T> = (v: unknown, path: string) => T;

const TYPES: readonly QuestionType[] = ['single', 'multiple', 'yes-no', 'text', 'statement', 'contact'];
const KINDS: readonly SurveyKind[] = ['first-impression', 'what-went-wrong'];
const METHODS: readonly ContactMethod[] = ['phone', 'text', 'email', 'none'];
/** Fields of every question, in the order they are checked; then the fields of each type. */
const COMMON = ['id', 'type', 'title', 'help', 'easyTitle', 'easyHelp', 'required', 'page', 'showIf'];
const EXTRA: Record<QuestionType, readonly string[]> = {
  single: ['options', 'display'],
  multiple: ['options'],
  'yes-no': [],
  text: ['maxLength', 'multiline'],
  statement: [],
  contact: ['methods'],
};
/** Checked even when missing; every other field is optional. */
const REQUIRED = ['id', 'title', 'options'];

const fail = (path: string, problem: string): never => {
  throw new DefinitionError(path, problem);
};

const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function object(v: unknown, path: string, allowed: readonly string[]): Obj {
  if (!isObject(v)) return fail(path, 'must be an object');
  // A typo such as "requried" would otherwise be ignored silently; `$schema`-style keys are left for editors.
  for (const key in v)
    if (!allowed.includes(key) && key[0] !== '$') fail(path ? `${path}.${key}` : key, 'unknown field');
  return v;
}

function list<T>(v: unknown, path: string, min: number, what: string, read: Read<T>): readonly T[] {
  if (!Array.isArray(v)) return fail(path, 'must be a list');
  if (v.length < min) fail(path, `needs at least ${min} ${what}`);
  return Object.freeze(v.map((x, i) => read(x, `${path}[${i}]`)));
}

/** Each item read by `read` must differ from those before it. */
function distinct<T extends string>(read: Read<T>, problem: string): Read<T> {
  const seen: T[] = [];
  return (v, path) => {
    const x = read(v, path);
    if (seen.includes(x)) fail(path, `"${x}" ${problem}`);
    seen.push(x);
    return x;
  };
}

const text: Read<string> = (v, path) =>
  typeof v === 'string' && v.trim() ? v.trim() : fail(path, 'must be non-empty text');
const id: Read<string> = (v, path) =>
  typeof v === 'string' && /^[\w-]{1,64}$/.test(v) ? v : fail(path, 'must be 1–64 letters, digits, "-" or "_"');
const bool: Read<boolean> = (v, path) => (typeof v === 'boolean' ? v : fail(path, 'must be true or false'));
const oneOf =
  <T extends string>(allowed: readonly T[]): Read<T> =>
  (v, path) =>
    allowed.includes(v as T) ? (v as T) : fail(path, `must be one of ${allowed.join(', ')}`);

const localText: Read<LocalText> = (v, path) => {
  if (typeof v === 'string') return text(v, path);
  if (!isObject(v)) return fail(path, 'must be text or { "<lang>": text }');
  const entries = Object.entries(v).map(([lang, t]) => [lang, text(t, `${path}.${lang}`)]);
  return entries.length
    ? (Object.freeze(Object.fromEntries(entries)) as LocalText)
    : fail(path, 'needs text in at least one language');
};

/**
 * `showIf` and `recoveryWhen`: an earlier question (for `recoveryWhen`, a single-choice one) and some of its answers.
 */
function condition(v: unknown, path: string, earlier: readonly Question[], single = false) {
  const c = object(v, path, ['question', 'in']);
  const qp = `${path}.question`;
  const ref = id(c.question, qp);
  const target = earlier.find((q) => q.id === ref);
  if (single ? target?.type !== 'single' : !target) {
    fail(qp, `"${ref}" must be ${single ? 'a single-choice question of this survey' : 'an earlier question'}`);
  }
  const q = target as Question;
  const allowed =
    q.type === 'single' || q.type === 'multiple'
      ? q.options.map((o) => o.value)
      : q.type === 'yes-no'
        ? ['yes', 'no']
        : fail(qp, `"${ref}" has no choices to depend on`);
  const answer: Read<string> = (x, p) =>
    allowed.includes(x as string) ? (x as string) : fail(p, `"${String(x)}" is not an answer of "${ref}"`);
  return Object.freeze({ question: ref, in: list(c.in, `${path}.in`, 1, 'value', answer) });
}

function question(raw: unknown, path: string, earlier: readonly Question[]): Question {
  const o = object(raw, path, [...COMMON, ...TYPES.flatMap((t) => EXTRA[t])]);
  const type = oneOf(TYPES)(o.type, `${path}.type`);
  const fields = [...COMMON, ...EXTRA[type]];
  for (const key in o)
    if (!fields.includes(key) && key[0] !== '$') fail(`${path}.${key}`, `not used by a ${type} question`);
  const read: Record<string, Read<unknown>> = {
    id: (v, p) => {
      const qid = id(v, p);
      const same = earlier.findIndex((q) => q.id === qid);
      return same < 0 ? qid : fail(p, `"${qid}" is already used by questions[${same}]`);
    },
    type: () => type,
    title: localText,
    help: localText,
    easyTitle: localText,
    easyHelp: localText,
    // Only `true` is kept: `"required": false` means the same as leaving it out.
    required: (v, p) =>
      bool(v, p) ? (type === 'statement' ? fail(p, 'a statement has no answer to require') : true) : undefined,
    page: id,
    showIf: (v, p) => condition(v, p, earlier),
    options: (v, p) => {
      const value = distinct(id, 'is used twice');
      return list(v, p, 2, 'options', (x, op) => {
        const opt = object(x, op, ['value', 'label']);
        return Object.freeze({ value: value(opt.value, `${op}.value`), label: localText(opt.label, `${op}.label`) });
      });
    },
    display: (v, p) => oneOf(['list', 'faces'])(v, p) || undefined,
    maxLength: (v, p) =>
      Number.isInteger(v) && (v as number) > 0 && (v as number) <= 10000
        ? v
        : fail(p, 'must be a whole number from 1 to 10000'),
    multiline: bool,
    methods: (v, p) => list(v, p, 1, 'method', distinct(oneOf(METHODS), 'is listed twice')),
  };
  const q: Obj = {};
  for (const key of fields) {
    const value = o[key] === undefined && !REQUIRED.includes(key) ? undefined : read[key]!(o[key], `${path}.${key}`);
    if (value !== undefined) q[key] = value;
  }
  return Object.freeze(q) as unknown as Question;
}

/**
 * Checks a survey definition (usually JSON a practice wrote) and returns a frozen, cleaned copy.
 * Throws `DefinitionError` naming the first problem's path.
 */
export function parseDefinition(input: unknown): SurveyDefinition {
  const o = object(input, '', ['id', 'version', 'kind', 'title', 'languages', 'questions', 'recoveryWhen']);
  const def: Obj = {
    id: id(o.id, 'id'),
    // `"version": 2` is an easy slip in hand-written JSON; it means the same as "2".
    version: text(typeof o.version === 'number' ? String(o.version) : o.version, 'version'),
    kind: oneOf(KINDS)(o.kind, 'kind'),
    title: localText(o.title, 'title'),
    languages: list(o.languages, 'languages', 1, 'language', (v, p) => {
      const lang = text(v, p);
      return /^[a-z]{2,3}(-[a-z\d]{1,8})*$/i.test(lang)
        ? lang
        : fail(p, `"${lang}" is not a language tag like "en" or "es-MX"`);
    }),
  };
  const questions: Question[] = [];
  list(o.questions, 'questions', 1, 'question', (v, p) => questions.push(question(v, p, questions)));
  def.questions = Object.freeze(questions);
  if (o.recoveryWhen !== undefined) {
    if (def.kind !== 'first-impression')
      fail('recoveryWhen', 'only a first-impression survey leads to the recovery form');
    def.recoveryWhen = condition(o.recoveryWhen, 'recoveryWhen', questions, true);
  }
  return Object.freeze(def) as unknown as SurveyDefinition;
}
