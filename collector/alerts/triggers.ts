/**
 * When a rule fires (pure): on a stored submission (a new case; an overall answer at or below a level), on the
 * answers of a recent window (a share of negative answers), on a case's deadline, on a silent tablet. Each alert has
 * a key unique for its rule, so whichever process or catch-up sees the same thing first raises it, once. A submission
 * that looks sent by a program raises nothing.
 */
import type { AlertFacts, AlertKind, AlertRule } from '../../src/core/alerts-api.js';

/** The overall answers from best to worst; `dont-know` is none of them. */
const WORST_LAST = ['very-good', 'good', 'neither', 'poor', 'very-poor'];
/** The answers the Friends and Family Test counts as negative. */
export const NEGATIVE = new Set(['poor', 'very-poor']);

/** An alert a rule raises: its key (unique per rule), what it is about, and its facts. */
export interface Raised {
  key: string;
  practiceId: string;
  kind: AlertKind;
  facts: AlertFacts;
  submissionId?: string;
  tabletId?: string;
  at: string;
}

/** A stored submission as the triggers read it (no words). */
export interface ArrivedSubmission {
  id: string;
  kind: string;
  practiceId: string;
  receivedAt: string;
  rating: string | null;
  reference: string | null;
  location: string | null;
  automation: string | null;
}

export function watches(rule: Pick<AlertRule, 'practiceId' | 'enabled'>, practiceId: string): boolean {
  return rule.enabled && (rule.practiceId === null || rule.practiceId === practiceId);
}

/** The alert a submission raises under a new-case or low-rating rule, if any. */
export function onSubmission(rule: AlertRule, s: ArrivedSubmission): Raised | undefined {
  if (!watches(rule, s.practiceId) || s.automation) return undefined;
  const facts: AlertFacts = { rating: s.rating, reference: s.reference, location: s.location };
  const raised = { practiceId: s.practiceId, kind: rule.kind, facts, submissionId: s.id, at: s.receivedAt };
  if (rule.kind === 'new-case' && s.kind === 'what-went-wrong') return { ...raised, key: `case:${s.id}` };
  if (rule.kind === 'low-rating' && s.rating) {
    const rank = WORST_LAST.indexOf(s.rating);
    const level = WORST_LAST.indexOf(rule.settings.atOrBelow ?? 'poor');
    if (rank >= 0 && rank >= level) return { ...raised, key: `submission:${s.id}` };
  }
  return undefined;
}

/**
 * The negative-share alert for one practice, from the overall answers of its last `windowMinutes` up to `at`: more
 * than `percent` % negative among at least `minimumAnswers`. Keyed by the window's start, so one burst of unhappy
 * answers raises one alert, and the next window may raise the next.
 */
export function onShare(
  rule: AlertRule,
  practiceId: string,
  ratings: readonly string[],
  at: Date,
  lastRaisedAt: string | undefined,
): Raised | undefined {
  if (rule.kind !== 'negative-share' || !watches(rule, practiceId)) return undefined;
  const { percent = 50, windowMinutes = 15, minimumAnswers = 4 } = rule.settings;
  const negative = ratings.filter((r) => NEGATIVE.has(r)).length;
  if (ratings.length < minimumAnswers || negative * 100 <= percent * ratings.length) return undefined;
  // One alert per window: not again until a whole window has passed since the last.
  if (lastRaisedAt && at.getTime() - Date.parse(lastRaisedAt) < windowMinutes * 60_000) return undefined;
  return {
    key: `share:${practiceId}:${at.toISOString().slice(0, 16)}`,
    practiceId,
    kind: 'negative-share',
    facts: { negative, answers: ratings.length, windowMinutes },
    at: at.toISOString(),
  };
}

/** A case whose next deadline is within `hoursBefore` (or passed without an alert): one alert per deadline. */
export function onDeadline(
  rule: AlertRule,
  c: { id: string; practiceId: string; dueAt: string; reference: string | null; location: string | null },
  now: Date,
): Raised | undefined {
  if (rule.kind !== 'deadline-near' || !watches(rule, c.practiceId)) return undefined;
  const hours = rule.settings.hoursBefore ?? 4;
  if (Date.parse(c.dueAt) - now.getTime() > hours * 3600_000) return undefined;
  return {
    key: `deadline:${c.id}:${c.dueAt}`,
    practiceId: c.practiceId,
    kind: 'deadline-near',
    facts: { dueAt: c.dueAt, reference: c.reference, location: c.location },
    submissionId: c.id,
    at: now.toISOString(),
  };
}

/** A tablet silent for `silentMinutes` while its practice is open: one alert per silence (its last report). */
export function onSilentTablet(
  rule: AlertRule,
  t: { id: string; practiceId: string; name: string; location: string | null; lastSeenAt: string | null },
  now: Date,
): Raised | undefined {
  if (rule.kind !== 'tablet-silent' || !watches(rule, t.practiceId)) return undefined;
  const minutes = rule.settings.silentMinutes ?? 10;
  if (t.lastSeenAt && now.getTime() - Date.parse(t.lastSeenAt) < minutes * 60_000) return undefined;
  return {
    key: `silent:${t.id}:${t.lastSeenAt ?? 'never'}`,
    practiceId: t.practiceId,
    kind: 'tablet-silent',
    facts: { tabletName: t.name, location: t.location, lastSeenAt: t.lastSeenAt },
    tabletId: t.id,
    at: now.toISOString(),
  };
}
