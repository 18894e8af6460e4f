/**
 * One submission as the staff console's detail view shows it (GET /api/staff/submissions/<id>): every answer under
 * its question in the words of its survey version; how the patient asked to be contacted, only when they agreed
 * to be; the survey it followed or the form that followed it; and for a case, its file (state and history).
 */
import type { FindSurvey } from '../../src/core/submission-check.js';
import type { AnswerView, StaffLanguage, SubmissionDetail } from '../../src/core/staff-api.js';
import type { Practice } from '../practices/practices.js';
import type { SubmissionStore } from '../store/index.js';
import type { InboxRow } from '../store/inbox-rows.js';
import { staffWords } from '../surveys/staff-words.js';
import { caseSummary, inboxItem, worded } from './inbox-item.js';
import { referenceOf } from '../submission-reference.js';
import { contactOf } from '../cases/contact.js';

export interface DetailContext {
  store: Pick<SubmissionStore, 'get' | 'followedBy' | 'caseFiles'>;
  practices: readonly Practice[];
  limit: readonly string[] | undefined;
  known: FindSurvey;
  lang: StaffLanguage;
}

export async function submissionDetail(id: string, ctx: DetailContext): Promise<SubmissionDetail | undefined> {
  const s = await ctx.store.get(id, ctx.limit);
  if (!s) return undefined;
  const caseDetail = s.kind === 'what-went-wrong' ? await ctx.store.caseFiles.read(id, ctx.limit) : undefined;
  const practice = ctx.practices.find((p) => p.id === s.practiceId);
  // The list's row of it (inbox-item.ts makes what the two share), its case's summary from the case file.
  const row: InboxRow = { seq: 0, submission: s };
  const words = staffWords(ctx.known, s.body, ctx.lang);
  const answers = (s.body.answers && typeof s.body.answers === 'object' ? s.body.answers : {}) as Record<
    string,
    unknown
  >;
  const views: AnswerView[] = Object.entries(answers)
    .filter(([question]) => question !== 'contact')
    .map(([question, value]) => ({ question, title: words.question(question), words: words.answer(question, value) }));
  const detail: SubmissionDetail = { ...inboxItem(row, practice, ctx.known, ctx.lang), answers: views };
  if (caseDetail) {
    detail.case = caseSummary(caseDetail);
    detail.caseDetail = caseDetail;
  }
  const contact = contactOf(s.body);
  if (contact) detail.contact = { ...contact, method: { value: contact.method, words: words.method(contact.method) } };
  const relatedTo = s.body.relatedTo;
  if (typeof relatedTo === 'string' && relatedTo) {
    const followed = await ctx.store.get(relatedTo, ctx.limit);
    if (followed) {
      const overall = (followed.body.answers as Record<string, unknown> | undefined)?.overall;
      const said = worded(staffWords(ctx.known, followed.body, ctx.lang), 'overall', overall);
      detail.followed = { id: followed.id, receivedAt: followed.receivedAt, ...(said ? { overall: said } : {}) };
    } else if (!(await ctx.store.get(relatedTo))) {
      // Not in the store at all: still on its way. One in a practice this person cannot see is not mentioned, neither
      // as there nor as on its way.
      detail.followedPending = true;
    }
  }
  if (s.kind === 'first-impression') {
    const next = (await ctx.store.followedBy(id, ctx.limit)).find((f) => f.kind === 'what-went-wrong');
    if (next) detail.followedBy = { id: next.id, reference: referenceOf(next) };
  }
  return detail;
}
