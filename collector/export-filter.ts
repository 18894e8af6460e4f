/**
 * What an export holds (docs/collector.md): `kind`, `practice`, `location`, and `from` / `to` as dates (`YYYY-MM-DD`,
 * both inclusive) on when the patient sent it (`submittedAt`), read in each practice's own time zone, so "from
 * 2026-11-01" starts at that practice's midnight, not UTC's; and, like the staff inbox's, `rating` (the overall
 * answer), `category`, a case's `status`, and `q` (a reference as read out, or the patient's own words).
 */
import type { Submission } from '../src/core/definition.js';
import type { CaseStatus } from '../src/core/staff-api.js';
import { matchedBy, type PatientQuery } from './patient-data/patient-search.js';

export interface ExportFilter {
  kind?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  /** One practice's id. */
  practice?: string | undefined;
  /** One location, as the submissions name it. */
  location?: string | undefined;
  rating?: string | undefined;
  category?: string | undefined;
  status?: CaseStatus | undefined;
  q?: string | undefined;
}

/**
 * Whether a stored submission's answers (and its case, when `status` is asked) are what the filter asks for.
 * `search`: `q` as read (patientQuery); `statusOf`: a case's status by submission id (absent: new).
 */
export function matchesAnswers(
  stored: { id: string; kind: string; body: Record<string, unknown> },
  filter: ExportFilter,
  search: PatientQuery | undefined,
  statusOf: ReadonlyMap<string, CaseStatus>,
): boolean {
  const answers = (stored.body.answers ?? {}) as Record<string, unknown>;
  if (filter.rating !== undefined && answers.overall !== filter.rating) return false;
  if (filter.category !== undefined) {
    const chosen = answers.categories;
    if (!Array.isArray(chosen) || !chosen.includes(filter.category)) return false;
  }
  if (filter.status !== undefined) {
    if (stored.kind !== 'what-went-wrong' || (statusOf.get(stored.id) ?? 'new') !== filter.status) return false;
  }
  return search === undefined || matchedBy(stored, search) !== undefined;
}

/** A calendar date as the query parameters write it. */
export const DATE_PATTERN = '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$';

const days = new Map<string, Intl.DateTimeFormat>();

function dayClock(timeZone: string | undefined): Intl.DateTimeFormat {
  const key = timeZone ?? '';
  let clock = days.get(key);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-CA', {
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      ...(timeZone ? { timeZone } : {}),
    });
    days.set(key, clock);
  }
  return clock;
}

/** The calendar day of an ISO time in a time zone (this computer's when none): `2026-11-22`; undefined if no time. */
export function dayOf(iso: unknown, timeZone?: string): string | undefined {
  const time = typeof iso === 'string' ? Date.parse(iso) : NaN;
  return Number.isNaN(time) ? undefined : dayClock(timeZone).format(time);
}

export function matchesDates(
  submission: Pick<Submission, 'submittedAt'>,
  filter: ExportFilter,
  timeZone?: string,
): boolean {
  if (!filter.from && !filter.to) return true;
  const day = dayOf(submission.submittedAt, timeZone);
  if (day === undefined) return false;
  return (!filter.from || day >= filter.from) && (!filter.to || day <= filter.to);
}
