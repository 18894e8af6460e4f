import type { ContactMethod, LocalText, Question, QuestionType, SurveyDefinition, SurveyKind } from './definition.js';

/**
 * A survey definition that cannot be used. `path` points into the JSON (`questions[2].options`) so the practice's
 * web person can find the mistake; the message starts with it.
 */
export class DefinitionError extends Error {
  readonly code = 'bad-definition';
  readonly path: string;
  constructor(path: string, problem: string) {
    super(`${path || 'survey definition'}: ${problem}`);
    this.name = 'DefinitionError';
    this.path = path;
  }
}

// Hand-written rather than a schema library: this ships to every patient's phone, and the messages must be plain.
type Obj = Record<string, unknown>;

const TYPES: readonly QuestionType[] = ['single', 'multiple', 'yes-no', 'text', 'statement', 'contact'];
const KINDS: readonly SurveyKind[] = ['first-impression', 'what-went-wrong'];
const METHODS: readonly ContactMethod[] = ['phone', 'text', 'email', 'none'];
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const COMMON = ['id', 'type', 'title', 'help', 'required', 'showIf', 'page'];
const EXTRA: Record<QuestionType, readonly string[]> = {
  single: ['options', 'display'],
  multiple: ['options'],
  'yes-no': [],
  text: ['maxLength', 'multiline'],
  statement: [],
  contact: ['methods'],
};

const fail = (path: string, problem: string): never => {
  throw new DefinitionError(path, problem);
};

function object(v: unknown, path: string, allowed: readonly string[]): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'must be an object');
  // A typo such as "requried" would otherwise be ignored silently; `$schema`-style keys are left for editors.
  for (const key of Object.keys(v)) {
    if (!allowed.includes(key) && !key.startsWith('$')) fail(path ? `${path}.${key}` : key, 'unknown field');
  }
  return v as Obj;
}

function array(v: unknown, path: string, min: number, what: string): unknown[] {
  if (!Array.isArray(v)) return fail(path, 'must be a list');
  if (v.length < min) fail(path, `needs at least ${min} ${what}`);
  return v;
}

function string(v: unknown, path: string): string {
  if (typeof v !== 'string' || !v.trim()) return fail(path, 'must be non-empty text');
  return v.trim();
}

function id(v: unknown, path: string): string {
  if (typeof v !== 'string' || !ID.test(v)) return fail(path, 'must be 1–64 letters, digits, "-" or "_"');
  return v;
}

function oneOf<T extends string>(v: unknown, path: string, allowed: readonly T[]): T {
  if (!allowed.includes(v as T)) fail(path, `must be one of ${allowed.join(', ')}`);
  return v as T;
}

function localText(v: unknown, path: string): LocalText {
  if (typeof v === 'string') return string(v, path);
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return fail(path, 'must be text or { "<lang>": text }');
  const out: Record<string, string> = {};
  for (const [lang, text] of Object.entries(v)) out[lang] = string(text, `${path}.${lang}`);
  if (!Object.keys(out).length) fail(path, 'needs text in at least one language');
  return Object.freeze(out);
}

function optional<T>(o: Obj, key: string, path: string, read: (v: unknown, p: string) => T): T | undefined {
  return o[key] === undefined ? undefined : read(o[key], `${path}.${key}`);
}

const bool = (v: unknown, path: string): boolean => (typeof v === 'boolean' ? v : fail(path, 'must be true or false'));

/** Answer values an earlier question can have, for `showIf` and `recoveryWhen`; undefined when it has none. */
function valuesOf(q: Question): readonly string[] | undefined {
  if (q.type === 'single' || q.type === 'multiple') return q.options.map((o) => o.value);
  return q.type === 'yes-no' ? ['yes', 'no'] : undefined;
}

function values(v: unknown, path: string, allowed: readonly string[], target: string): readonly string[] {
  const list = array(v, path, 1, 'value');
  list.forEach((x, i) => {
    if (typeof x !== 'string' || !allowed.includes(x)) fail(`${path}[${i}]`, `"${String(x)}" is not an answer of ${target}`);
  });
  return Object.freeze([...(list as string[])]);
}

function question(raw: unknown, path: string, earlier: readonly Question[]): Question {
  const pre = object(raw, path, [...COMMON, ...TYPES.flatMap((t) => EXTRA[t])]);
  const type = oneOf(pre.type, `${path}.type`, TYPES);
  const o = pre;
  for (const key of Object.keys(o)) {
    if (!COMMON.includes(key) && !EXTRA[type].includes(key)) fail(`${path}.${key}`, `not used by a ${type} question`);
  }
  const qid = id(o.id, `${path}.id`);
  const same = earlier.findIndex((q) => q.id === qid);
  if (same >= 0) fail(`${path}.id`, `"${qid}" is already used by questions[${same}]`);

  const q: Record<string, unknown> = { id: qid, type, title: localText(o.title, `${path}.title`) };
  const help = optional(o, 'help', path, localText);
  if (help !== undefined) q.help = help;
  const required = optional(o, 'required', path, bool);
  if (required && type === 'statement') fail(`${path}.required`, 'a statement has no answer to require');
  if (required) q.required = true;
  const page = optional(o, 'page', path, id);
  if (page !== undefined) q.page = page;

  if (o.showIf !== undefined) {
    const sp = `${path}.showIf`;
    const c = object(o.showIf, sp, ['question', 'in']);
    const ref = id(c.question, `${sp}.question`);
    const target = earlier.find((e) => e.id === ref);
    if (!target) fail(`${sp}.question`, `"${ref}" must be an earlier question`);
    const allowed = valuesOf(target as Question);
    if (!allowed) fail(`${sp}.question`, `"${ref}" has no choices to depend on`);
    q.showIf = Object.freeze({ question: ref, in: values(c.in, `${sp}.in`, allowed as string[], `"${ref}"`) });
  }

  if (type === 'single' || type === 'multiple') {
    const op = `${path}.options`;
    const seen = new Set<string>();
    q.options = Object.freeze(
      array(o.options, op, 2, 'options').map((raw, i) => {
        const p = `${op}[${i}]`;
        const opt = object(raw, p, ['value', 'label']);
        const value = id(opt.value, `${p}.value`);
        if (seen.has(value)) fail(`${p}.value`, `"${value}" is used twice`);
        seen.add(value);
        return Object.freeze({ value, label: localText(opt.label, `${p}.label`) });
      }),
    );
    const display = optional(o, 'display', path, (v, p) => oneOf(v, p, ['list', 'faces'] as const));
    if (display) q.display = display;
  } else if (type === 'text') {
    const max = optional(o, 'maxLength', path, (v, p) =>
      Number.isInteger(v) && (v as number) > 0 && (v as number) <= 10000 ? (v as number) : fail(p, 'must be a whole number from 1 to 10000'),
    );
    if (max !== undefined) q.maxLength = max;
    const multiline = optional(o, 'multiline', path, bool);
    if (multiline !== undefined) q.multiline = multiline;
  } else if (type === 'contact' && o.methods !== undefined) {
    const mp = `${path}.methods`;
    const list = array(o.methods, mp, 1, 'method').map((m, i) => oneOf(m, `${mp}[${i}]`, METHODS));
    list.forEach((m, i) => list.indexOf(m) !== i && fail(`${mp}[${i}]`, `"${m}" is listed twice`));
    q.methods = Object.freeze(list);
  }
  return Object.freeze(q) as unknown as Question;
}

/**
 * Checks a survey definition (usually JSON a practice wrote) and returns a frozen, cleaned copy.
 * Throws `DefinitionError` naming the first problem's path.
 */
export function parseDefinition(input: unknown): SurveyDefinition {
  const o = object(input, '', ['id', 'version', 'kind', 'title', 'languages', 'questions', 'recoveryWhen']);
  const surveyId = id(o.id, 'id');
  // `"version": 2` is an easy slip in hand-written JSON; it means the same as "2".
  const version = string(typeof o.version === 'number' ? String(o.version) : o.version, 'version');
  const kind = oneOf(o.kind, 'kind', KINDS);
  const title = localText(o.title, 'title');
  const languages = array(o.languages, 'languages', 1, 'language').map((l, i) => {
    const lang = string(l, `languages[${i}]`);
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(lang)) fail(`languages[${i}]`, `"${lang}" is not a language tag like "en" or "es-MX"`);
    return lang;
  });
  const questions: Question[] = [];
  array(o.questions, 'questions', 1, 'question').forEach((raw, i) => questions.push(question(raw, `questions[${i}]`, questions)));

  const def: Record<string, unknown> = {
    id: surveyId,
    version,
    kind,
    title,
    languages: Object.freeze(languages),
    questions: Object.freeze(questions),
  };
  if (o.recoveryWhen !== undefined) {
    if (kind !== 'first-impression') fail('recoveryWhen', 'only a first-impression survey leads to the recovery form');
    const r = object(o.recoveryWhen, 'recoveryWhen', ['question', 'in']);
    const ref = id(r.question, 'recoveryWhen.question');
    const target = questions.find((q) => q.id === ref);
    if (target?.type !== 'single') fail('recoveryWhen.question', `"${ref}" must be a single-choice question of this survey`);
    const allowed = valuesOf(target as Question) as string[];
    def.recoveryWhen = Object.freeze({ question: ref, in: values(r.in, 'recoveryWhen.in', allowed, `"${ref}"`) });
  }
  return Object.freeze(def) as unknown as SurveyDefinition;
}
