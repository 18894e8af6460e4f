import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildSubmission, newSubmissionId } from '../../src/core/submission.js';
import { firstImpression, whatWentWrong } from '../../src/surveys/index.js';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const now = new Date('2026-11-22T10:15:00.000Z');

describe('newSubmissionId', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('makes a uuid v4 with crypto.randomUUID', () => {
    expect(newSubmissionId()).toMatch(UUID_V4);
    expect(newSubmissionId()).not.toBe(newSubmissionId());
  });

  it('makes a uuid v4 on a plain-http page, where randomUUID is missing', () => {
    const real = globalThis.crypto;
    vi.stubGlobal('crypto', { getRandomValues: (a: Uint8Array) => real.getRandomValues(a) });
    const ids = new Set(Array.from({ length: 500 }, newSubmissionId));
    expect(ids.size).toBe(500);
    for (const id of ids) expect(id).toMatch(UUID_V4);
  });
});

describe('buildSubmission', () => {
  it('has exactly the documented shape for a first impression', () => {
    const s = buildSubmission({
      definition: firstImpression,
      answers: { overall: 'very-good', greeting: 'good', comments: '  Lovely team 😀  ' },
      lang: 'en',
      channel: 'kiosk',
      practice: 'Smile Dental',
      location: 'front-desk-tablet',
      id: '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b',
      now,
    });
    expect(s).toEqual({
      id: '3f2b8c1e-9a4d-4e6f-8b7a-1c2d3e4f5a6b',
      kind: 'first-impression',
      survey: { id: 'first-impression', version: '1' },
      submittedAt: '2026-11-22T10:15:00.000Z',
      lang: 'en',
      channel: 'kiosk',
      practice: 'Smile Dental',
      location: 'front-desk-tablet',
      answers: { overall: 'very-good', greeting: 'good', comments: 'Lovely team 😀' },
    });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('makes its own uuid v4 and timestamp, and leaves out empty optional fields', () => {
    const s = buildSubmission({
      definition: firstImpression,
      answers: { overall: 'good' },
      lang: 'es',
      channel: 'embed',
      practice: ' ',
      location: '',
    });
    expect(s.id).toMatch(UUID_V4);
    expect(Date.parse(s.submittedAt)).not.toBeNaN();
    expect(Object.keys(s)).toEqual(['id', 'kind', 'survey', 'submittedAt', 'lang', 'channel', 'answers']);
    expect(JSON.stringify(s)).not.toContain('undefined');
  });

  it('sends only answers to questions the patient could see, never blanks', () => {
    const def = {
      ...firstImpression,
      questions: [
        ...firstImpression.questions,
        { id: 'why-poor', type: 'text' as const, title: 'Why?', showIf: { question: 'overall', in: ['poor'] } },
      ],
    };
    const s = buildSubmission({
      definition: def,
      answers: { overall: 'good', 'why-poor': 'left from before', comments: '   ' },
      lang: 'en',
      channel: 'embed',
    });
    expect(s.answers).toEqual({ overall: 'good' });
  });

  it('gives a recovery form a reference from its id, and a first impression none', () => {
    const id = '00000000-0000-4000-8000-0000ffffffff';
    const recovery = buildSubmission({
      definition: whatWentWrong,
      answers: { details: 'x' },
      lang: 'en',
      channel: 'embed',
      id,
      relatedTo: 'abc',
    });
    expect(recovery.reference).toBe('RC-ZZZZ-ZZ');
    expect(recovery.relatedTo).toBe('abc');
    expect(
      buildSubmission({ definition: firstImpression, answers: { overall: 'poor' }, lang: 'en', channel: 'embed', id }),
    ).not.toHaveProperty('reference');
  });

  it('never lets contact details leave the device without consent', () => {
    const withheld = buildSubmission({
      definition: whatWentWrong,
      answers: {
        details: 'Long wait',
        contact: { method: 'phone', value: '+1 555 010 0199', consent: false, bestTime: 'mornings' },
      },
      lang: 'en',
      channel: 'kiosk',
    });
    expect(withheld.answers.contact).toEqual({ method: 'none', value: '', consent: false, bestTime: '' });
    expect(JSON.stringify(withheld)).not.toMatch(/555|mornings/);

    const none = buildSubmission({
      definition: whatWentWrong,
      answers: { details: 'x', contact: { method: 'none', value: 'ana@example.org', consent: true, bestTime: 'now' } },
      lang: 'en',
      channel: 'kiosk',
    });
    expect(JSON.stringify(none)).not.toMatch(/ana@|now/);
  });

  it('keeps contact details the patient agreed to share, trimmed', () => {
    const s = buildSubmission({
      definition: whatWentWrong,
      answers: {
        categories: ['wait-time', 'billing'],
        details: ' The wait was long. ',
        remedy: 'A call back',
        contact: { method: 'email', value: ' ana@example.org ', consent: true, bestTime: ' after 5pm ' },
      },
      lang: 'es',
      channel: 'embed',
    });
    expect(s.answers).toEqual({
      categories: ['wait-time', 'billing'],
      details: 'The wait was long.',
      remedy: 'A call back',
      contact: { method: 'email', value: 'ana@example.org', consent: true, bestTime: 'after 5pm' },
    });
  });

  it('keeps markup, right-to-left and CJK text exactly as written', () => {
    const text = '<img src=x onerror=alert(1)> شكرا 歯が痛い';
    const s = buildSubmission({ definition: whatWentWrong, answers: { details: text }, lang: 'en', channel: 'embed' });
    expect(s.answers.details).toBe(text);
  });
});
