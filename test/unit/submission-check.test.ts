/**
 * The one check of an incoming submission (src/core/submission-check.ts), as an endpoint meets it: what a device
 * builds always passes, a practice's own survey is checked when the endpoint knows it and kept unchecked when not,
 * and every refusal names the path.
 */
import { describe, expect, it } from 'vitest';
import type { Answers, SurveyDefinition } from '../../src/core/definition.js';
import { buildSubmission } from '../../src/core/submission.js';
import { checkSubmission, surveyFinder, type SubmissionCheck } from '../../src/core/submission-check.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';
import { practiceSurvey } from '../fixtures/practice-survey.js';

const builtIn = surveyFinder([firstImpression, whatWentWrong]);
const withPractice = surveyFinder([firstImpression, whatWentWrong, practiceSurvey]);
const now = new Date('2026-11-22T10:15:00.000Z');

function built(
  definition: SurveyDefinition,
  answers: Answers,
  more: Partial<Parameters<typeof buildSubmission>[0]> = {},
) {
  return buildSubmission({ definition, answers, lang: 'en', channel: 'embed', now, ...more });
}

/** The submission as it travels: JSON text, parsed again at the endpoint. */
const overTheWire = (s: unknown) => JSON.parse(JSON.stringify(s)) as Record<string, unknown>;

function refused(check: SubmissionCheck): { path: string; message: string } {
  if (check.ok) throw new Error('expected a refusal');
  return { path: check.path, message: check.message };
}

describe('what a device builds passes the check', () => {
  it('for the built-in surveys, with and without contact consent', () => {
    const cases: [SurveyDefinition, Answers][] = [
      [firstImpression, { overall: 'very-good', greeting: 'good', wait: 'much-longer', comments: ' Kind staff ' }],
      [firstImpression, { overall: 'dont-know' }],
      [
        whatWentWrong,
        {
          categories: ['billing'],
          details: 'Charged twice',
          contact: { method: 'email', value: 'pat@example.com', consent: true, bestTime: '' },
        },
      ],
      [
        whatWentWrong,
        { details: 'Rude', contact: { method: 'phone', value: '555 0100', consent: false, bestTime: '' } },
      ],
    ];
    for (const [def, answers] of cases) {
      const check = checkSubmission(
        overTheWire(built(def, answers, { startedAt: new Date(now.getTime() - 60_000) })),
        builtIn,
      );
      expect(check).toMatchObject({ ok: true, answers: 'checked' });
    }
  });

  it("for a practice's own survey on every branch of its condition", () => {
    const branches: Answers[] = [
      { overall: '10' },
      { overall: '0', 'visit-for': ['check-up', 'cleaning'], comments: 'Fine' },
      { overall: '7', 'visit-for': ['emergency'], pain: 'yes' },
      // Backed out of the branch: the answer left behind is not sent, and is not required.
      { overall: '3', 'visit-for': ['cleaning'], pain: 'no' },
    ];
    for (const answers of branches) {
      const sent = overTheWire(built(practiceSurvey, answers));
      expect(checkSubmission(sent, withPractice), JSON.stringify(answers)).toMatchObject({
        ok: true,
        answers: 'checked',
      });
    }
  });
});

describe("a practice's own survey", () => {
  const sent = (answers: Record<string, unknown>) => ({
    ...overTheWire(built(practiceSurvey, { overall: '5' })),
    answers,
  });

  it('is kept, unchecked, by an endpoint that does not know it — a 0–10 answer is not refused for not being FFT', () => {
    const check = checkSubmission(sent({ overall: '9', 'visit-for': ['treatment'], pain: 'yes' }), builtIn);
    expect(check).toMatchObject({ ok: true, answers: 'unknown-survey' });
    // Even answers its own survey would refuse: nobody here can tell.
    expect(checkSubmission(sent({ overall: 'eleven' }), builtIn)).toMatchObject({
      ok: true,
      answers: 'unknown-survey',
    });
  });

  it('is checked against its version by an endpoint that knows it, naming the path', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ overall: '11' }, 'answers.overall', /must be one of 0, 1, 2, .*, 10$/],
      [{ overall: 'very-good' }, 'answers.overall', /one of 0, 1/],
      [{ 'visit-for': ['check-up'] }, 'answers.overall', /required/],
      [{ overall: '8', 'visit-for': ['check-up', 'surgery'] }, 'answers.visit-for', /one of check-up, cleaning/],
      [{ overall: '8', 'visit-for': ['treatment'] }, 'answers.pain', /required/],
      [{ overall: '8', 'visit-for': ['treatment'], pain: 'maybe' }, 'answers.pain', /yes or no/],
      [
        { overall: '8', 'visit-for': ['check-up'], pain: 'no' },
        'answers.pain',
        /not shown \(it is shown only when visit-for is treatment or emergency\)/,
      ],
      [{ overall: '8', pain: 'no' }, 'answers.pain', /not shown/],
      [{ overall: '8', parking: 'easy' }, 'answers.parking', /not a question of survey smile-dental-visit version 2/],
      [{ overall: '8', comments: 'x'.repeat(501) }, 'answers.comments', /at most 500 characters/],
    ];
    for (const [answers, path, message] of cases) {
      const problem = refused(checkSubmission(sent(answers), withPractice));
      expect(problem.path, JSON.stringify(answers)).toBe(path);
      expect(problem.message.startsWith(`${path}: `)).toBe(true);
      expect(problem.message).toMatch(message);
    }
  });

  it('does not require a hidden question, and takes the survey version it names, not another', () => {
    expect(checkSubmission(sent({ overall: '2', 'visit-for': ['cleaning'] }), withPractice)).toMatchObject({
      ok: true,
      answers: 'checked',
    });
    const nextVersion = {
      ...sent({ overall: '2', extra: 'new question' }),
      survey: { id: 'smile-dental-visit', version: '3' },
    };
    expect(checkSubmission(nextVersion, withPractice)).toMatchObject({ ok: true, answers: 'unknown-survey' });
  });

  it('must be of the kind its definition says', () => {
    const problem = refused(checkSubmission({ ...sent({ overall: '5' }), kind: 'what-went-wrong' }, withPractice));
    expect(problem).toEqual({
      path: 'kind',
      message: 'kind: must be first-impression, the kind of survey smile-dental-visit',
    });
  });
});

describe('the built-in surveys are checked as before', () => {
  const base = () => overTheWire(built(whatWentWrong, { details: 'Waited an hour' }));

  it('refuses a contact that a patient could not have sent, naming the field', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ method: 'phone', value: '', consent: true, bestTime: '' }, 'answers.contact.value', /needed/],
      [{ method: 'email', value: 'not-an-address', consent: true, bestTime: '' }, 'answers.contact.value', /e-mail/],
      [{ method: 'phone', value: '555-0142', consent: false, bestTime: '' }, 'answers.contact.consent', /true/],
    ];
    for (const [contact, path, message] of cases) {
      const problem = refused(checkSubmission({ ...base(), answers: { details: 'x', contact } }, builtIn));
      expect(problem.path).toBe(path);
      expect(problem.message).toMatch(message);
    }
  });

  it('requires the words of a what-went-wrong form, and the overall answer of a first impression', () => {
    expect(refused(checkSubmission({ ...base(), answers: { categories: ['billing'] } }, builtIn)).path).toBe(
      'answers.details',
    );
    const first = overTheWire(built(firstImpression, { overall: 'good' }));
    expect(refused(checkSubmission({ ...first, answers: { greeting: 'good' } }, builtIn))).toEqual({
      path: 'answers.overall',
      message: 'answers.overall: is required by this survey',
    });
  });

  it('reports a wrong shape before any answer, whatever the survey', () => {
    const problem = refused(checkSubmission({ ...base(), submittedAt: '2026-02-31T10:00:00Z', answers: {} }, builtIn));
    expect(problem.path).toBe('submittedAt');
    expect(refused(checkSubmission({ ...base(), startedAt: 'earlier' }, builtIn)).path).toBe('startedAt');
    expect(refused(checkSubmission([], builtIn))).toEqual({
      path: 'submission',
      message: 'submission: must be a JSON object',
    });
  });

  it('keeps unknown top-level fields: a newer device may send more', () => {
    const check = checkSubmission({ ...base(), 'added-later': { any: 'thing' } }, builtIn);
    expect(check.ok && (check.submission as unknown as Record<string, unknown>)['added-later']).toEqual({
      any: 'thing',
    });
  });
});
