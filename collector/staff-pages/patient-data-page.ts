/**
 * "A patient's data" (/staff/patient-data, admins only): when a patient asks what the practice holds about them,
 * or asks for it to be erased. Search by the reference they read out, the phone number or e-mail address they gave,
 * or words they wrote; tick the submissions that are theirs (those found by reference or contact detail come
 * ticked, those found only by words do not: the words may be someone else's); then download a copy for them, or
 * erase their words and contact details after a page that says exactly what will go and what stays. In the page's
 * language (`words`), the answers in their survey version's words in it where the survey has them.
 */
import type { FindSurvey } from '../../src/core/submission-check.js';
import { escapeHtml as h } from '../html.js';
import { referenceOf } from '../submission-reference.js';
import { staffWords } from '../surveys/staff-words.js';
import type { FoundSubmission, PatientSearch } from '../patient-data/patient-data.js';
import { staffTime as when } from '../staff-time.js';
import type { StoredSubmission } from '../store/index.js';
import { notice, page, type SignedInBar } from './page.js';
import type { PageWords } from './page-words.js';

/** "What went wrong RC-7KQ2-9F, received 22 Nov 2026, 10:15" — a submission named as staff say it. */
export function submissionName(s: StoredSubmission, w: PageWords): string {
  const t = w.patientData;
  const reference = s.kind === 'what-went-wrong' ? ` ${referenceOf(s)}` : '';
  const kind = (t.kinds as Record<string, string | undefined>)[s.kind] ?? s.kind;
  return t.received(`${kind}${reference}`, when(s.receivedAt));
}

/** A contact answer as the patient gave it; any other answer in the words of its survey version. */
function answerText(value: unknown, words: ReturnType<typeof staffWords>, question: string, w: PageWords): string {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const c = value as Record<string, unknown>;
    const text = (v: unknown) => (typeof v === 'string' ? v : '');
    const best = text(c.bestTime);
    const parts = [words.method(text(c.method)), text(c.value), best && w.patientData.bestTime(best)].filter(Boolean);
    return `${parts.join(', ')}${c.consent === true ? w.patientData.mayBeContacted : ''}`;
  }
  return words.answer(question, value);
}

function answersList(s: StoredSubmission, surveys: FindSurvey, w: PageWords): string {
  const answers = (s.body.answers ?? {}) as Record<string, unknown>;
  const words = staffWords(surveys, s.body, w.lang);
  const items = Object.entries(answers).map(
    ([key, value]) => `<dt>${h(words.question(key))}</dt><dd>${h(answerText(value, words, key, w))}</dd>`,
  );
  return items.length ? `<dl>${items.join('')}</dl>` : `<p>${h(w.patientData.noAnswers)}</p>`;
}

function foundItem(f: FoundSubmission, index: number, surveys: FindSurvey, w: PageWords): string {
  const t = w.patientData;
  const s = f.submission;
  const checked = f.matchedBy === 'reference' || f.matchedBy === 'contact' || f.matchedBy === 'id' ? ' checked' : '';
  const erased = s.erased ? `<p class="notice">${h(t.erased(s.erased))}</p>` : '';
  const followUp = f.followUp
    ? `<p>${h(t.followUp(t.statuses[f.followUp.status]))}${f.followUp.note ? h(t.note(f.followUp.note)) : ''}</p>`
    : '';
  return `<li class="found">
<input type="checkbox" name="ids" value="${h(s.id)}" id="found-${index}"${checked}>
<label for="found-${index}">${h(submissionName(s, w))}</label>
<p class="hint">${h(t.foundBy[f.matchedBy])}</p>
${erased}${answersList(s, surveys, w)}${followUp}
</li>`;
}

export function patientDataPage(view: {
  words: PageWords;
  bar: SignedInBar;
  typed: string;
  search: PatientSearch | undefined;
  /** The survey versions known (the registry): the answers are shown in their words. */
  surveys: FindSurvey;
  error?: string | undefined;
  info?: string | undefined;
}): string {
  const { search, words: w } = view;
  const t = w.patientData;
  const form = `<form method="get" action="/staff/patient-data" role="search" class="stack">
<label for="q">${h(t.searchLabel)}</label>
<input id="q" name="q" type="search" value="${h(view.typed)}" maxlength="200" required>
<button type="submit">${h(t.find)}</button>
</form>`;
  let results = '';
  if (search && view.typed) {
    if (!search.query) results = notice(t.tooShort, 'error');
    else if (search.found.length === 0) results = `<p role="status">${t.nothingFoundHtml(h(view.typed))}</p>`;
    else {
      const more = search.more ? notice(t.more) : '';
      results = `<h2 id="found-heading">${h(t.foundHeading(search.found.length))}</h2>
<p role="status">${h(t.foundStatus(search.found.length))}</p>${more}
<form method="post" action="/staff/patient-data/copy" aria-labelledby="found-heading">
<input type="hidden" name="_csrf" value="${h(view.bar.csrfToken)}">
<ul class="found-list">${search.found.map((f, i) => foundItem(f, i, view.surveys, w)).join('\n')}</ul>
<div class="actions">
<button type="submit">${h(t.download)}</button>
<button type="submit" formaction="/staff/patient-data/erase">${h(t.erase)}</button>
</div>
</form>`;
    }
  }
  return page(
    w,
    t.title,
    `<h1>${h(t.title)}</h1>
<p>${h(t.intro)}</p>
${notice(view.error, 'error')}${notice(view.info)}
${form}
${results}`,
    view.bar,
  );
}

/** The last step before erasing: what goes, what stays, and a button that does it. */
export function confirmErasurePage(view: {
  words: PageWords;
  bar: SignedInBar;
  submissions: StoredSubmission[];
}): string {
  const { words: w } = view;
  const t = w.erase;
  const ids = view.submissions.map((s) => `<input type="hidden" name="ids" value="${h(s.id)}">`).join('');
  const names = view.submissions.map((s) => `<li>${h(submissionName(s, w))}</li>`).join('');
  return page(
    w,
    t.title,
    `<h1>${h(t.heading)}</h1>
<p>${h(t.from(view.submissions.length))}</p>
<ul>${names}</ul>
<p>${t.goneHtml}</p>
<p>${t.keptHtml}</p>
<form method="post" action="/staff/patient-data/erase/confirm">
<input type="hidden" name="_csrf" value="${h(view.bar.csrfToken)}">${ids}
<div class="actions"><button type="submit">${h(t.button)}</button> <a href="/staff/patient-data">${h(t.cancel)}</a></div>
</form>`,
    view.bar,
  );
}
