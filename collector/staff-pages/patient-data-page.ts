/**
 * "A patient's data" (/staff/patient-data, admins only): when a patient asks what the practice holds about them,
 * or asks for it to be erased. Search by the reference they read out, the phone number or e-mail address they gave,
 * or words they wrote; tick the submissions that are theirs (those found by reference or contact detail come
 * ticked, those found only by words do not: the words may be someone else's); then download a copy for them, or
 * erase their words and contact details after a page that says exactly what will go and what stays.
 */
import type { FindSurvey } from '../../src/core/submission-check.js';
import { STATUS_WORDS } from '../follow-up.js';
import { escapeHtml as h } from '../html.js';
import { referenceOf } from '../submission-reference.js';
import { staffWords } from '../surveys/staff-words.js';
import { erasedWords } from '../patient-data/erasure-words.js';
import type { FoundSubmission, PatientSearch } from '../patient-data/patient-data.js';
import { staffTime as when } from '../staff-time.js';
import type { StoredSubmission } from '../store/index.js';
import { notice, page, type SignedInBar } from './page.js';

const KIND_WORDS: Record<string, string> = {
  'first-impression': 'First impression survey',
  'what-went-wrong': 'What went wrong',
};

const MATCHED_WORDS: Record<FoundSubmission['matchedBy'], string> = {
  reference: 'their reference',
  id: 'its id',
  contact: 'their contact details',
  words: 'words in their answers',
  related: 'linked to a submission above',
};

/** "What went wrong RC-7KQ2-9F, received 22 Nov 2026, 10:15" — a submission named as staff say it. */
export function submissionName(s: StoredSubmission): string {
  const reference = s.kind === 'what-went-wrong' ? ` ${referenceOf(s)}` : '';
  return `${KIND_WORDS[s.kind] ?? s.kind}${reference}, received ${when(s.receivedAt)}`;
}

/** A contact answer as the patient gave it; any other answer in the words of its survey version. */
function answerText(value: unknown, words: ReturnType<typeof staffWords>, question: string): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const c = value as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const best = text(c.bestTime);
    const parts = [words.method(text(c.method)), text(c.value), best && `best time: ${best}`].filter(Boolean);
    return `${parts.join(', ')}${c.consent === true ? ' (may be contacted)' : ''}`;
  }
  return words.answer(question, value);
}

function answersList(s: StoredSubmission, surveys: FindSurvey): string {
  const answers = (s.body.answers ?? {}) as Record<string, unknown>;
  const words = staffWords(surveys, s.body);
  const items = Object.entries(answers).map(
    ([key, value]) => `<dt>${h(words.question(key))}</dt><dd>${h(answerText(value, words, key))}</dd>`,
  );
  return items.length ? `<dl>${items.join('')}</dl>` : '<p>No answers kept.</p>';
}

function foundItem(f: FoundSubmission, index: number, surveys: FindSurvey): string {
  const s = f.submission;
  const checked = f.matchedBy === 'reference' || f.matchedBy === 'contact' || f.matchedBy === 'id' ? ' checked' : '';
  const erased = s.erased ? `<p class="notice">${h(erasedWords(s.erased))}</p>` : '';
  const followUp = f.followUp
    ? `<p>Follow-up: ${h(STATUS_WORDS[f.followUp.status])}${f.followUp.note ? `. Note: ${h(f.followUp.note)}` : ''}</p>`
    : '';
  return `<li class="found">
<input type="checkbox" name="ids" value="${h(s.id)}" id="found-${index}"${checked}>
<label for="found-${index}">${h(submissionName(s))}</label>
<p class="hint">Found by ${h(MATCHED_WORDS[f.matchedBy])}.</p>
${erased}${answersList(s, surveys)}${followUp}
</li>`;
}

export function patientDataPage(view: {
  bar: SignedInBar;
  typed: string;
  search: PatientSearch | undefined;
  /** The survey versions known (the registry): the answers are shown in their words. */
  surveys: FindSurvey;
  error?: string | undefined;
  info?: string | undefined;
}): string {
  const { search } = view;
  const form = `<form method="get" action="/staff/patient-data" role="search" class="stack">
<label for="q">Reference, phone number, e-mail address or words</label>
<input id="q" name="q" type="search" value="${h(view.typed)}" maxlength="200" required>
<button type="submit">Find</button>
</form>`;
  let results = '';
  if (search && view.typed) {
    if (!search.query)
      results = notice('Type at least three characters, a reference, a phone number or an e-mail.', 'error');
    else if (search.found.length === 0) results = `<p role="status">Nothing found for “${h(view.typed)}”.</p>`;
    else {
      const more = search.more ? notice('More may match: type more of it to narrow the search.') : '';
      results = `<h2 id="found-heading">Found (${search.found.length})</h2>
<p role="status">${search.found.length} submission(s) found. Tick the ones that are this patient's.</p>${more}
<form method="post" action="/staff/patient-data/copy" aria-labelledby="found-heading">
<input type="hidden" name="_csrf" value="${h(view.bar.csrfToken)}">
<ul class="found-list">${search.found.map((f, i) => foundItem(f, i, view.surveys)).join('\n')}</ul>
<div class="actions">
<button type="submit">Download a copy for the patient</button>
<button type="submit" formaction="/staff/patient-data/erase">Erase their words and contact details…</button>
</div>
</form>`;
    }
  }
  return page(
    "A patient's data",
    `<h1>A patient's data</h1>
<p>When a patient asks what the practice holds about them, or asks for it to be erased. Searches, copies and
erasures are written to the audit trail.</p>
${notice(view.error, 'error')}${notice(view.info)}
${form}
${results}`,
    view.bar,
  );
}

/** The last step before erasing: what goes, what stays, and a button that does it. */
export function confirmErasurePage(view: { bar: SignedInBar; submissions: StoredSubmission[] }): string {
  const ids = view.submissions.map((s) => `<input type="hidden" name="ids" value="${h(s.id)}">`).join('');
  const names = view.submissions.map((s) => `<li>${h(submissionName(s))}</li>`).join('');
  return page(
    'Erase a patient’s words',
    `<h1>Erase a patient’s words and contact details?</h1>
<p>From these ${view.submissions.length} submission(s):</p>
<ul>${names}</ul>
<p><strong>Erased for good:</strong> everything the patient wrote, their phone number or e-mail address and best
time to call, and the staff notes on these cases — in the database and in the copies the collector made before
upgrades. This cannot be undone.</p>
<p><strong>Kept:</strong> the answers they chose (ratings, categories, yes or no), so the practice's results still
add up; the dates, practice and location; the reference; the case's status; and the audit trail's record of who
erased it.</p>
<form method="post" action="/staff/patient-data/erase/confirm">
<input type="hidden" name="_csrf" value="${h(view.bar.csrfToken)}">${ids}
<div class="actions"><button type="submit">Erase for good</button> <a href="/staff/patient-data">Cancel</a></div>
</form>`,
    view.bar,
  );
}
