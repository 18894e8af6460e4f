/**
 * The Results screen's filters as the address bar and the API write them (src/core/results-api.ts): one parser and
 * one writer, so a shared link shows the same view. Months are `YYYY-MM`; a month that is not one (a hand-edited
 * link) is dropped rather than sent on to be refused.
 */
import type { ResultsQuery } from '../../src/core/results-api.js';

export const RESULTS_KEYS = ['practice', 'from', 'to', 'location'] as const;
export type ResultsFilters = Pick<ResultsQuery, (typeof RESULTS_KEYS)[number]>;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function resultsQueryFrom(params: URLSearchParams): ResultsFilters {
  const query: ResultsFilters = {};
  for (const key of RESULTS_KEYS) {
    const value = params.get(key)?.trim();
    if (!value) continue;
    if ((key === 'from' || key === 'to') && !MONTH.test(value)) continue;
    query[key] = value;
  }
  return query;
}

/** The query string of the filters (and, for the API, `lang`), in a fixed order. */
export function resultsParams(query: ResultsQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of [...RESULTS_KEYS, 'lang'] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return params;
}
