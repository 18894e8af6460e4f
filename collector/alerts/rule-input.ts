/**
 * An admin's alert rule or digest as sent to the API, checked (pure): an error names the field (`settings.percent`,
 * `emailTo[1]`) and what would be right, for `400 { error, path }`. Each kind's settings get their defaults here.
 */
import {
  ALERT_KINDS,
  DIGEST_FREQUENCIES,
  LOW_RATING_LEVELS,
  type AlertKind,
  type AlertRule,
  type AlertRuleSettings,
  type DigestSettings,
} from '../../src/core/alerts-api.js';
import { emailProblem, normalizeEmail } from '../accounts/email.js';

export class AlertInputError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
    this.name = 'AlertInputError';
  }
}

/** Each kind's settings when the admin leaves them out: the example for a negative share. */
export const DEFAULT_SETTINGS: Record<AlertKind, AlertRuleSettings> = {
  'new-case': {},
  'low-rating': { atOrBelow: 'poor' },
  'negative-share': { percent: 50, windowMinutes: 15, minimumAnswers: 4 },
  'deadline-near': { hoursBefore: 4 },
  'tablet-silent': { silentMinutes: 10 },
};

const NAME_LENGTH = 120;
const MAX_RECIPIENTS = 20;

function whole(raw: unknown, path: string, min: number, max: number, what: string): number {
  if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < min || raw > max) {
    throw new AlertInputError(`${path}: ${what}, a whole number from ${min} to ${max}.`, path);
  }
  return raw;
}

function settingsOf(kind: AlertKind, raw: unknown): AlertRuleSettings {
  if (raw !== undefined && (typeof raw !== 'object' || raw === null || Array.isArray(raw))) {
    throw new AlertInputError('settings: an object of the kind’s settings.', 'settings');
  }
  const given = { ...DEFAULT_SETTINGS[kind], ...(raw as Record<string, unknown> | undefined) };
  const at = (name: string) => `settings.${name}`;
  switch (kind) {
    case 'new-case':
      return {};
    case 'low-rating': {
      const level = given.atOrBelow as string;
      if (!(LOW_RATING_LEVELS as readonly string[]).includes(level)) {
        throw new AlertInputError(`${at('atOrBelow')}: one of ${LOW_RATING_LEVELS.join(', ')}.`, at('atOrBelow'));
      }
      return { atOrBelow: level as AlertRuleSettings['atOrBelow'] };
    }
    case 'negative-share':
      return {
        percent: whole(given.percent, at('percent'), 1, 99, 'the share of negative answers in %'),
        windowMinutes: whole(given.windowMinutes, at('windowMinutes'), 5, 24 * 60, 'the window in minutes'),
        minimumAnswers: whole(given.minimumAnswers, at('minimumAnswers'), 1, 1000, 'the fewest answers'),
      };
    case 'deadline-near':
      return { hoursBefore: whole(given.hoursBefore, at('hoursBefore'), 1, 72, 'hours before the deadline') };
    case 'tablet-silent':
      return { silentMinutes: whole(given.silentMinutes, at('silentMinutes'), 5, 240, 'minutes without a report') };
  }
}

/** Staff e-mail addresses, normalised and without repeats (whether each is an account is checked by the store). */
export function recipients(raw: unknown, path = 'emailTo'): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw) || raw.length > MAX_RECIPIENTS) {
    throw new AlertInputError(`${path}: a list of at most ${MAX_RECIPIENTS} staff e-mail addresses.`, path);
  }
  const out = raw.map((email, i) => {
    const problem = typeof email === 'string' ? emailProblem(email) : 'An email address is needed.';
    if (problem) throw new AlertInputError(`${path}[${i}]: ${problem}`, `${path}[${i}]`);
    return normalizeEmail(email as string);
  });
  return [...new Set(out)];
}

function flag(raw: unknown, path: string, fallback: boolean): boolean {
  if (raw === undefined) return fallback;
  if (typeof raw !== 'boolean') throw new AlertInputError(`${path}: true or false.`, path);
  return raw;
}

type RuleFields = Pick<
  AlertRule,
  'name' | 'kind' | 'practiceId' | 'settings' | 'emailTo' | 'webhook' | 'includeWords' | 'enabled'
>;

/** A whole rule from a new one (`was` undefined) or a change laid over the rule it changes. */
export function ruleInput(raw: unknown, was?: RuleFields): RuleFields {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AlertInputError('The body is a JSON object of the rule’s fields.', '');
  }
  const body = raw as Record<string, unknown>;
  const kind = body.kind ?? was?.kind;
  if (!(ALERT_KINDS as readonly unknown[]).includes(kind)) {
    throw new AlertInputError(`kind: one of ${ALERT_KINDS.join(', ')}.`, 'kind');
  }
  const name = body.name ?? was?.name;
  if (typeof name !== 'string' || name.trim() === '' || name.length > NAME_LENGTH) {
    throw new AlertInputError(`name: what staff will read, up to ${NAME_LENGTH} characters.`, 'name');
  }
  const practiceId = body.practiceId === undefined ? (was?.practiceId ?? null) : body.practiceId;
  if (practiceId !== null && (typeof practiceId !== 'string' || !/^[a-z0-9-]{1,100}$/.test(practiceId))) {
    throw new AlertInputError('practiceId: a practice id, or null for every practice.', 'practiceId');
  }
  const kindChanged = was !== undefined && kind !== was.kind;
  return {
    name: name.trim(),
    kind: kind as AlertKind,
    practiceId,
    settings: settingsOf(kind as AlertKind, body.settings ?? (kindChanged ? undefined : was?.settings)),
    emailTo: body.emailTo === undefined ? (was?.emailTo ?? []) : recipients(body.emailTo),
    webhook: flag(body.webhook, 'webhook', was?.webhook ?? false),
    includeWords: flag(body.includeWords, 'includeWords', was?.includeWords ?? false),
    enabled: flag(body.enabled, 'enabled', was?.enabled ?? true),
  };
}

/** A practice's digest settings, a change laid over what it had (or the defaults: off, 08:00, Monday). */
export function digestInput(raw: unknown, practiceId: string, was?: DigestSettings): DigestSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new AlertInputError('The body is a JSON object of the digest’s fields.', '');
  }
  const body = raw as Record<string, unknown>;
  const frequency = body.frequency ?? was?.frequency ?? 'off';
  if (!(DIGEST_FREQUENCIES as readonly unknown[]).includes(frequency)) {
    throw new AlertInputError(`frequency: one of ${DIGEST_FREQUENCIES.join(', ')}.`, 'frequency');
  }
  const time = body.time ?? was?.time ?? '08:00';
  if (typeof time !== 'string' || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time)) {
    throw new AlertInputError('time: the local time as HH:MM, e.g. 08:00.', 'time');
  }
  return {
    practiceId,
    frequency: frequency as DigestSettings['frequency'],
    time,
    weekday: whole(body.weekday ?? was?.weekday ?? 1, 'weekday', 1, 7, 'the day of a weekly digest, 1 Monday'),
    emailTo: body.emailTo === undefined ? (was?.emailTo ?? []) : recipients(body.emailTo),
  };
}
