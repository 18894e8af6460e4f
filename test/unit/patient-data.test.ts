/**
 * The pure parts of a patient's data request: what typed text can mean, the store's first-pass patterns (never
 * narrower than the match), the check of a candidate against what the patient sent, and what erasure keeps.
 */
import { describe, expect, it } from 'vitest';
import { matchedBy, patientQuery, searchPatterns } from '../../collector/patient-data/patient-search.js';
import { redactSubmission } from '../../collector/patient-data/redact.js';
import { knownSurveys } from '../../collector/surveys/known-surveys.js';
import { practiceSurvey } from '../fixtures/practice-survey.js';

const complaint = {
  id: '0b6f4c1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  kind: 'what-went-wrong',
  survey: { id: 'what-went-wrong', version: '1' },
  submittedAt: '2026-11-22T10:20:00.000Z',
  lang: 'en',
  channel: 'embed',
  practice: 'Smile Dental',
  reference: 'RC-7KQ2-9F',
  honeypot: 'a bot wrote this',
  extra: 'a field from a newer widget',
  answers: {
    categories: ['wait-time', 'not-an-option'],
    details: 'Waited "50" minutes \\ nobody said why',
    remedy: 'A call',
    contact: { method: 'phone', value: '+1 (555) 010-2040', consent: true, bestTime: 'after 5pm' },
  },
};

/** As the store hands a row to the check. */
const stored = { id: complaint.id, body: complaint as Record<string, unknown> };

/** A LIKE pattern as the database reads it (`%` any, `\` escapes), for checking the first pass by itself. */
function like(pattern: string, text: string): boolean {
  let re = '';
  for (let i = 0; i < pattern.length; i += 1) {
    const c = pattern[i] ?? '';
    if (c === '\\') re += (pattern[++i] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    else if (c === '%') re += '.*';
    else if (c === '_') re += '.';
    else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, 's').test(text.toLowerCase());
}

describe('patient search', () => {
  it('reads what staff type as a reference, a phone number, an e-mail, words or an id', () => {
    expect(patientQuery('rc 7kq2 9f')).toMatchObject({ reference: 'RC-7KQ2-9F' });
    expect(patientQuery('(555) 010-2040')).toMatchObject({ digits: '5550102040' });
    expect(patientQuery('(555) 010-2040')?.reference).toBeUndefined();
    expect(patientQuery(' Pat.Doe@Example.org ')).toMatchObject({ email: 'pat.doe@example.org' });
    expect(patientQuery('nobody SAID')).toEqual({ text: 'nobody SAID', words: 'nobody said' });
    expect(patientQuery(complaint.id.toUpperCase())).toMatchObject({ id: complaint.id });
    expect(patientQuery('ab')).toBeUndefined();
    expect(patientQuery('   ')).toBeUndefined();
  });

  it('matches the strongest way, and only in what the patient sent', () => {
    const q = (typed: string) => matchedBy(stored, patientQuery(typed)!);
    expect(q('RC 7KQ2 9F')).toBe('reference');
    expect(q('555.010.2040')).toBe('contact');
    expect(q('010-2040')).toBe('contact');
    expect(q('"50" minutes \\ nobody')).toBe('words');
    expect(q('AFTER 5PM')).toBe('words');
    // Field names, ids and the survey's own words are not the patient's.
    expect(q('what-went-wrong')).toBeUndefined();
    expect(q('consent')).toBeUndefined();
    expect(q('Smile Dental')).toBeUndefined();
    expect(q('a bot wrote')).toBeUndefined();
    expect(q('555 010 9999')).toBeUndefined();
  });

  it("never narrows past a match: every query that matches passes the store's first pass", () => {
    for (const typed of ['rc 7kq2 9f', '555.010.2040', '"50" minutes \\ nobody', 'after 5pm', complaint.id]) {
      const query = patientQuery(typed)!;
      expect(matchedBy(stored, query), typed).toBeDefined();
      expect(
        searchPatterns(query).some((p) => like(p, JSON.stringify(complaint))),
        typed,
      ).toBe(true);
    }
    // `%` and `_` typed by staff are taken literally.
    expect(searchPatterns(patientQuery('100%_sure')!)).toContain('%100\\%\\_sure%');
  });
});

describe('erasure', () => {
  const find = knownSurveys([practiceSurvey]);

  it("keeps a known survey's choices and the contact method, drops words, contact details and unknown fields", () => {
    expect(redactSubmission(complaint, find)).toEqual({
      id: complaint.id,
      kind: 'what-went-wrong',
      survey: complaint.survey,
      submittedAt: complaint.submittedAt,
      lang: 'en',
      channel: 'embed',
      practice: 'Smile Dental',
      reference: 'RC-7KQ2-9F',
      answers: {
        categories: ['wait-time'],
        contact: { method: 'phone', value: '', consent: true, bestTime: '' },
      },
    });
    expect(complaint.answers.details).toContain('nobody');
  });

  it('keeps only an option-like overall answer of a survey it does not know', () => {
    const unknown = {
      ...complaint,
      kind: 'first-impression',
      survey: { id: 'someone-elses', version: '3' },
      answers: { overall: 'very-good', name: 'jo', comments: 'Lovely staff' },
    };
    expect(redactSubmission(unknown, find).answers).toEqual({ overall: 'very-good' });
    const wordy = { ...unknown, answers: { overall: 'It was fine I guess' } };
    expect(redactSubmission(wordy, find).answers).toEqual({});
  });
});
