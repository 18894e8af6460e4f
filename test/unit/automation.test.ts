import { describe, expect, it } from 'vitest';
import { automationSign } from '../../src/core/automation.js';
import { buildSubmission } from '../../src/core/submission.js';
import { firstImpression } from '../../src/surveys/index.js';

const shown = new Date('2026-11-22T10:15:00.000Z');
const after = (ms: number) => new Date(shown.getTime() + ms);
const answers = { overall: 'good', greeting: 'very-good', wait: 'poor', comments: 'Kind staff' };

function sent(ms: number, extra: { honeypot?: string; answers?: Record<string, string> } = {}) {
  return buildSubmission({
    definition: firstImpression,
    answers: extra.answers ?? answers,
    lang: 'en',
    channel: 'kiosk',
    startedAt: shown,
    now: after(ms),
    ...(extra.honeypot !== undefined ? { honeypot: extra.honeypot } : {}),
  });
}

describe('automationSign', () => {
  it('leaves a patient who took their time alone', () => {
    expect(automationSign(sent(45_000))).toBeUndefined();
    // The quickest honest patient: the headline question only, then Next to the end.
    expect(automationSign(sent(3_000, { answers: { overall: 'very-good' } }))).toBeUndefined();
  });

  it('flags four answers sent within a second of the survey appearing', () => {
    expect(automationSign(sent(900))).toBe('too-fast');
    expect(automationSign(sent(1_400, { answers: { overall: 'good' } }))).toBe('too-fast');
    expect(automationSign({ ...sent(5_000), startedAt: after(10_000).toISOString() })).toBe('too-fast');
  });

  it('flags the hidden field, whatever the timing', () => {
    const s = sent(60_000, { honeypot: 'http://spam.example' });
    expect(s.honeypot).toBe('http://spam.example');
    expect(automationSign(s)).toBe('hidden-field');
  });

  it('assumes nothing without a start time (an older device, another client)', () => {
    const { startedAt: _, ...old } = sent(10);
    expect(automationSign(old)).toBeUndefined();
    expect(automationSign({ ...old, startedAt: 'not a date' })).toBeUndefined();
  });

  it('sends the start time, and the hidden field only when something was typed', () => {
    const s = sent(20_000, { honeypot: '' });
    expect(s.startedAt).toBe(shown.toISOString());
    expect('honeypot' in s).toBe(false);
  });
});
