import { describe, expect, it } from 'vitest';
import { DefinitionError, parseDefinition } from '../../src/core/parse.js';

/** A small valid survey a practice might write; each bad case below breaks one thing in a copy of it. */
function good(): any {
  return {
    id: 'smile-dental',
    version: '3',
    kind: 'first-impression',
    title: { en: 'How did we do?', es: '¿Qué tal lo hicimos?' },
    languages: ['en', 'es'],
    questions: [
      {
        id: 'overall',
        type: 'single',
        display: 'faces',
        required: true,
        title: 'Overall?',
        options: [
          { value: 'good', label: 'Good' },
          { value: 'poor', label: 'Poor' },
        ],
      },
      { id: 'hygienist', type: 'yes-no', title: 'Did you see a hygienist?', page: 'visit' },
      {
        id: 'hygienist-kind',
        type: 'text',
        title: 'Were they kind?',
        page: 'visit',
        showIf: { question: 'hygienist', in: ['yes'] },
      },
      {
        id: 'why',
        type: 'text',
        title: 'Why?',
        maxLength: 500,
        multiline: true,
        showIf: { question: 'overall', in: ['poor'] },
      },
      { id: 'reach', type: 'contact', title: 'Reach you?', methods: ['email', 'none'] },
    ],
    recoveryWhen: { question: 'overall', in: ['poor'] },
  };
}

function errorOf(mutate: (d: any) => void): DefinitionError {
  const d = good();
  mutate(d);
  try {
    parseDefinition(d);
  } catch (e) {
    expect(e).toBeInstanceOf(DefinitionError);
    return e as DefinitionError;
  }
  throw new Error('expected parseDefinition to reject the definition');
}

describe('parseDefinition: a good definition', () => {
  it('comes back equal, frozen all the way down', () => {
    const def = parseDefinition(good());
    expect(def).toEqual(good());
    expect(Object.isFrozen(def)).toBe(true);
    expect(Object.isFrozen(def.questions)).toBe(true);
    expect(Object.isFrozen(def.questions[0])).toBe(true);
    expect(() => (def.questions as any[]).push({})).toThrow(TypeError);
  });

  it('is a copy: changing the input afterwards changes nothing', () => {
    const input = good();
    const def = parseDefinition(input);
    input.questions[0].title = 'Changed';
    expect(def.questions[0]!.title).toBe('Overall?');
  });

  it('accepts a numeric version and trims text', () => {
    const d = good();
    d.version = 2;
    d.questions[0].title = '  Overall?  ';
    const def = parseDefinition(d);
    expect(def.version).toBe('2');
    expect(def.questions[0]!.title).toBe('Overall?');
  });

  it('accepts easy-read words on any question and cleans them like the others', () => {
    const d = good();
    d.questions[0].easyTitle = { en: ' How was it? ', es: '¿Cómo fue?' };
    d.questions[4].easyHelp = 'Only about this.';
    const def = parseDefinition(d);
    expect(def.questions[0]!.easyTitle).toEqual({ en: 'How was it?', es: '¿Cómo fue?' });
    expect(def.questions[4]!.easyHelp).toBe('Only about this.');
  });

  it('leaves $schema alone for editors', () => {
    expect(() => parseDefinition({ $schema: './survey.schema.json', ...good() })).not.toThrow();
  });
});

describe('parseDefinition: a bad definition names the path', () => {
  const cases: [string, (d: any) => void, string][] = [
    ['empty object', (d) => Object.keys(d).forEach((k) => delete d[k]), 'id: must be 1–64 letters, digits, "-" or "_"'],
    ['too few options', (d) => d.questions[0].options.pop(), 'questions[0].options: needs at least 2 options'],
    ['options missing', (d) => delete d.questions[0].options, 'questions[0].options: must be a list'],
    [
      'option value used twice',
      (d) => (d.questions[0].options[1].value = 'good'),
      'questions[0].options[1].value: "good" is used twice',
    ],
    [
      'empty option label',
      (d) => (d.questions[0].options[1].label = ' '),
      'questions[0].options[1].label: must be non-empty text',
    ],
    ['empty translation', (d) => (d.title.es = ''), 'title.es: must be non-empty text'],
    [
      'empty easy title',
      (d) => (d.questions[1].easyTitle = { es: ' ' }),
      'questions[1].easyTitle.es: must be non-empty text',
    ],
    [
      'easy help not text',
      (d) => (d.questions[2].easyHelp = 3),
      'questions[2].easyHelp: must be text or { "<lang>": text }',
    ],
    [
      'empty title object',
      (d) => (d.questions[1].title = {}),
      'questions[1].title: needs text in at least one language',
    ],
    [
      'unknown type',
      (d) => (d.questions[2].type = 'slider'),
      'questions[2].type: must be one of single, multiple, yes-no, text, statement, contact',
    ],
    [
      'duplicate id',
      (d) => (d.questions[3].id = 'overall'),
      'questions[3].id: "overall" is already used by questions[0]',
    ],
    ['bad id', (d) => (d.questions[1].id = 'has space'), 'questions[1].id: must be 1–64 letters, digits, "-" or "_"'],
    [
      'showIf on a later question',
      (d) => (d.questions[1].showIf = { question: 'why', in: ['x'] }),
      'questions[1].showIf.question: "why" must be an earlier question',
    ],
    [
      'showIf on free text',
      (d) => (d.questions[3].showIf = { question: 'hygienist-kind', in: ['x'] }),
      'questions[3].showIf.question: "hygienist-kind" has no choices to depend on',
    ],
    [
      'showIf on a value that does not exist',
      (d) => (d.questions[3].showIf.in = ['poor', 'awful']),
      'questions[3].showIf.in[1]: "awful" is not an answer of "overall"',
    ],
    [
      'showIf with nothing to match',
      (d) => (d.questions[3].showIf.in = []),
      'questions[3].showIf.in: needs at least 1 value',
    ],
    ['no languages', (d) => (d.languages = []), 'languages: needs at least 1 language'],
    [
      'odd language',
      (d) => (d.languages = ['en', 'Spanish!']),
      'languages[1]: "Spanish!" is not a language tag like "en" or "es-MX"',
    ],
    [
      'maxLength zero',
      (d) => (d.questions[3].maxLength = 0),
      'questions[3].maxLength: must be a whole number from 1 to 10000',
    ],
    [
      'maxLength huge',
      (d) => (d.questions[3].maxLength = 10001),
      'questions[3].maxLength: must be a whole number from 1 to 10000',
    ],
    [
      'maxLength fraction',
      (d) => (d.questions[3].maxLength = 2.5),
      'questions[3].maxLength: must be a whole number from 1 to 10000',
    ],
    ['required not boolean', (d) => (d.questions[1].required = 'yes'), 'questions[1].required: must be true or false'],
    ['typo in a field name', (d) => (d.questions[1].requried = true), 'questions[1].requried: unknown field'],
    [
      'field of another type',
      (d) => (d.questions[1].options = []),
      'questions[1].options: not used by a yes-no question',
    ],
    [
      'unknown contact method',
      (d) => (d.questions[4].methods = ['email', 'fax']),
      'questions[4].methods[1]: must be one of phone, text, email, none',
    ],
    [
      'required statement',
      (d) => d.questions.push({ id: 's', type: 'statement', title: 'Hi', required: true }),
      'questions[5].required: a statement has no answer to require',
    ],
    ['bad display', (d) => (d.questions[0].display = 'stars'), 'questions[0].display: must be one of list, faces'],
    ['unknown kind', (d) => (d.kind = 'nps'), 'kind: must be one of first-impression, what-went-wrong'],
    ['no questions', (d) => (d.questions = []), 'questions: needs at least 1 question'],
    ['question not an object', (d) => (d.questions[2] = 'Were they kind?'), 'questions[2]: must be an object'],
    [
      'recoveryWhen on text',
      (d) => (d.recoveryWhen.question = 'why'),
      'recoveryWhen.question: "why" must be a single-choice question of this survey',
    ],
    [
      'recoveryWhen value missing',
      (d) => (d.recoveryWhen.in = ['awful']),
      'recoveryWhen.in[0]: "awful" is not an answer of "overall"',
    ],
    [
      'recoveryWhen on a recovery form',
      (d) => (d.kind = 'what-went-wrong'),
      'recoveryWhen: only a first-impression survey leads to the recovery form',
    ],
    ['empty version', (d) => (d.version = ''), 'version: must be non-empty text'],
  ];
  for (const [name, mutate, message] of cases) {
    it(name, () => {
      const e = errorOf(mutate);
      expect(e.message).toBe(message);
      expect(e.path).toBe(message.split(':')[0]);
      expect(e.code).toBe('bad-definition');
    });
  }

  it('rejects what is not an object at all', () => {
    for (const input of [null, 'survey', 42, []]) {
      expect(() => parseDefinition(input)).toThrow(/^survey definition: must be an object$/);
    }
  });
});
