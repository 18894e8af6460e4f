/**
 * The console's words for the API's codes: a case's status and outcome, the channel, why a submission looks
 * automated. One place, so the inbox, the case panel and its history never word a status two ways.
 */
import type { CaseOutcome, CaseStatus } from '../../src/core/staff-api.js';
import { fill, type StaffStrings } from '../i18n/index.js';

export function statusWords(status: CaseStatus, t: StaffStrings): string {
  const words: Record<CaseStatus, string> = {
    new: t.statusNew,
    seen: t.statusSeen,
    contacted: t.statusContacted,
    resolved: t.statusResolved,
    reopened: t.statusReopened,
  };
  return words[status];
}

export function outcomeWords(outcome: CaseOutcome, t: StaffStrings): string {
  const words: Record<CaseOutcome, string> = {
    upheld: t.outcomeUpheld,
    'partly-upheld': t.outcomePartlyUpheld,
    'not-upheld': t.outcomeNotUpheld,
  };
  return words[outcome];
}

/** The words of a value the API may grow (a status or outcome a later collector adds): shown as it came. */
export function anyStatusWords(value: string, t: StaffStrings): string {
  const known = ['new', 'seen', 'contacted', 'resolved', 'reopened'];
  return known.includes(value) ? statusWords(value as CaseStatus, t) : value;
}

export function anyOutcomeWords(value: string, t: StaffStrings): string {
  const known = ['upheld', 'partly-upheld', 'not-upheld'];
  return known.includes(value) ? outcomeWords(value as CaseOutcome, t) : value;
}

export function channelWords(channel: string, t: StaffStrings): string {
  if (channel === 'kiosk') return t.channelKiosk;
  if (channel === 'embed') return t.channelEmbed;
  return channel;
}

export function kindWords(kind: string, t: StaffStrings): string {
  if (kind === 'first-impression') return t.kindFirstImpression;
  if (kind === 'what-went-wrong') return t.kindWhatWentWrong;
  return kind;
}

/** "Looks automated: sent faster than a person can answer. Not counted in results." */
export function automatedWords(sign: string, t: StaffStrings): string {
  const why: Record<string, string> = { 'hidden-field': t.automatedHiddenField, 'too-fast': t.automatedTooFast };
  return fill(t.looksAutomated, why[sign] ?? sign);
}
