import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/core/definition.js';
import { screens, visibleAnswers, wantsRecovery } from '../../src/core/flow.js';
import { parseDefinition } from '../../src/core/parse.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';

const scale = [
  { value: 'good', label: 'Good' },
  { value: 'poor', label: 'Poor' },
];

/** overall → (poor) why, then a page of two where the second depends on the first, then a statement. */
const branching = parseDefinition({
  id: 'branching',
  version: '1',
  kind: 'first-impression',
  title: 'Test',
  languages: ['en'],
  questions: [
    { id: 'overall', type: 'single', title: 'Overall?', required: true, options: scale },
    { id: 'why', type: 'text', title: 'What went wrong?', showIf: { question: 'overall', in: ['poor'] } },
    {
      id: 'topics',
      type: 'multiple',
      title: 'Topics',
      page: 'more',
      options: [...scale, { value: 'wait', label: 'Wait' }],
    },
    { id: 'wait-long', type: 'yes-no', title: 'Too long?', page: 'more', showIf: { question: 'topics', in: ['wait'] } },
    { id: 'wait-why', type: 'text', title: 'Why?', page: 'more', showIf: { question: 'wait-long', in: ['yes'] } },
    { id: 'bye', type: 'statement', title: 'Thanks' },
  ],
});

const ids = (answers: Answers) => screens(branching, answers).map((s) => [s.id, s.questions.map((q) => q.id)]);

describe('screens', () => {
  it('shows a conditional question only when the earlier answer matches', () => {
    expect(ids({})).toEqual([
      ['overall', ['overall']],
      ['more', ['topics']],
      ['bye', ['bye']],
    ]);
    expect(ids({ overall: 'poor' })).toEqual([
      ['overall', ['overall']],
      ['why', ['why']],
      ['more', ['topics']],
      ['bye', ['bye']],
    ]);
  });

  it('matches a multiple-choice condition when any chosen value is listed', () => {
    expect(ids({ topics: ['good', 'wait'] })[1]).toEqual(['more', ['topics', 'wait-long']]);
    expect(ids({ topics: ['good'] })[1]).toEqual(['more', ['topics']]);
  });

  it('hides a chain when its first link is hidden, even if a stale answer is left behind', () => {
    expect(ids({ topics: ['wait'], 'wait-long': 'yes' })[1]).toEqual(['more', ['topics', 'wait-long', 'wait-why']]);
    expect(ids({ topics: ['good'], 'wait-long': 'yes' })[1]).toEqual(['more', ['topics']]);
  });

  it('drops a screen whose every question is hidden', () => {
    const def = parseDefinition({
      ...branching,
      questions: [
        branching.questions[0],
        { id: 'a', type: 'text', title: 'A', page: 'p', showIf: { question: 'overall', in: ['poor'] } },
      ],
    });
    expect(screens(def, { overall: 'good' }).map((s) => s.id)).toEqual(['overall']);
  });

  it('gives a page that appears twice two distinct screen ids', () => {
    const def = parseDefinition({
      ...branching,
      questions: [
        { id: 'a', type: 'text', title: 'A', page: 'p' },
        { id: 'b', type: 'text', title: 'B' },
        { id: 'c', type: 'text', title: 'C', page: 'p' },
      ],
    });
    expect(screens(def, {}).map((s) => s.id)).toEqual(['p', 'b', 'p-2']);
  });
});

describe('screens in easy read (one question per screen)', () => {
  it('gives each visible question a screen of its own, ignoring pages, and still follows the branches', () => {
    const one = (answers: Answers) =>
      screens(branching, answers, true).map((s) => [s.id, s.questions.map((q) => q.id)]);
    expect(one({ overall: 'poor', topics: ['wait'] })).toEqual([
      ['overall', ['overall']],
      ['why', ['why']],
      ['topics', ['topics']],
      ['wait-long', ['wait-long']],
      ['bye', ['bye']],
    ]);
    expect(one({}).map(([id]) => id)).toEqual(['overall', 'topics', 'bye']);
  });
});

describe('visibleAnswers', () => {
  it('keeps only answers the patient can still see, dropping blanks, statements and unknown ids', () => {
    const answers: Answers = {
      overall: 'good',
      why: 'stale words',
      topics: [],
      'wait-long': 'yes',
      bye: 'x',
      extra: 'x',
      'wait-why': '  ',
    };
    expect(visibleAnswers(branching, answers)).toEqual({ overall: 'good' });
  });
});

describe('wantsRecovery', () => {
  it('asks what went wrong after Poor or Very poor on the built-in survey', () => {
    expect(wantsRecovery(firstImpression, { overall: 'poor' })).toBe(true);
    expect(wantsRecovery(firstImpression, { overall: 'very-poor' })).toBe(true);
    for (const overall of ['very-good', 'good', 'neither', 'dont-know'])
      expect(wantsRecovery(firstImpression, { overall })).toBe(false);
    expect(wantsRecovery(firstImpression, {})).toBe(false);
  });

  it('follows a practice-configured threshold', () => {
    const strict = { ...firstImpression, recoveryWhen: { question: 'overall', in: ['neither', 'poor', 'very-poor'] } };
    expect(wantsRecovery(strict, { overall: 'neither' })).toBe(true);
  });

  it('uses the default when the definition says nothing, and never for the recovery form itself', () => {
    const { recoveryWhen: _, ...plain } = firstImpression;
    expect(wantsRecovery(plain, { overall: 'very-poor' })).toBe(true);
    expect(wantsRecovery(whatWentWrong, { overall: 'very-poor' })).toBe(false);
  });
});
