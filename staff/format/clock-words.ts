/**
 * A case's clocks and its next deadline in words (issue 13, stage 2): "Acknowledge (Stage 2: investigation): by …
 * — overdue", "Due today: respond by …". Deadlines are worded in the practice's time zone. A clock's state is always
 * a word; the styles may add weight, never colour alone.
 */
import type { CaseClock, ClockKind, Due, StaffLanguage } from '../../src/core/staff-api.js';
import { fill, type StaffStrings } from '../i18n/index.js';
import { staffDeadline, staffTime } from './time.js';

interface Zone {
  t: StaffStrings;
  lang: StaffLanguage;
  timeZone: string;
}

/** What the clock asks for: "Our promise: contact the patient", "Respond (Stage 1: early resolution)". */
function clockLabel(clock: CaseClock, t: StaffStrings): string {
  if (clock.kind === 'promise') return t.clockPromise;
  const what = clock.kind === 'acknowledge' ? t.clockAcknowledge : t.clockRespond;
  return clock.stage ? fill(t.clockOfStage, what, clock.stage) : what;
}

/** Where a clock stands, after its deadline; empty for one simply running. */
function stateWords(clock: CaseClock, { t, lang, timeZone }: Zone): string {
  const when = clock.doneAt ? staffTime(clock.doneAt, lang, timeZone) : '';
  switch (clock.state) {
    case 'overdue':
      return t.clockOverdue;
    case 'today':
      return t.clockToday;
    case 'done':
      return when ? fill(t.clockDone, when) : '';
    case 'late':
      return fill(t.clockLate, when);
    case 'stopped':
      return t.clockStopped;
    default:
      return '';
  }
}

/** One clock as a line of the case's Deadlines. */
export function clockWords(clock: CaseClock, zone: Zone): string {
  const { t, lang, timeZone } = zone;
  if (clock.state === 'unreachable') return t.clockUnreachable;
  const label = clockLabel(clock, t);
  const deadline = clock.dueAt
    ? fill(t.clockBy, label, staffDeadline(clock.dueAt, lang, timeZone))
    : fill(t.clockNoLimit, label);
  const state = stateWords(clock, zone);
  return state ? `${deadline} — ${state}` : deadline;
}

/** Clocks that need doing now (overdue or due today): drawn with more weight as well as said. */
export const isPressing = (state: string): boolean => state === 'overdue' || state === 'today';

export function dueKindWords(kind: ClockKind, t: StaffStrings): string {
  const words: Record<ClockKind, string> = {
    promise: t.dueKindPromise,
    acknowledge: t.dueKindAcknowledge,
    respond: t.dueKindRespond,
  };
  return words[kind] ?? kind;
}

/** A case's next deadline: "Overdue: acknowledge by …", "Due today: respond by …", "Due …: contact the patient". */
export function dueWords(due: Due, { t, lang, timeZone }: Zone): string {
  const sentence = due.state === 'overdue' ? t.dueOverdue : due.state === 'today' ? t.dueToday : t.dueLater;
  return fill(sentence, dueKindWords(due.kind, t), staffDeadline(due.at, lang, timeZone));
}
