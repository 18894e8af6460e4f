/**
 * The inbox's filters in words ("Kind: What went wrong; From: 2026-11-01"), for the Exports screen, which says what
 * its files are narrowed by.
 */
import type { CaseStatus, InboxQuery, Me, StaffLanguage } from '../../src/core/staff-api.js';
import type { FilterKey } from '../api/inbox-query.js';
import type { StaffStrings } from '../i18n/index.js';
import { categoryChoices, ratingChoices } from './survey-options.js';
import { kindWords, statusWords } from './words.js';

export function filterLabel(key: FilterKey, t: StaffStrings): string {
  const labels: Record<FilterKey, string> = {
    from: t.from,
    to: t.to,
    kind: t.kind,
    practice: t.practice,
    location: t.location,
    rating: t.overall,
    category: t.category,
    status: t.caseStatus,
    q: t.search,
  };
  return labels[key];
}

export function filterValueWords(
  key: FilterKey,
  value: string,
  { t, lang, me }: { t: StaffStrings; lang: StaffLanguage; me: Me },
): string {
  const from = (choices: [string, string][]) => choices.find(([v]) => v === value)?.[1] ?? value;
  switch (key) {
    case 'kind':
      return kindWords(value, t);
    case 'practice':
      return me.practices.find((p) => p.id === value)?.name ?? value;
    case 'rating':
      return from(ratingChoices(lang));
    case 'category':
      return from(categoryChoices(lang));
    case 'status':
      return statusWords(value as CaseStatus, t);
    default:
      return value;
  }
}

/** "Kind: What went wrong; From: 2026-11-01" for the given keys of a query that are set. */
export function filtersInWords(
  query: InboxQuery,
  keys: readonly FilterKey[],
  context: { t: StaffStrings; lang: StaffLanguage; me: Me },
): string {
  return keys
    .filter((key) => query[key])
    .map((key) => `${filterLabel(key, context.t)}: ${filterValueWords(key, query[key]!, context)}`)
    .join('; ');
}
