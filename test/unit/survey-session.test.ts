// One patient's way through a survey (src/elements/survey-form/survey-session.ts), in Node: the session owns the
// flow, and sending and loading come in as plain functions, so every step can be checked without a browser.
import { buildSubmission } from '../../src/core/submission.js';
import { describe, expect, it } from 'vitest';
import type { Submission, SurveyDefinition } from '../../src/core/definition.js';
import { parseDefinition } from '../../src/core/parse.js';
import { RecoveryContinuation } from '../../src/elements/survey-form/recovery-continuation.js';
import {
  SurveySession,
  type Continuation,
  type SessionOptions,
} from '../../src/elements/survey-form/survey-session.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';

const visit = parseDefinition({
  id: 'visit',
  version: '4',
  kind: 'first-impression',
  title: 'Your visit',
  languages: ['en'],
  questions: [
    {
      id: 'overall',
      type: 'single',
      title: 'How was it?',
      required: true,
      options: [
        { value: 'good', label: 'Good' },
        { value: 'poor', label: 'Poor' },
      ],
    },
    { id: 'why', type: 'text', title: 'What went wrong?', showIf: { question: 'overall', in: ['poor'] } },
    { id: 'comments', type: 'text', title: 'Anything else?' },
  ],
});

const recovery = whatWentWrong;

/** A session with recording ports; `results` are the deliver port's answers, in order (default: delivered). */
function session(
  options: Partial<SessionOptions> & { results?: ('delivered' | 'queued' | 'not-saved' | Promise<'delivered'>)[] } = {},
) {
  const sent: { submission: Submission; endpoint: string }[] = [];
  const submitted: { submission: Submission; status: string }[] = [];
  let changes = 0;
  let time = Date.parse('2026-11-22T10:00:00Z');
  const results = options.results ?? [];
  const s = new SurveySession({
    build: buildSubmission,
    deliver: async (submission, endpoint) => {
      sent.push({ submission, endpoint });
      return { status: await (results.shift() ?? 'delivered') };
    },
    context: () => ({
      endpoint: 'https://feedback.example/in',
      lang: 'en',
      channel: 'embed',
      practice: 'Smile Dental',
    }),
    onChange: () => changes++,
    onSubmitted: (detail) => submitted.push(detail),
    clock: () => new Date((time += 1_000)),
    ...options,
  });
  s.useDefinition(visit);
  return { s, sent, submitted, changes: () => changes };
}

describe('the session holds the survey and computes where the patient is', () => {
  it('is loading until it has a definition, and then submits nothing without one', async () => {
    const s = new SurveySession({
      build: buildSubmission,
      deliver: () => Promise.reject(new Error('not called')),
      context: () => ({}) as never,
    });
    expect([s.phase, s.total, s.screen]).toEqual(['loading', 0, undefined]);
    await s.submit();
    expect(s.submission).toBeUndefined();
  });

  it('counts the screens the patient will see now: an answer that opens a question adds a step', () => {
    const { s } = session();
    expect([s.phase, s.step, s.total, s.isLastScreen]).toEqual(['question', 1, 2, false]);
    s.setAnswer('overall', 'poor');
    expect(s.total).toBe(3);
    s.next();
    expect([s.step, s.screen?.id]).toEqual([2, 'why']);
    // Back on the first screen a changed answer closes the branch again.
    s.back();
    s.setAnswer('overall', 'good');
    s.next();
    expect([s.step, s.total, s.screen?.id, s.isLastScreen]).toEqual([2, 2, 'comments', true]);
  });

  it('blocks Next on the required question, says which, and asks for focus once', () => {
    const { s } = session();
    s.next();
    expect(s.step).toBe(1);
    expect(s.problems.map((p) => [p.questionId, p.code])).toEqual([['overall', 'required']]);
    expect(s.attempt).toBe(1);
    expect(s.takeFocus()).toBe('problem');
    expect(s.takeFocus()).toBeUndefined();
    s.setAnswer('overall', 'good');
    expect(s.problems).toEqual([]);
    s.next();
    expect([s.step, s.takeFocus()]).toEqual([2, 'heading']);
  });

  it('is in progress from the first answer until the thanks', async () => {
    const { s } = session();
    expect(s.inProgress).toBe(false);
    s.setAnswer('overall', 'good');
    expect(s.inProgress).toBe(true);
    s.next();
    await s.submit();
    expect([s.phase, s.inProgress]).toEqual(['thank-you', false]);
  });
});

describe('easy read: one question per screen', () => {
  /** Walks the survey giving these answers, Next after each screen; returns what was sent. */
  async function answerAll(onePerScreen: boolean) {
    const { s, sent } = session();
    s.useDefinition(firstImpression);
    s.useOnePerScreen(onePerScreen);
    const given = { overall: 'poor', greeting: 'good', 'front-desk': 'very-good', wait: 'much-longer' } as const;
    const seen: string[][] = [];
    for (;;) {
      seen.push(s.screen!.questions.map((q) => q.id));
      for (const q of s.screen!.questions) if (q.id in given) s.setAnswer(q.id, given[q.id as keyof typeof given]);
      if (s.isLastScreen) break;
      s.next();
    }
    s.setAnswer('comments', 'The chairs were broken');
    await s.submit();
    return { seen, answers: sent[0]!.submission.answers, total: s.total };
  }

  it("ignores the survey's pages: each question has its step, and the answers sent are the same values", async () => {
    const grouped = await answerAll(false);
    const easy = await answerAll(true);
    expect(grouped.total).toBe(5);
    expect(easy.seen).toEqual(firstImpression.questions.map((q) => [q.id]));
    expect(easy.total).toBe(firstImpression.questions.length);
    expect(easy.answers).toEqual(grouped.answers);
    expect(easy.answers).toEqual({
      overall: 'poor',
      greeting: 'good',
      'front-desk': 'very-good',
      wait: 'much-longer',
      comments: 'The chairs were broken',
    });
  });

  it('switched on or off half-way, the patient stays on the question they were at', () => {
    const { s } = session();
    s.useDefinition(firstImpression);
    s.setAnswer('overall', 'good');
    s.next();
    s.next();
    expect([s.step, s.screen?.id]).toEqual([3, 'waiting']);
    s.useOnePerScreen(true);
    expect([s.step, s.total, s.screen?.id]).toEqual([4, 7, 'waiting-area']);
    s.next();
    expect(s.screen?.id).toBe('wait');
    s.useOnePerScreen(false);
    expect([s.step, s.total, s.screen?.id]).toEqual([3, 5, 'waiting']);
  });

  it('stays on across patients (a setting of the element, not an answer)', () => {
    const { s } = session();
    s.useDefinition(whatWentWrong);
    s.useOnePerScreen(true);
    s.reset();
    expect(s.screens.map((x) => x.id)).toEqual(['apology', 'categories', 'details', 'remedy', 'contact']);
  });
});

describe('submitting goes through the deliver port', () => {
  it('sends one submission with the context, when the survey was shown, and no honeypot when none was typed', async () => {
    const { s, sent, submitted } = session();
    s.setAnswer('overall', 'good');
    s.next();
    s.setAnswer('comments', '  Lovely  ');
    await s.submit();
    expect(sent).toHaveLength(1);
    const { submission, endpoint } = sent[0]!;
    expect(endpoint).toBe('https://feedback.example/in');
    expect(submission).toMatchObject({
      kind: 'first-impression',
      survey: { id: 'visit', version: '4' },
      channel: 'embed',
      practice: 'Smile Dental',
      startedAt: '2026-11-22T10:00:01.000Z',
      answers: { overall: 'good', comments: 'Lovely' },
    });
    expect(submission).not.toHaveProperty('honeypot');
    expect(submitted).toEqual([{ submission, status: 'delivered' }]);
    expect([s.phase, s.takeFocus()]).toEqual(['thank-you', 'heading']);
  });

  it('sends what a program typed into the hidden field', async () => {
    const { s, sent } = session();
    s.setHoneypot('https://spam.example');
    s.setAnswer('overall', 'good');
    s.next();
    await s.submit();
    expect(sent[0]!.submission.honeypot).toBe('https://spam.example');
  });

  it('after "not saved", Try again sends the same submission, and the page hears of it once', async () => {
    const { s, sent, submitted } = session({ results: ['not-saved', 'queued'] });
    s.setAnswer('overall', 'good');
    s.next();
    await s.submit();
    expect([s.phase, submitted.length]).toEqual(['not-saved', 0]);
    await s.retry();
    expect(sent.map((x) => x.submission.id)).toEqual([sent[0]!.submission.id, sent[0]!.submission.id]);
    expect(submitted.map((x) => x.status)).toEqual(['queued']);
    expect(s.phase).toBe('thank-you');
  });

  it('when the submission cannot be made (delivery not fetched), says "not saved"; Try again makes and sends it', async () => {
    let available = false;
    const { s, sent, submitted } = session({
      build: (input) => {
        if (!available) throw new Error('part not fetched');
        return buildSubmission(input);
      },
    });
    s.setAnswer('overall', 'good');
    s.next();
    await s.submit();
    expect([s.phase, sent.length, s.submission]).toEqual(['not-saved', 0, undefined]);
    available = true;
    await s.retry();
    expect([s.phase, sent.length, submitted.length]).toEqual(['thank-you', 1, 1]);
  });

  it('makes one submission however often Submit is tapped while it is being made', async () => {
    let release!: () => void;
    const ready = new Promise<void>((resolve) => (release = resolve));
    const { s, sent } = session({ build: async (input) => (await ready, buildSubmission(input)) });
    s.setAnswer('overall', 'good');
    s.next();
    const first = s.submit();
    const second = s.submit();
    expect(s.phase).toBe('sending');
    release();
    await Promise.all([first, second]);
    expect(sent).toHaveLength(1);
  });

  it('drops a late result when the tablet was reset meanwhile: the next patient never sees it', async () => {
    let finish!: (status: 'delivered') => void;
    const { s, submitted } = session({ results: [new Promise((resolve) => (finish = resolve))] });
    s.setAnswer('overall', 'good');
    s.next();
    const sending = s.submit();
    expect(s.phase).toBe('sending');
    s.reset();
    finish('delivered');
    await sending;
    expect([s.phase, s.step, s.submission, submitted.length]).toEqual(['question', 1, undefined, 0]);
  });

  it('reset() wipes answers, problems, the hidden field and the start time', async () => {
    const { s, sent } = session();
    s.setAnswer('overall', 'poor');
    s.setHoneypot('x');
    s.next();
    const generation = s.generation;
    s.reset();
    expect([s.generation, s.step, s.answers, s.problems, s.honeypot, s.inProgress]).toEqual([
      generation + 1,
      1,
      {},
      [],
      '',
      false,
    ]);
    s.setAnswer('overall', 'good');
    s.next();
    await s.submit();
    expect(sent[0]!.submission.startedAt).toBe('2026-11-22T10:00:02.000Z');
  });
});

describe('what may follow: the recovery continuation', () => {
  const follows = (def: SurveyDefinition | Promise<SurveyDefinition>): Continuation & { signals: AbortSignal[] } => {
    const signals: AbortSignal[] = [];
    return {
      signals,
      offers: (_, answers) => answers['overall'] === 'poor',
      load: (signal) => {
        signals.push(signal);
        return Promise.resolve(def);
      },
    };
  };

  async function poorVisit(continuation: Continuation) {
    const ports = session({ continuation });
    ports.s.setAnswer('overall', 'poor');
    ports.s.next();
    ports.s.next();
    await ports.s.submit();
    return ports;
  }

  it('offers the recovery form only when the continuation says so, and keeps the patient "in progress" meanwhile', async () => {
    const good = session({ continuation: follows(recovery) });
    good.s.setAnswer('overall', 'good');
    good.s.next();
    await good.s.submit();
    expect(good.s.recoveryOffer).toBe('none');
    const { s } = await poorVisit(follows(recovery));
    expect([s.phase, s.recoveryOffer, s.inProgress]).toEqual(['thank-you', 'ask', true]);
  });

  it('accepting continues in the same session: a fresh start, and the recovery submission points to the first', async () => {
    const { s, sent } = await poorVisit(follows(recovery));
    await s.acceptRecovery();
    expect([s.stage, s.definition, s.phase, s.step, s.answers, s.recoveryOffer]).toEqual([
      'recovery',
      recovery,
      'question',
      1,
      {},
      'none',
    ]);
    s.next(); // the apology and the categories, none required
    s.setAnswer('details', 'Nobody told me the doctor was late.');
    while (!s.isLastScreen) s.next();
    await s.submit();
    const [first, second] = sent.map((x) => x.submission);
    expect(second).toMatchObject({ kind: 'what-went-wrong', relatedTo: first!.id });
    expect(second!.startedAt! > first!.startedAt!).toBe(true);
    expect(second!.reference).toMatch(/^RC-/);
  });

  it('declining ends there', async () => {
    const { s } = await poorVisit(follows(recovery));
    s.declineRecovery();
    expect([s.recoveryOffer, s.inProgress, s.stage]).toEqual(['declined', false, 'main']);
  });

  it('a recovery form that cannot be had is a problem to show, not a broken form', async () => {
    const problem = { code: 'survey-unavailable' as const, message: 'could not be loaded (HTTP 404)' };
    const continuation: Continuation = { offers: () => true, load: () => Promise.resolve(problem) };
    const { s } = await poorVisit(continuation);
    await s.acceptRecovery();
    expect(s.recoveryProblem).toEqual(problem);
    expect(s.phase).toBe('loading');
  });

  it('a reset while the recovery form loads aborts it, and the late form is not shown', async () => {
    let arrive!: (def: SurveyDefinition) => void;
    const continuation = follows(new Promise<SurveyDefinition>((resolve) => (arrive = resolve)));
    const { s } = await poorVisit(continuation);
    const accepting = s.acceptRecovery();
    expect(s.phase).toBe('loading');
    s.reset();
    expect(continuation.signals[0]!.aborted).toBe(true);
    arrive(recovery);
    await accepting;
    expect([s.stage, s.definition, s.phase]).toEqual(['main', visit, 'question']);
  });

  it('RecoveryContinuation: Poor or Very poor on the built-in survey, the built-in form unless recovery-survey is set', async () => {
    const asked: string[] = [];
    const attribute: { url?: string } = {};
    const own = { ...recovery, id: 'own-recovery' };
    const continuation = new RecoveryContinuation(
      'pf-first-impression',
      () => attribute.url,
      (u) => {
        asked.push(u);
        return Promise.resolve(own);
      },
      () => Promise.resolve(whatWentWrong),
    );
    expect(await continuation.offers(firstImpression, { overall: 'very-poor' })).toBe(true);
    expect(await continuation.offers(firstImpression, { overall: 'neither' })).toBe(false);
    const signal = new AbortController().signal;
    expect(await continuation.load(signal)).toBe(whatWentWrong);
    attribute.url = 'https://smile.example/recovery.json';
    expect(await continuation.load(signal)).toBe(own);
    expect(asked).toEqual(['https://smile.example/recovery.json']);
  });

  it('RecoveryContinuation: no offer when the built-in form cannot be fetched, so no patient meets a broken form', async () => {
    const unreachable = () => Promise.reject(new TypeError('Failed to fetch dynamically imported module'));
    const continuation = new RecoveryContinuation('pf-first-impression', () => undefined, unreachable, unreachable);
    expect(await continuation.offers(firstImpression, { overall: 'poor' })).toBe(false);
    const problem = await continuation.load(new AbortController().signal);
    expect(problem).toMatchObject({ code: 'part-unavailable' });
    expect((problem as { message: string }).message).toContain('patient-feedback/ folder');
  });

  it('makes the offer only once the continuation knows, and never to the next patient after a reset', async () => {
    let answer!: (offer: boolean) => void;
    const continuation: Continuation = {
      offers: () => new Promise<boolean>((resolve) => (answer = resolve)),
      load: () => Promise.resolve(recovery),
    };
    const { s, submitted } = session({ continuation });
    s.setAnswer('overall', 'poor');
    s.next();
    s.next();
    const submitting = s.submit();
    await new Promise((r) => setTimeout(r, 0));
    // Already safe on the device: the page hears of it at once.
    expect([s.phase, submitted.length]).toEqual(['sending', 1]);
    s.reset();
    answer(true);
    await submitting;
    expect([s.phase, s.recoveryOffer]).toEqual(['question', 'none']);
  });
});
