/**
 * A case's clocks (pure; issue 13, stage 2): the practice's own promise on every case whose patient asked to be
 * contacted, met by the first contact; and on a formal complaint, the chosen rule's acknowledgement and response for
 * the stage it is at, counted from the day the stage started. Working days in the practice's time zone, its public
 * holidays left out (working-days.ts); each clock due at the end of its last working day there.
 *
 * The case's next deadline (`due`) is the soonest of the clocks still running: what the Cases screen sorts by and the
 * store keeps in `case_follow_up.due_at`. A resolved case runs no clock.
 */
import type { CaseClock, ClockState, Due, FormalComplaint } from '../../src/core/staff-api.js';
import type { CaseState } from '../store/inbox-rows.js';
import type { ClockRules } from './clock-settings.js';
import { addMonths, addWorkingDays, endOfDay, localDay, workingDaysAfter } from './working-days.js';

export interface ClockFacts {
  /** When the submission arrived (ISO). */
  receivedAt: string;
  /** The patient gave a way to reach them and agreed to be contacted. */
  contactable: boolean;
  state: CaseState;
}

export interface Clocks {
  clocks: CaseClock[];
  formal: FormalComplaint | null;
  due?: Due;
  /** The soonest running deadline (ISO), for the store; null when none runs. */
  dueAt: string | null;
}

const iso = (t: number) => new Date(t).toISOString();

/** Where a clock due at `dueAt` stands at `now`, having been met at `doneAt`. */
function stateOf(dueAt: number | undefined, doneAt: string | null, resolved: boolean, now: number, zone: string) {
  if (doneAt !== null) return dueAt !== undefined && Date.parse(doneAt) >= dueAt ? 'late' : 'done';
  if (resolved) return 'stopped';
  if (dueAt === undefined) return 'no-limit';
  if (now >= dueAt) return 'overdue';
  return dueAt <= endOfDay(localDay(now, zone), zone) ? 'today' : 'running';
}

function clock(
  kind: CaseClock['kind'],
  dueAt: number | undefined,
  doneAt: string | null,
  extra: { stage?: string; days?: number | null; state?: ClockState },
  resolved: boolean,
  now: number,
  zone: string,
): CaseClock {
  const c: CaseClock = { kind, state: extra.state ?? stateOf(dueAt, doneAt, resolved, now, zone) };
  if (extra.stage !== undefined) c.stage = extra.stage;
  if (extra.days !== undefined && extra.days !== null) c.days = extra.days;
  if (dueAt !== undefined) c.dueAt = iso(dueAt);
  if (doneAt !== null) c.doneAt = doneAt;
  return c;
}

export function caseClocks(facts: ClockFacts, rules: ClockRules, now = Date.now()): Clocks {
  const { state } = facts;
  const zone = rules.timeZone;
  const resolved = state.status === 'resolved';
  const clocks: CaseClock[] = [];
  if (rules.promiseDays !== null && facts.contactable) {
    const due = endOfDay(workingDaysAfter(Date.parse(facts.receivedAt), rules.promiseDays, zone, rules.holidays), zone);
    clocks.push(clock('promise', due, state.firstContactedAt, { days: rules.promiseDays }, resolved, now, zone));
  }
  let formal: FormalComplaint | null = null;
  if (state.formalOn !== null) {
    const stages = rules.rule.stages;
    const index = Math.min(Math.max(state.stage, 0), stages.length - 1);
    const stage = stages[index]!;
    const startedOn = state.stageStartedOn ?? state.formalOn;
    const dueOn = (days: number) => endOfDay(addWorkingDays(startedOn, days, rules.holidays), zone);
    formal = {
      receivedOn: state.formalOn,
      rule: { id: rules.rule.id, name: rules.rule.name, note: rules.rule.note, source: rules.rule.source },
      stage: index,
      stageName: stage.name,
      stageStartedOn: startedOn,
    };
    const next = stages[index + 1];
    if (next) formal.nextStage = next.name;
    if (state.acknowledgedAt !== null) formal.acknowledgedAt = state.acknowledgedAt;
    if (state.respondedAt !== null) formal.respondedAt = state.respondedAt;
    if (state.agreedResponseBy !== null) formal.agreedResponseBy = state.agreedResponseBy;
    if (stage.acknowledgeDays !== null) {
      const due = dueOn(stage.acknowledgeDays);
      const unreachable = !facts.contactable && state.acknowledgedAt === null && !resolved;
      clocks.push(
        clock(
          'acknowledge',
          due,
          state.acknowledgedAt,
          { stage: stage.name, days: stage.acknowledgeDays, ...(unreachable ? { state: 'unreachable' as const } : {}) },
          resolved,
          now,
          zone,
        ),
      );
    }
    if (stage.respondDays !== null) {
      const due = dueOn(stage.respondDays);
      clocks.push(
        clock('respond', due, state.respondedAt, { stage: stage.name, days: stage.respondDays }, resolved, now, zone),
      );
    } else {
      const agreed = state.agreedResponseBy !== null ? endOfDay(state.agreedResponseBy, zone) : undefined;
      clocks.push(clock('respond', agreed, state.respondedAt, { stage: stage.name }, resolved, now, zone));
      if (rules.rule.explainAfterMonths) formal.explainAfter = addMonths(state.formalOn, rules.rule.explainAfterMonths);
    }
  }
  const running = clocks.filter((c) => c.dueAt !== undefined && ['overdue', 'today', 'running'].includes(c.state));
  running.sort((a, b) => a.dueAt!.localeCompare(b.dueAt!));
  const first = running[0];
  const result: Clocks = { clocks, formal, dueAt: first?.dueAt ?? null };
  if (first) {
    result.due = {
      kind: first.kind,
      at: first.dueAt!,
      state: first.state === 'running' ? 'later' : (first.state as Due['state']),
    };
  }
  return result;
}
