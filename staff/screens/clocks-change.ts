/**
 * The Deadlines and holidays form read as a `ClockSettingsChange`: only what differs from the practice's settings
 * as loaded, so the audit trail records what an admin changed and nothing else. Fields are named by the API's own
 * paths (`promiseDays`, `stages[1].respondDays`, `holidays`), so a refusal naming a path finds its field.
 */
import type { ClockSettings, ClockSettingsChange, ComplaintRuleId, ComplaintStage } from '../../src/core/staff-api.js';

/** A control's id for an API path: `stages[1].respondDays` → `k-stages-1-respondDays`; `holidays[2]` → `k-holidays`. */
export function fieldId(path: string): string {
  const stage = /^stages\[(\d+)\]\.(acknowledgeDays|respondDays)/.exec(path);
  if (stage) return `k-stages-${stage[1]}-${stage[2]}`;
  const top = /^(promiseDays|ruleId|holidays|stages)/.exec(path)?.[1];
  return top === 'stages' ? 'k-ruleId' : top ? `k-${top}` : '';
}

/** The stages a rule starts from: the practice's own when it is the rule in force, else the preset's. */
export function stagesOf(settings: ClockSettings, ruleId: ComplaintRuleId): ComplaintStage[] {
  if (ruleId === settings.rule.id) return settings.rule.stages;
  return settings.presets.find((p) => p.id === ruleId)?.stages ?? [];
}

/** A number field: empty is null; anything but a whole number of days is the label of the field, to be named. */
function days(input: HTMLInputElement): number | null | { wrong: string } {
  const value = input.value.trim();
  if (input.validity.badInput || (value && !/^\d+$/.test(value))) {
    return { wrong: input.labels?.[0]?.textContent?.trim() ?? input.name };
  }
  return value ? Number(value) : null;
}

const sameStages = (a: readonly ComplaintStage[], b: readonly ComplaintStage[]) =>
  a.length === b.length &&
  a.every((s, i) => s.acknowledgeDays === b[i]!.acknowledgeDays && s.respondDays === b[i]!.respondDays);

/** The change the form holds, or the field that is not a whole number of days (its label and its id). */
export function clocksChange(
  form: HTMLFormElement,
  settings: ClockSettings,
  ruleId: ComplaintRuleId,
): ClockSettingsChange | { wrong: string; id: string } {
  const input = (id: string) => form.querySelector<HTMLInputElement>(`#${id}`)!;
  const change: ClockSettingsChange = {};

  const promise = days(input('k-promiseDays'));
  if (promise !== null && typeof promise === 'object') return { ...promise, id: 'k-promiseDays' };
  if (promise !== settings.promiseDays) change.promiseDays = promise;

  if (ruleId !== settings.rule.id) change.ruleId = ruleId;
  const base = stagesOf(settings, ruleId);
  const stages: ComplaintStage[] = [];
  for (const [i, stage] of base.entries()) {
    const [ackId, respondId] = [`k-stages-${i}-acknowledgeDays`, `k-stages-${i}-respondDays`];
    const acknowledgeDays = days(input(ackId));
    if (acknowledgeDays !== null && typeof acknowledgeDays === 'object') return { ...acknowledgeDays, id: ackId };
    const respondDays = days(input(respondId));
    if (respondDays !== null && typeof respondDays === 'object') return { ...respondDays, id: respondId };
    stages.push({ name: stage.name, acknowledgeDays, respondDays });
  }
  if (!sameStages(stages, base)) change.stages = stages;

  const text = form.querySelector<HTMLTextAreaElement>('#k-holidays')!.value;
  const holidays = text
    .split(/[\n,;]+/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (holidays.join('\n') !== settings.holidays.join('\n')) change.holidays = holidays;
  return change;
}
