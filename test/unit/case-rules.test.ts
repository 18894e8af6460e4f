/**
 * How a case may move (collector/cases/case-rules.ts) agrees with what the console offers (`statusChoices` in
 * src/core/staff-api.ts) for every status and every move, so the console never offers a move the collector refuses.
 */
import { describe, expect, it } from 'vitest';
import { applyCaseChange, CaseChangeError, readCaseChange } from '../../collector/cases/case-rules.js';
import { CASE_STATUSES, statusChoices } from '../../src/core/staff-api.js';

const state = (status: (typeof CASE_STATUSES)[number]) => ({ status, assignee: null, outcome: null, updatedAt: null });

describe('case rules', () => {
  it('accepts exactly the moves the console offers, from every status', () => {
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES) {
        const offered = statusChoices(from).includes(to);
        let accepted = true;
        try {
          applyCaseChange(state(from), { status: to });
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
    const { state: after, events } = applyCaseChange(resolved, { status: 'reopened', note: 'Called back' });
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
});
