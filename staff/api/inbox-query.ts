/**
 * The inbox's filters as an address bar and the API write them: one parser and one writer, so the URL a person
 * shares, the API request and the export links can never name a filter differently. Empty values are left out; a
 * value the console does not know (a kind or status misspelt in a hand-edited link) is dropped, not sent on.
 */
import { CASE_STATUSES, type CaseStatus, type InboxQuery } from '../../src/core/staff-api.js';

/** The filters a person sets, in the order the form shows them (and the URL lists them). */
export const FILTER_KEYS = ['from', 'to', 'kind', 'practice', 'location', 'rating', 'category', 'status', 'q'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type InboxFilters = Pick<InboxQuery, FilterKey>;

export const KINDS = ['first-impression', 'what-went-wrong'] as const;

const isKind = (v: string): v is NonNullable<InboxQuery['kind']> => (KINDS as readonly string[]).includes(v);
const isStatus = (v: string): v is CaseStatus => (CASE_STATUSES as readonly string[]).includes(v);

/** The filters a query string holds (`after` and `lang` are the API's, never the address bar's). */
export function inboxQueryFrom(params: URLSearchParams): InboxFilters {
  const query: InboxFilters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if (key === 'kind') {
      if (isKind(value)) query.kind = value;
    } else if (key === 'status') {
      if (isStatus(value)) query.status = value;
    } else {
      query[key] = value;
    }
  }
  return query;
}

/**
 * The query string of filters (and, for the API, how a screen asks — `due`, `order` — then `after` and `lang`), in a
 * fixed order. `due` and `order` are the Cases screen's own ways of asking, not filters a person sets.
 */
export function inboxParams(query: InboxQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of [...FILTER_KEYS, 'due', 'order', 'after', 'lang'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}

/** Only the filters: what the address bar shows for the same query. */
export function filtersOf(query: InboxQuery): InboxFilters {
  return inboxQueryFrom(inboxParams(query));
}

export function sameFilters(a: InboxQuery, b: InboxQuery): boolean {
  return inboxParams(filtersOf(a)).toString() === inboxParams(filtersOf(b)).toString();
}
