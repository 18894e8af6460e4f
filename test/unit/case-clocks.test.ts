/**
 * A case's clocks (collector/cases/case-clocks.ts), against deadlines counted by hand on the calendar of December
 * 2026 (Friday the 4th, Monday the 7th): the promise from arrival, a formal complaint's acknowledgement and response
 * per rule and stage, holidays left out, the practice's zone, and where each clock stands at a given moment.
 */
import { describe, expect, it } from 'vitest';
import { caseClocks } from '../../collector/cases/case-clocks.js';
import type { ClockRules } from '../../collector/cases/clock-settings.js';
import { complaintRule } from '../../collector/cases/complaint-rules.js';
import { NEW_CASE, type CaseState } from '../../collector/store/inbox-rows.js';

const FRIDAY_4PM = '2026-12-04T16:00:00.000Z';
const rules = (over: Partial<ClockRules> = {}): ClockRules => ({
  timeZone: 'Europe/London',
  promiseDays: 1,
  rule: complaintRule('england')!,
  edited: false,
  holidays: new Set(),
  ...over,
});
const facts = (state: Partial<CaseState> = {}, contactable = true) => ({
  receivedAt: FRIDAY_4PM,
  contactable,
  state: { ...NEW_CASE, ...state },
});
const at = (iso: string) => Date.parse(iso);
const formal = (on: string, more: Partial<CaseState> = {}) => facts({ formalOn: on, stageStartedOn: on, ...more });

describe('case clocks', () => {
  it('runs the promise from arrival to the end of the next working day, in the practice zone', () => {
    const monday = caseClocks(facts(), rules(), at('2026-12-07T10:00:00Z'));
    expect(monday.clocks).toEqual([{ kind: 'promise', days: 1, dueAt: '2026-12-08T00:00:00.000Z', state: 'today' }]);
    expect(monday.due).toEqual({ kind: 'promise', at: '2026-12-08T00:00:00.000Z', state: 'today' });
    expect(caseClocks(facts(), rules(), at('2026-12-05T10:00:00Z')).due?.state).toBe('later');
    expect(caseClocks(facts(), rules(), at('2026-12-08T00:00:00Z')).due?.state).toBe('overdue');
    // A public holiday on Monday moves it to Tuesday; New York's Monday ends five hours later.
    const holiday = caseClocks(facts(), rules({ holidays: new Set(['2026-12-07']) }), at('2026-12-05T00:00:00Z'));
    expect(holiday.dueAt).toBe('2026-12-09T00:00:00.000Z');
    expect(caseClocks(facts(), rules({ timeZone: 'America/New_York' })).dueAt).toBe('2026-12-08T05:00:00.000Z');
  });

  it('counts a same-day promise of a weekend arrival to the next working day', () => {
    const sunday = { ...facts(), receivedAt: '2026-12-06T11:00:00.000Z' };
    expect(caseClocks(sunday, rules({ promiseDays: 0 })).dueAt).toBe('2026-12-08T00:00:00.000Z');
    expect(caseClocks(facts(), rules({ promiseDays: 0 })).dueAt).toBe('2026-12-05T00:00:00.000Z');
  });

  it('runs no promise without a way to reach the patient, nor without a promise', () => {
    expect(caseClocks(facts({}, false), rules()).clocks).toEqual([]);
    expect(caseClocks(facts(), rules({ promiseDays: null })).clocks).toEqual([]);
    expect(caseClocks(facts(), rules({ promiseDays: null })).dueAt).toBeNull();
  });

  it('says whether the promise was kept, and stops every clock when the case is resolved', () => {
    const kept = caseClocks(facts({ firstContactedAt: '2026-12-07T09:00:00.000Z' }), rules(), at('2026-12-09T00:00Z'));
    expect(kept.clocks[0]).toMatchObject({ state: 'done', doneAt: '2026-12-07T09:00:00.000Z' });
    expect(kept.dueAt).toBeNull();
    const late = caseClocks(facts({ firstContactedAt: '2026-12-08T01:00:00.000Z' }), rules());
    expect(late.clocks[0]?.state).toBe('late');
    const resolved = caseClocks(facts({ status: 'resolved' }), rules(), at('2026-12-09T00:00Z'));
    expect(resolved.clocks[0]?.state).toBe('stopped');
    expect(resolved.due).toBeUndefined();
  });

  it('England: acknowledge in 3 working days, no fixed response (agree one), explain after 6 months', () => {
    const c = caseClocks(formal('2026-12-04'), rules(), at('2026-12-05T00:00Z'));
    expect(c.formal).toMatchObject({
      receivedOn: '2026-12-04',
      stage: 0,
      stageName: 'Complaint',
      explainAfter: '2027-06-04',
      rule: { id: 'england' },
    });
    expect(c.formal?.nextStage).toBeUndefined();
    expect(c.clocks.map((k) => [k.kind, k.dueAt, k.state])).toEqual([
      ['promise', '2026-12-08T00:00:00.000Z', 'running'],
      ['acknowledge', '2026-12-10T00:00:00.000Z', 'running'],
      ['respond', undefined, 'no-limit'],
    ]);
    expect(c.due?.kind).toBe('promise');
    // Contacted and acknowledged, with a date agreed: the agreed date is what is due.
    const agreed = caseClocks(
      formal('2026-12-04', {
        firstContactedAt: '2026-12-07T09:00:00.000Z',
        acknowledgedAt: '2026-12-07T09:05:00.000Z',
        agreedResponseBy: '2027-01-15',
      }),
      rules(),
      at('2026-12-07T10:00Z'),
    );
    expect(agreed.due).toEqual({ kind: 'respond', at: '2027-01-16T00:00:00.000Z', state: 'later' });
  });

  it('Wales: acknowledge in 2, respond in 30 working days, public holidays left out', () => {
    const wales = rules({ rule: complaintRule('wales')!, promiseDays: null });
    const c = caseClocks(formal('2026-12-04'), wales);
    expect(c.clocks.map((k) => k.dueAt)).toEqual(['2026-12-09T00:00:00.000Z', '2027-01-16T00:00:00.000Z']);
    const holidays = new Set(['2026-12-25', '2026-12-28', '2027-01-01']);
    expect(caseClocks(formal('2026-12-04'), { ...wales, holidays }).clocks[1]?.dueAt).toBe('2027-01-21T00:00:00.000Z');
  });

  it('Scotland: stage 1 answered in 5; stage 2 counted from the day it started', () => {
    const scotland = rules({ rule: complaintRule('scotland')!, promiseDays: null });
    const first = caseClocks(formal('2026-12-04'), scotland, at('2026-12-12T00:00Z'));
    expect(first.formal).toMatchObject({ stageName: 'Stage 1: early resolution', nextStage: 'Stage 2: investigation' });
    expect(first.clocks).toEqual([
      {
        kind: 'respond',
        stage: 'Stage 1: early resolution',
        days: 5,
        dueAt: '2026-12-12T00:00:00.000Z',
        state: 'overdue',
      },
    ]);
    const second = caseClocks(formal('2026-12-04', { stage: 1, stageStartedOn: '2026-12-14' }), scotland);
    expect(second.clocks.map((k) => [k.kind, k.days, k.dueAt])).toEqual([
      ['acknowledge', 3, '2026-12-18T00:00:00.000Z'],
      ['respond', 20, '2027-01-12T00:00:00.000Z'],
    ]);
    expect(second.formal?.nextStage).toBeUndefined();
  });

  it('cannot run an acknowledgement to a patient who left no way to reach them', () => {
    const wales = rules({ rule: complaintRule('wales')!, promiseDays: null });
    const c = caseClocks({ ...formal('2026-12-04'), contactable: false }, wales, at('2026-12-05T00:00Z'));
    expect(c.clocks[0]).toMatchObject({ kind: 'acknowledge', state: 'unreachable' });
    expect(c.due?.kind).toBe('respond');
  });
});
