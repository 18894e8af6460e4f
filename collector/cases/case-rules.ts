/**
 * How a case may move (pure): the checks of a change staff send, and the events it makes. A case goes new → seen →
 * contacted → resolved in any order forward; a resolved case changes only by being reopened; an outcome belongs to a
 * resolved case (reopening clears it). A note is added to the history, never replaces one.
 *
 * A case may be marked a formal complaint, counted from a day (by default the day it arrived, never a day to come);
 * then it is acknowledged to the patient (only when they gave a way to reach them), responded to, moved to the rule's
 * next stage (whose clocks start that day), and — where the rule sets no response limit — given the response date
 * agreed with the patient. The first time it reaches Contacted is its first contact: the promise clock stops there.
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
import { NO_COMPLAINT, type CaseState } from '../store/inbox-rows.js';
import type { ComplaintRule } from './complaint-rules.js';
import { isCalendarDay } from './working-days.js';

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

const FIELDS = [
  'status',
  'assignee',
  'note',
  'outcome',
  'formal',
  'receivedOn',
  'acknowledged',
  'responded',
  'nextStage',
  'agreedResponseBy',
];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A change as JSON sent it, checked field by field. */
export function readCaseChange(body: unknown): CaseChange {
  if (!isObject(body))
    throw new CaseChangeError('invalid', '', `Send a JSON object with any of: ${FIELDS.join(', ')}.`);
  const change: CaseChange = {};
  for (const key of Object.keys(body)) {
    if (!FIELDS.includes(key)) {
      throw new CaseChangeError('invalid', key, `${key}: unknown field (${FIELDS.join(', ')})`);
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
  readComplaint(body, change);
  if (Object.keys(change).length === 0) throw new CaseChangeError('invalid', '', 'Nothing to change.');
  return change;
}

/** The formal complaint's fields of a change. */
function readComplaint(body: Record<string, unknown>, change: CaseChange): void {
  const { formal, receivedOn, acknowledged, responded, nextStage, agreedResponseBy } = body;
  if (formal !== undefined) {
    if (typeof formal !== 'boolean') throw new CaseChangeError('invalid', 'formal', 'formal: true or false');
    change.formal = formal;
  }
  if (receivedOn !== undefined) {
    if (formal !== true) {
      throw new CaseChangeError('invalid', 'receivedOn', 'receivedOn: send it with formal: true');
    }
    if (typeof receivedOn !== 'string' || !isCalendarDay(receivedOn)) {
      throw new CaseChangeError('invalid', 'receivedOn', 'receivedOn: a day, YYYY-MM-DD');
    }
    change.receivedOn = receivedOn;
  }
  for (const [name, value] of [
    ['acknowledged', acknowledged],
    ['responded', responded],
    ['nextStage', nextStage],
  ] as const) {
    if (value === undefined) continue;
    if (value !== true) throw new CaseChangeError('invalid', name, `${name}: true, or leave the field out`);
    change[name] = true;
  }
  if (agreedResponseBy !== undefined) {
    if (agreedResponseBy !== null && (typeof agreedResponseBy !== 'string' || !isCalendarDay(agreedResponseBy))) {
      throw new CaseChangeError('invalid', 'agreedResponseBy', 'agreedResponseBy: a day, YYYY-MM-DD, or null');
    }
    change.agreedResponseBy = agreedResponseBy;
  }
}

/** What a change is checked against besides the case: the days involved, the patient, the practice's rule. */
export interface CaseContext {
  /** Today and the day the submission arrived, in the practice's zone. */
  today: string;
  arrivedOn: string;
  /** When the change is made (ISO): a first contact, an acknowledgement or a response is stamped with it. */
  at: string;
  contactable: boolean;
  rule: ComplaintRule;
}

type Events = Pick<CaseEvent, 'what' | 'value'>[];

const conflict = (field: string, message: string) => new CaseChangeError('conflict', field, message);

/** Marking, unmarking and moving a formal complaint along. */
function applyComplaint(state: CaseState, change: CaseChange, ctx: CaseContext, events: Events): void {
  if (change.formal === false && state.formalOn !== null) {
    Object.assign(state, NO_COMPLAINT);
    events.push({ what: 'formal', value: '' });
  }
  if (change.formal === true) {
    const on = change.receivedOn ?? (state.formalOn === null ? ctx.arrivedOn : state.formalOn);
    if (on > ctx.today) throw new CaseChangeError('invalid', 'receivedOn', 'receivedOn: a day that has come');
    if (on !== state.formalOn) {
      if (state.status === 'resolved') throw conflict('formal', 'This case is resolved: reopen it first.');
      // A fresh complaint starts at its first stage; a changed day moves the first stage's start with it.
      if (state.formalOn === null) Object.assign(state, NO_COMPLAINT);
      state.formalOn = on;
      if (state.stage === 0) state.stageStartedOn = on;
      events.push({ what: 'formal', value: on });
    }
  }
  const steps = change.acknowledged || change.responded || change.nextStage || change.agreedResponseBy !== undefined;
  if (!steps) return;
  if (state.formalOn === null) throw conflict('formal', 'Mark the case a formal complaint first.');
  if (state.status === 'resolved') throw conflict('status', 'This case is resolved: reopen it first.');
  const stage = ctx.rule.stages[Math.min(state.stage, ctx.rule.stages.length - 1)]!;
  if (change.nextStage) {
    const next = ctx.rule.stages[state.stage + 1];
    if (!next) throw conflict('nextStage', `${ctx.rule.name} has no stage after “${stage.name}”.`);
    Object.assign(state, {
      stage: state.stage + 1,
      stageStartedOn: ctx.today,
      acknowledgedAt: null,
      respondedAt: null,
      agreedResponseBy: null,
    });
    events.push({ what: 'stage', value: next.name });
  }
  const now = ctx.rule.stages[Math.min(state.stage, ctx.rule.stages.length - 1)]!;
  if (change.acknowledged) {
    if (now.acknowledgeDays === null)
      throw conflict('acknowledged', `“${now.name}” has no acknowledgement of its own.`);
    if (!ctx.contactable) {
      throw conflict(
        'acknowledged',
        'The patient left no way to reach them: the complaint cannot be acknowledged to them.',
      );
    }
    if (state.acknowledgedAt !== null) throw conflict('acknowledged', 'It has already been acknowledged.');
    state.acknowledgedAt = ctx.at;
    events.push({ what: 'acknowledged', value: '' });
  }
  if (change.responded) {
    if (state.respondedAt !== null) throw conflict('responded', 'It has already been responded to at this stage.');
    state.respondedAt = ctx.at;
    events.push({ what: 'responded', value: '' });
  }
  if (change.agreedResponseBy !== undefined && change.agreedResponseBy !== state.agreedResponseBy) {
    if (now.respondDays !== null) {
      throw conflict('agreedResponseBy', `“${now.name}” has its own limit: ${now.respondDays} working days.`);
    }
    state.agreedResponseBy = change.agreedResponseBy;
    events.push({ what: 'agreed', value: change.agreedResponseBy ?? '' });
  }
}

/** The case after `change`, and what to write in its history; throws a conflict when it does not fit. */
export function applyCaseChange(
  current: CaseState,
  change: CaseChange,
  ctx: CaseContext,
): { state: CaseState; events: Events } {
  const events: Events = [];
  const state: CaseState = { ...current };
  applyComplaint(state, change, ctx, events);
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
    if (to === 'contacted' && state.firstContactedAt === null) state.firstContactedAt = ctx.at;
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
