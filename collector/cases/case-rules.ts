/**
 * How a case may move (pure): the checks of a change staff send, and the events it makes. A case goes new → seen →
 * contacted → resolved in any order forward; a resolved case changes only by being reopened; an outcome belongs to a
 * resolved case (reopening clears it). A note is added to the history, never replaces one.
 */
import {
  CASE_OUTCOMES,
  CASE_STATUSES,
  MAX_CASE_NOTE_CHARS,
  statusChoices,
  type CaseChange,
  type CaseEvent,
  type CaseOutcome,
  type CaseStatus,
} from '../../src/core/staff-api.js';
import type { CaseState } from '../store/inbox-rows.js';

/** A change that cannot be read (400, naming the field) or does not fit the case as it is (409). */
export class CaseChangeError extends Error {
  constructor(
    readonly kind: 'invalid' | 'conflict',
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'CaseChangeError';
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A change as JSON sent it, checked field by field. */
export function readCaseChange(body: unknown): CaseChange {
  if (!isObject(body))
    throw new CaseChangeError('invalid', '', 'Send a JSON object: { status?, assignee?, note?, outcome? }.');
  const change: CaseChange = {};
  for (const key of Object.keys(body)) {
    if (!['status', 'assignee', 'note', 'outcome'].includes(key)) {
      throw new CaseChangeError('invalid', key, `${key}: unknown field (status, assignee, note or outcome)`);
    }
  }
  const { status, assignee, note, outcome } = body;
  if (status !== undefined) {
    if (!CASE_STATUSES.includes(status as CaseStatus)) {
      throw new CaseChangeError('invalid', 'status', `status: must be one of ${CASE_STATUSES.join(', ')}`);
    }
    change.status = status as CaseStatus;
  }
  if (assignee !== undefined) {
    if (assignee !== null && (typeof assignee !== 'string' || !assignee.includes('@') || assignee.length > 320)) {
      throw new CaseChangeError('invalid', 'assignee', "assignee: must be a colleague's email, or null for nobody");
    }
    change.assignee = assignee === null ? null : assignee.trim().toLowerCase();
  }
  if (note !== undefined) {
    // Line breaks as one character each, as the browser's counter counts them.
    const text = typeof note === 'string' ? note.replace(/\r\n?/g, '\n').trim() : undefined;
    if (!text) throw new CaseChangeError('invalid', 'note', 'note: write something, or leave the field out');
    if ([...text].length > MAX_CASE_NOTE_CHARS) {
      throw new CaseChangeError('invalid', 'note', `note: keep it to ${MAX_CASE_NOTE_CHARS} characters`);
    }
    change.note = text;
  }
  if (outcome !== undefined) {
    if (outcome !== null && !CASE_OUTCOMES.includes(outcome as CaseOutcome)) {
      throw new CaseChangeError('invalid', 'outcome', `outcome: must be one of ${CASE_OUTCOMES.join(', ')}, or null`);
    }
    change.outcome = outcome as CaseOutcome | null;
  }
  if (Object.keys(change).length === 0) throw new CaseChangeError('invalid', '', 'Nothing to change.');
  return change;
}

/** The case after `change`, and what to write in its history; throws a conflict when it does not fit. */
export function applyCaseChange(
  current: CaseState,
  change: CaseChange,
): { state: CaseState; events: Pick<CaseEvent, 'what' | 'value'>[] } {
  const events: Pick<CaseEvent, 'what' | 'value'>[] = [];
  const state: CaseState = { ...current };
  const to = change.status;
  if (to !== undefined && to !== current.status) {
    if (!statusChoices(current.status).includes(to)) {
      const why =
        to === 'reopened'
          ? 'Only a resolved case can be reopened.'
          : current.status === 'resolved'
            ? 'This case is resolved: reopen it first.'
            : 'A case that has been looked at cannot be new again.';
      throw new CaseChangeError('conflict', 'status', why);
    }
    state.status = to;
    events.push({ what: 'status', value: to });
    if (to === 'reopened' && state.outcome !== null && change.outcome === undefined) {
      state.outcome = null;
      events.push({ what: 'outcome', value: '' });
    }
  }
  if (change.assignee !== undefined && change.assignee !== current.assignee) {
    state.assignee = change.assignee;
    events.push({ what: 'assignee', value: change.assignee ?? '' });
  }
  if (change.outcome !== undefined && change.outcome !== state.outcome) {
    if (change.outcome !== null && state.status !== 'resolved') {
      throw new CaseChangeError('conflict', 'outcome', 'An outcome is given when the case is resolved.');
    }
    state.outcome = change.outcome;
    events.push({ what: 'outcome', value: change.outcome ?? '' });
  }
  if (change.note !== undefined) events.push({ what: 'note', value: change.note });
  return { state, events };
}
