/**
 * A practice's clocks (pure): its promise in working days, the complaint rule it chose (a preset, its stages' days as
 * the practice edited them) and its public holidays — read from its row, checked when changed, and answered to the
 * console (`ClockSettings`). A change that cannot be used names the field: `stages[1].respondDays: …`.
 */
import {
  COMPLAINT_RULE_IDS,
  type ClockSettings,
  type ClockSettingsChange,
  type ComplaintRuleId,
  type ComplaintStage,
} from '../../src/core/staff-api.js';
import { COMPLAINT_RULES, DEFAULT_RULE, complaintRule, type ComplaintRule } from './complaint-rules.js';
import { isCalendarDay, type Holidays } from './working-days.js';

export const MAX_PROMISE_DAYS = 30;
export const MAX_RULE_DAYS = 120;
export const MAX_HOLIDAYS = 400;

/** What the clocks of one practice run on. */
export interface ClockRules {
  timeZone: string;
  promiseDays: number | null;
  rule: ComplaintRule;
  /** The stages differ from the preset's. */
  edited: boolean;
  holidays: Holidays;
}

/** The columns of a practice's row the clocks are read from. */
export interface ClockColumns {
  time_zone: string;
  promise_days: number | null;
  complaint_rule: string | null;
  holidays: string;
}

export class ClockSettingsError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
    this.name = 'ClockSettingsError';
  }
}

const sameStages = (a: readonly ComplaintStage[], b: readonly ComplaintStage[]) =>
  a.length === b.length &&
  a.every((s, i) => s.acknowledgeDays === b[i]?.acknowledgeDays && s.respondDays === b[i]?.respondDays);

function parsed(json: string | null): unknown {
  if (json === null) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/** The rule as stored (`{ id, stages }`): a preset with the practice's days; the preset when unreadable. */
function storedRule(json: string | null): ComplaintRule {
  const stored = parsed(json) as { id?: unknown; stages?: unknown } | undefined;
  const preset = complaintRule(typeof stored?.id === 'string' ? stored.id : '') ?? DEFAULT_RULE;
  if (!Array.isArray(stored?.stages) || stored.stages.length !== preset.stages.length) return preset;
  try {
    return { ...preset, stages: readStages(stored.stages, preset) };
  } catch {
    return preset;
  }
}

export function clockRules(row: ClockColumns): ClockRules {
  const rule = storedRule(row.complaint_rule);
  const days = parsed(row.holidays);
  return {
    timeZone: row.time_zone,
    promiseDays: row.promise_days,
    rule,
    edited: !sameStages(rule.stages, complaintRule(rule.id)!.stages),
    holidays: new Set(Array.isArray(days) ? days.filter((d): d is string => typeof d === 'string') : []),
  };
}

/** The clocks of a practice the directory does not know (never expected): UTC, no promise, the default rule. */
export const NO_CLOCKS: ClockRules = {
  timeZone: 'UTC',
  promiseDays: null,
  rule: DEFAULT_RULE,
  edited: false,
  holidays: new Set(),
};

const presetOf = (rule: ComplaintRule) => ({
  id: rule.id,
  name: rule.name,
  note: rule.note,
  source: rule.source,
  stages: rule.stages.map((s) => ({ ...s })),
});

/** What the console shows and edits. */
export function clockSettings(practice: { id: string; promise: string | null; clocks: ClockRules }): ClockSettings {
  const { clocks } = practice;
  return {
    practiceId: practice.id,
    timeZone: clocks.timeZone,
    promiseDays: clocks.promiseDays,
    promise: practice.promise,
    rule: presetOf(clocks.rule),
    edited: clocks.edited,
    holidays: [...clocks.holidays].sort(),
    presets: COMPLAINT_RULES.map(presetOf),
  };
}

function days(value: unknown, path: string, most: number): number | null {
  if (value === null) return null;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > most) {
    throw new ClockSettingsError(path, `a whole number of working days from 0 to ${most}, or null for none`);
  }
  return value;
}

/** The practice's days for a preset's stages (their names are the preset's). */
function readStages(value: readonly unknown[], preset: ComplaintRule): ComplaintStage[] {
  return value.map((stage, i) => {
    const path = `stages[${i}]`;
    if (typeof stage !== 'object' || stage === null) throw new ClockSettingsError(path, 'an object');
    const { acknowledgeDays, respondDays } = stage as Record<string, unknown>;
    return {
      name: preset.stages[i]!.name,
      acknowledgeDays: days(acknowledgeDays ?? null, `${path}.acknowledgeDays`, MAX_RULE_DAYS),
      respondDays: days(respondDays ?? null, `${path}.respondDays`, MAX_RULE_DAYS),
    };
  });
}

/** The columns to write for a change, checked against what the practice has now. */
export function storedClocks(
  body: unknown,
  current: ClockRules,
): Partial<Pick<ClockColumns, 'promise_days' | 'complaint_rule' | 'holidays'>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new ClockSettingsError('', 'send a JSON object: { promiseDays?, ruleId?, stages?, holidays? }');
  }
  const change = body as Record<keyof ClockSettingsChange, unknown>;
  for (const key of Object.keys(change)) {
    if (!['promiseDays', 'ruleId', 'stages', 'holidays'].includes(key)) {
      throw new ClockSettingsError(key, 'unknown field (promiseDays, ruleId, stages or holidays)');
    }
  }
  const columns: ReturnType<typeof storedClocks> = {};
  if (change.promiseDays !== undefined)
    columns.promise_days = days(change.promiseDays, 'promiseDays', MAX_PROMISE_DAYS);
  if (change.ruleId !== undefined || change.stages !== undefined) {
    if (change.ruleId !== undefined && !COMPLAINT_RULE_IDS.includes(change.ruleId as ComplaintRuleId)) {
      throw new ClockSettingsError('ruleId', `one of ${COMPLAINT_RULE_IDS.join(', ')}`);
    }
    const preset = complaintRule((change.ruleId as string | undefined) ?? current.rule.id)!;
    let stages = change.ruleId !== undefined && change.ruleId !== current.rule.id ? preset.stages : current.rule.stages;
    if (change.stages !== undefined) {
      if (!Array.isArray(change.stages) || change.stages.length !== preset.stages.length) {
        throw new ClockSettingsError('stages', `${preset.name} has ${preset.stages.length} stage(s): send as many`);
      }
      stages = readStages(change.stages, preset);
    }
    columns.complaint_rule = JSON.stringify({ id: preset.id, stages });
  }
  if (change.holidays !== undefined) {
    if (!Array.isArray(change.holidays)) throw new ClockSettingsError('holidays', 'a list of days, YYYY-MM-DD');
    if (change.holidays.length > MAX_HOLIDAYS) {
      throw new ClockSettingsError('holidays', `at most ${MAX_HOLIDAYS} days`);
    }
    change.holidays.forEach((day, i) => {
      if (typeof day !== 'string' || !isCalendarDay(day)) {
        throw new ClockSettingsError(`holidays[${i}]`, `"${String(day)}" is not a day: write it as 2026-12-25`);
      }
    });
    columns.holidays = JSON.stringify([...new Set(change.holidays as string[])].sort());
  }
  return columns;
}
