/**
 * How a case may move (collector/cases/case-rules.ts) agrees with what the console offers (`statusChoices` in
 * src/core/staff-api.ts) for every status and every move, so the console never offers a move the collector refuses.
 */
import { describe, expect, it } from 'vitest';
import { applyCaseChange, CaseChangeError, readCaseChange } from '../../collector/cases/case-rules.js';
import { complaintRule } from '../../collector/cases/complaint-rules.js';
import { NEW_CASE } from '../../collector/store/inbox-rows.js';
import { CASE_STATUSES, statusChoices } from '../../src/core/staff-api.js';

const state = (status: (typeof CASE_STATUSES)[number]) => ({ ...NEW_CASE, status });
const ctx = {
  today: '2026-12-07',
  arrivedOn: '2026-12-04',
  at: '2026-12-07T10:00:00.000Z',
  contactable: true,
  rule: complaintRule('scotland')!,
};

describe('case rules', () => {
  it('accepts exactly the moves the console offers, from every status', () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        const offered = statusChoices(from).includes(to);
        let accepted = true;
        try {
          applyCaseChange(state(from), { status: to }, ctx);
        } catch (error) {
          expect(error).toBeInstanceOf(CaseChangeError);
          accepted = false;
        }
        expect(accepted, `${from} → ${to}`).toBe(offered);
      }
    }
    expect(statusChoices('new')).toEqual(['new', 'seen', 'contacted', 'resolved']);
    expect(statusChoices('resolved')).toEqual(['resolved', 'reopened']);
  });

  it('writes one event per change, and clears the outcome when a case is reopened', () => {
    const resolved = { ...state('resolved'), outcome: 'upheld' as const };
    const { state: after, events } = applyCaseChange(resolved, { status: 'reopened', note: 'Called back' }, ctx);
    expect(after).toMatchObject({ status: 'reopened', outcome: null });
    expect(events).toEqual([
      { what: 'status', value: 'reopened' },
      { what: 'outcome', value: '' },
      { what: 'note', value: 'Called back' },
    ]);
  });

  it('reads a change naming the field that is wrong', () => {
    expect(readCaseChange({ note: ' Called\r\nher ' })).toEqual({ note: 'Called\nher' });
    expect(readCaseChange({ assignee: 'Ann@North.example' })).toEqual({ assignee: 'ann@north.example' });
    for (const [body, field] of [
      [{ status: 'closed' }, 'status'],
      [{ outcome: 'won' }, 'outcome'],
      [{ note: '   ' }, 'note'],
      [{ assignee: 'ann' }, 'assignee'],
      [{ colour: 'red' }, 'colour'],
    ] as const) {
      expect(() => readCaseChange(body), field).toThrow(expect.objectContaining({ field }) as Error);
    }
  });

  it("reads a formal complaint's fields, naming the one that is wrong", () => {
    expect(readCaseChange({ formal: true, receivedOn: '2026-12-01', acknowledged: true })).toEqual({
      formal: true,
      receivedOn: '2026-12-01',
      acknowledged: true,
    });
    expect(readCaseChange({ agreedResponseBy: null })).toEqual({ agreedResponseBy: null });
    for (const [body, field] of [
      [{ formal: 'yes' }, 'formal'],
      [{ receivedOn: '2026-12-01' }, 'receivedOn'],
      [{ formal: true, receivedOn: '2026-02-30' }, 'receivedOn'],
      [{ acknowledged: false }, 'acknowledged'],
      [{ nextStage: 1 }, 'nextStage'],
      [{ agreedResponseBy: '1 June' }, 'agreedResponseBy'],
    ] as const) {
      expect(() => readCaseChange(body), field).toThrow(expect.objectContaining({ field }) as Error);
    }
  });

  it('marks a formal complaint from the day it arrived, or a day given that has come', () => {
    const marked = applyCaseChange(state('seen'), { formal: true }, ctx);
    expect(marked.state).toMatchObject({ formalOn: '2026-12-04', stage: 0, stageStartedOn: '2026-12-04' });
    expect(marked.events).toEqual([{ what: 'formal', value: '2026-12-04' }]);
    expect(applyCaseChange(state('seen'), { formal: true, receivedOn: '2026-12-07' }, ctx).state.formalOn).toBe(
      '2026-12-07',
    );
    expect(() => applyCaseChange(state('seen'), { formal: true, receivedOn: '2026-12-08' }, ctx)).toThrow(
      expect.objectContaining({ kind: 'invalid', field: 'receivedOn' }) as Error,
    );
    // Marking it again changes nothing and writes nothing.
    expect(applyCaseChange(marked.state, { formal: true }, ctx).events).toEqual([]);
    const unmarked = applyCaseChange({ ...marked.state, acknowledgedAt: ctx.at }, { formal: false }, ctx);
    expect(unmarked.state).toMatchObject({ formalOn: null, acknowledgedAt: null, stageStartedOn: null });
    expect(unmarked.events).toEqual([{ what: 'formal', value: '' }]);
  });

  it('acknowledges, responds and escalates only where the rule and the patient allow it', () => {
    const formal = applyCaseChange(state('seen'), { formal: true }, ctx).state;
    const conflict = (field: string) => expect.objectContaining({ kind: 'conflict', field }) as Error;
    expect(() => applyCaseChange(state('seen'), { acknowledged: true }, ctx)).toThrow(conflict('formal'));
    // Scotland's stage 1 has no acknowledgement of its own; its stage 2 has, and starts today.
    expect(() => applyCaseChange(formal, { acknowledged: true }, ctx)).toThrow(conflict('acknowledged'));
    const second = applyCaseChange(formal, { nextStage: true, acknowledged: true }, ctx);
    expect(second.state).toMatchObject({ stage: 1, stageStartedOn: '2026-12-07', acknowledgedAt: ctx.at });
    expect(second.events).toEqual([
      { what: 'stage', value: 'Stage 2: investigation' },
      { what: 'acknowledged', value: '' },
    ]);
    expect(() => applyCaseChange(second.state, { nextStage: true }, ctx)).toThrow(conflict('nextStage'));
    expect(() => applyCaseChange(second.state, { acknowledged: true }, ctx)).toThrow(conflict('acknowledged'));
    const unreachable = { ...ctx, contactable: false };
    expect(() =>
      applyCaseChange({ ...second.state, acknowledgedAt: null }, { acknowledged: true }, unreachable),
    ).toThrow(conflict('acknowledged'));
    // A limit of its own leaves nothing to agree; England's response has none.
    expect(() => applyCaseChange(second.state, { agreedResponseBy: '2027-01-15' }, ctx)).toThrow(
      conflict('agreedResponseBy'),
    );
    const england = { ...ctx, rule: complaintRule('england')! };
    const agreed = applyCaseChange(formal, { agreedResponseBy: '2027-01-15', responded: true }, england);
    expect(agreed.state).toMatchObject({ agreedResponseBy: '2027-01-15', respondedAt: ctx.at });
    expect(() => applyCaseChange({ ...formal, status: 'resolved' }, { responded: true }, england)).toThrow(
      conflict('status'),
    );
  });

  it('stamps the first contact once', () => {
    const first = applyCaseChange(state('seen'), { status: 'contacted' }, ctx).state;
    expect(first.firstContactedAt).toBe(ctx.at);
    const later = { ...ctx, at: '2026-12-09T09:00:00.000Z' };
    const again = applyCaseChange({ ...first, status: 'reopened' }, { status: 'contacted' }, later).state;
    expect(again.firstContactedAt).toBe(ctx.at);
  });
});
