/**
 * What an export holds (docs/collector.md): `kind`, and `from` / `to` as dates (`YYYY-MM-DD`, both inclusive) on
 * when the patient sent it (`submittedAt`), read in the practice's own clock — the collector runs on the practice's
 * computer, or TZ says where it is — so "from 2026-11-01" starts at the practice's midnight, not UTC's.
 */
import type { Submission } from '../src/core/definition.js';

export interface ExportFilter {
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** A calendar date as the query parameters write it. */
export const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

const localDay = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' });

/** The practice's calendar day of an ISO time (`2026-11-22`), or undefined when it names no time. */
export function dayOf(iso: unknown): string | undefined {
  const time = typeof iso === 'string' ? Date.parse(iso) : NaN;
  return Number.isNaN(time) ? undefined : localDay.format(time);
}

export function matchesDates(submission: Pick<Submission, 'submittedAt'>, filter: ExportFilter): boolean {
  if (!filter.from && !filter.to) return true;
  const day = dayOf(submission.submittedAt);
  if (day === undefined) return false;
  return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
}
