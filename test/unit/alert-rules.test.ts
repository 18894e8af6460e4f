/**
 * The alerts' pure parts: when each rule fires (at its edges), one alert per key, the digest's moment in the
 * practice's zone, and the checks on what an admin sends.
 */
import { describe, expect, it } from 'vitest';
import type { AlertRule, DigestSettings } from '../../src/core/alerts-api.js';
import { digestDue } from '../../collector/alerts/digest-time.js';
import { digestInput, ruleInput, type AlertInputError } from '../../collector/alerts/rule-input.js';
import {
  onDeadline,
  onShare,
  onSilentTablet,
  onSubmission,
  type ArrivedSubmission,
} from '../../collector/alerts/triggers.js';

const rule = (over: Partial<AlertRule>): AlertRule => ({
  id: 'rule_1',
  name: 'r',
  kind: 'new-case',
  practiceId: null,
  settings: {},
  emailTo: [],
  webhook: false,
  includeWords: false,
  enabled: true,
  createdAt: '',
  createdBy: '',
  updatedAt: '',
  ...over,
});
const arrived = (over: Partial<ArrivedSubmission>): ArrivedSubmission => ({
  id: 's1',
  kind: 'first-impression',
  practiceId: 'north',
  receivedAt: '2026-12-07T09:00:00.000Z',
  rating: 'good',
  reference: null,
  location: 'front-desk',
  automation: null,
  ...over,
});

describe('when a rule fires', () => {
  it('a new case for a what-went-wrong submission only, of the watched practice, never a program’s', () => {
    const r = rule({ kind: 'new-case', practiceId: 'north' });
    expect(onSubmission(r, arrived({ kind: 'what-went-wrong', id: 'c1' }))?.key).toBe('case:c1');
    expect(onSubmission(r, arrived({ kind: 'first-impression' }))).toBeUndefined();
    expect(onSubmission(r, arrived({ kind: 'what-went-wrong', practiceId: 'south' }))).toBeUndefined();
    expect(onSubmission(r, arrived({ kind: 'what-went-wrong', automation: 'too-fast' }))).toBeUndefined();
    expect(onSubmission({ ...r, enabled: false }, arrived({ kind: 'what-went-wrong' }))).toBeUndefined();
  });

  it('a low rating at the level or worse; don’t know is no rating', () => {
    const r = rule({ kind: 'low-rating', settings: { atOrBelow: 'poor' } });
    const fired = (rating: string) => onSubmission(r, arrived({ rating })) !== undefined;
    expect(['very-good', 'good', 'neither', 'poor', 'very-poor', 'dont-know'].map(fired)).toEqual([
      false,
      false,
      false,
      true,
      true,
      false,
    ]);
    const neither = rule({ kind: 'low-rating', settings: { atOrBelow: 'neither' } });
    expect(onSubmission(neither, arrived({ rating: 'neither' }))?.facts).toEqual({
      rating: 'neither',
      reference: null,
      location: 'front-desk',
    });
  });

  it('a negative share: more than the percent, at least the count, once per window', () => {
    const r = rule({ kind: 'negative-share', settings: { percent: 50, windowMinutes: 15, minimumAnswers: 4 } });
    const at = new Date('2026-12-07T09:00:00Z');
    expect(onShare(r, 'north', ['poor', 'poor', 'poor'], at, undefined), 'too few').toBeUndefined();
    expect(onShare(r, 'north', ['poor', 'poor', 'good', 'good'], at, undefined), 'exactly half').toBeUndefined();
    const fired = onShare(r, 'north', ['poor', 'very-poor', 'poor', 'good'], at, undefined);
    expect(fired).toMatchObject({ key: 'share:north:2026-12-07T09:00', facts: { negative: 3, answers: 4 } });
    expect(onShare(r, 'north', ['poor', 'poor', 'poor', 'poor'], at, '2026-12-07T08:50:00.000Z')).toBeUndefined();
    expect(onShare(r, 'north', ['poor', 'poor', 'poor', 'poor'], at, '2026-12-07T08:45:00.000Z')).toBeDefined();
  });

  it('a deadline within the hours, one alert per deadline; a tablet silent past its minutes, one per silence', () => {
    const r = rule({ kind: 'deadline-near', settings: { hoursBefore: 4 } });
    const now = new Date('2026-12-07T09:00:00Z');
    const c = { id: 'c1', practiceId: 'north', reference: null, location: null };
    expect(onDeadline(r, { ...c, dueAt: '2026-12-07T13:00:00.000Z' }, now)?.key).toBe(
      'deadline:c1:2026-12-07T13:00:00.000Z',
    );
    expect(onDeadline(r, { ...c, dueAt: '2026-12-07T13:00:01.000Z' }, now)).toBeUndefined();
    const t = rule({ kind: 'tablet-silent', settings: { silentMinutes: 10 } });
    const tablet = { id: 't1', practiceId: 'north', name: 'Front desk', location: null };
    expect(onSilentTablet(t, { ...tablet, lastSeenAt: '2026-12-07T08:51:00.000Z' }, now)).toBeUndefined();
    expect(onSilentTablet(t, { ...tablet, lastSeenAt: '2026-12-07T08:50:00.000Z' }, now)?.key).toBe(
      'silent:t1:2026-12-07T08:50:00.000Z',
    );
    expect(onSilentTablet(t, { ...tablet, lastSeenAt: null }, now)?.key).toBe('silent:t1:never');
  });
});

describe('a digest’s moment, in the practice’s zone', () => {
  const digest = (over: Partial<DigestSettings>): DigestSettings => ({
    practiceId: 'north',
    frequency: 'daily',
    time: '08:00',
    weekday: 1,
    emailTo: [],
    ...over,
  });
  it('daily from its local time on, keyed by the local day; weekly on its weekday; never when off', () => {
    // 2026-12-07 is a Monday; 07:59 in New York is 12:59 UTC.
    const ny = 'America/New_York';
    expect(digestDue(digest({}), Date.parse('2026-12-07T12:59:00Z'), ny)).toBeUndefined();
    expect(digestDue(digest({}), Date.parse('2026-12-07T13:00:00Z'), ny)).toBe('2026-12-07');
    expect(digestDue(digest({}), Date.parse('2026-12-08T04:59:00Z'), ny), 'still Monday there').toBe('2026-12-07');
    expect(digestDue(digest({ frequency: 'weekly', weekday: 1 }), Date.parse('2026-12-07T13:00:00Z'), ny)).toBe(
      '2026-12-07',
    );
    expect(
      digestDue(digest({ frequency: 'weekly', weekday: 2 }), Date.parse('2026-12-07T13:00:00Z'), ny),
    ).toBeUndefined();
    expect(digestDue(digest({ frequency: 'off' }), Date.parse('2026-12-07T23:00:00Z'), ny)).toBeUndefined();
  });
});

describe('what an admin sends', () => {
  const path = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return (error as AlertInputError).path;
    }
    return 'accepted';
  };
  it('names the wrong field; fills each kind’s defaults; a change keeps what it does not name', () => {
    expect(path(() => ruleInput({ name: 'x', kind: 'loud' }))).toBe('kind');
    expect(path(() => ruleInput({ kind: 'new-case' }))).toBe('name');
    expect(path(() => ruleInput({ name: 'x', kind: 'negative-share', settings: { percent: 100 } }))).toBe(
      'settings.percent',
    );
    expect(path(() => ruleInput({ name: 'x', kind: 'new-case', emailTo: ['ann@north.example', 'nope'] }))).toBe(
      'emailTo[1]',
    );
    expect(path(() => ruleInput({ name: 'x', kind: 'new-case', webhook: 'yes' }))).toBe('webhook');
    const share = ruleInput({ name: 'Bad hour', kind: 'negative-share' });
    expect(share.settings).toEqual({ percent: 50, windowMinutes: 15, minimumAnswers: 4 });
    expect(ruleInput({ enabled: false }, share)).toMatchObject({
      name: 'Bad hour',
      enabled: false,
      settings: share.settings,
    });
    expect(ruleInput({ kind: 'low-rating' }, share).settings).toEqual({ atOrBelow: 'poor' });
    expect(path(() => digestInput({ time: '8am' }, 'north'))).toBe('time');
    expect(digestInput({ frequency: 'weekly' }, 'north')).toEqual({
      practiceId: 'north',
      frequency: 'weekly',
      time: '08:00',
      weekday: 1,
      emailTo: [],
    });
  });
});
