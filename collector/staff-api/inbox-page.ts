/**
 * One page of the staff inbox (GET /api/staff/inbox): newest first, the filters of `InboxQuery`, and `next` to page
 * on through any number of rows. SQL narrows by everything a column or an index can answer (store/inbox-rows.ts);
 * a day in the practice's time zone, and words inside the patient's own answers (never a field name: "overall" does
 * not find every survey), are checked on each row read. A page reads at most MAX_SCAN rows: when a rare match is
 * far back, the page comes back short with `next`, and "Show more" goes on from there.
 */
import type { FindSurvey } from '../../src/core/submission-check.js';
import { INBOX_PAGE_SIZE, type InboxPage, type InboxQuery, type StaffLanguage } from '../../src/core/staff-api.js';
import { dayOf } from '../export-filter.js';
import { matchedBy, patientQuery, searchPatterns, type PatientQuery } from '../patient-data/patient-search.js';
import type { Practice } from '../practices/practices.js';
import type { SubmissionStore } from '../store/index.js';
import { NO_DUE, type InboxCursor, type InboxRow, type InboxRowsQuery } from '../store/inbox-rows.js';
import { endOfDay, localDay } from '../cases/working-days.js';
import { caseOf, inboxItem } from './inbox-item.js';

/** Rows read per query when rows are checked one by one, and at most per page. */
const CHUNK = 200;
const MAX_SCAN = 20_000;
/** The furthest a time zone is from UTC: a day's rows lie within these hours of its UTC day. */
const ZONE_SLACK_MS = 14 * 3_600_000;
const DAY_MS = 86_400_000;

export interface InboxContext {
  store: Pick<SubmissionStore, 'inboxRows' | 'caseClocks'>;
  /** The practices the person sees, narrowed to the one asked for. */
  practices: readonly Practice[];
  /** The same as a store limit: undefined for every practice. */
  limit: readonly string[] | undefined;
  known: FindSurvey;
  lang: StaffLanguage;
}

/** The arrival window in UTC that holds the days asked for in any time zone. */
function window(query: InboxQuery): Pick<InboxRowsQuery, 'receivedFrom' | 'receivedBefore'> {
  const from = query.from ? new Date(Date.parse(`${query.from}T00:00:00Z`) - ZONE_SLACK_MS).toISOString() : undefined;
  const to = query.to
    ? new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS + ZONE_SLACK_MS).toISOString()
    : undefined;
  return { receivedFrom: from, receivedBefore: to };
}

/** `after` as the page before gave it: `<seq>` newest first, `<due>_<seq>` by deadline. */
export function readCursor(after: string | undefined): InboxCursor | undefined {
  if (after === undefined) return undefined;
  const [first, second] = after.split('_');
  return second === undefined ? { seq: Number(first) } : { seq: Number(second), due: first! };
}

const writeCursor = (row: InboxRow, order: InboxQuery['order']) =>
  order === 'due' ? `${row.due ?? NO_DUE}_${row.seq}` : String(row.seq);

/** The latest end of today among the practices' zones: a case due before it may be due now. */
function endOfTodays(practices: readonly Practice[], now: number): string {
  const ends = practices.map((p) => endOfDay(localDay(now, p.timeZone), p.timeZone));
  return new Date(Math.max(now, ...ends)).toISOString();
}

export async function inboxPage(query: InboxQuery, ctx: InboxContext, now = Date.now()): Promise<InboxPage> {
  const zones = new Map(ctx.practices.map((p) => [p.id, p.timeZone]));
  const byId = new Map(ctx.practices.map((p) => [p.id, p]));
  const search: PatientQuery | undefined = query.q ? patientQuery(query.q) : undefined;
  const page: InboxPage = { items: [] };
  if (query.q !== undefined && !search) return page;
  if (search) page.searchedFor = search.reference ? { reference: search.reference } : { words: search.text };
  const exact = (row: InboxRow) => {
    const s = row.submission;
    if (query.from || query.to) {
      const day = dayOf(s.receivedAt, zones.get(s.practiceId) ?? 'UTC');
      if (!day || (query.from && day < query.from) || (query.to && day > query.to)) return false;
    }
    if (query.due === 'now') {
      const due = row.case && caseOf(row, byId.get(s.practiceId), now).due;
      if (!due || due.state === 'later') return false;
    }
    return !search || matchedBy(s, search) !== undefined;
  };
  const checked = Boolean(query.from || query.to || search || query.due);
  if (query.due || query.order === 'due') {
    // Cases nobody has touched get their row and deadline first, so SQL can sort and filter by it.
    await ctx.store.caseClocks.open(new Map(ctx.practices.map((p) => [p.id, p.clocks])), now);
  }
  const filter: InboxRowsQuery = {
    practices: ctx.limit,
    kind: query.kind,
    location: query.location,
    status: query.status,
    rating: query.rating,
    category: query.category,
    ...window(query),
    likeAny: search ? searchPatterns(search) : undefined,
    dueBefore: query.due === 'now' ? endOfTodays(ctx.practices, now) : undefined,
    order: query.order,
    limit: checked ? CHUNK : INBOX_PAGE_SIZE + 1,
  };
  if (query.from || query.to) {
    filter.seqRange = await ctx.store.inboxRows.arrivalRange(filter.receivedFrom, filter.receivedBefore);
    if (!filter.seqRange) return page;
  }
  let after = readCursor(query.after);
  let last: InboxRow | undefined;
  const found: InboxRow[] = [];
  for (let scanned = 0; found.length <= INBOX_PAGE_SIZE;) {
    const rows = await ctx.store.inboxRows.read({ ...filter, after });
    for (const row of rows) {
      last = row;
      after = { seq: row.seq, ...(row.due !== undefined ? { due: row.due } : {}) };
      if (exact(row) && found.push(row) > INBOX_PAGE_SIZE) break;
    }
    scanned += rows.length;
    if (rows.length < filter.limit) break;
    if (scanned >= MAX_SCAN && found.length <= INBOX_PAGE_SIZE) {
      // Far enough for one answer: say where to go on from, rather than keep the person waiting.
      page.next = writeCursor(last!, query.order);
      break;
    }
  }
  const shown = found.slice(0, INBOX_PAGE_SIZE);
  if (found.length > INBOX_PAGE_SIZE) page.next = writeCursor(shown.at(-1)!, query.order);
  page.items = shown.map((row) => inboxItem(row, byId.get(row.submission.practiceId), ctx.known, ctx.lang));
  return page;
}
