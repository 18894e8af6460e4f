/**
 * The staff inbox at /staff/: what came in, "what went wrong" cases first so someone follows them up, and the
 * exports. Server-rendered; its only script is the idle timer every signed-in staff page loads (idle-script.ts);
 * every patient string goes through `escapeHtml`, so markup a patient typed is shown as text. Contact details
 * appear only when the patient consented to be contacted.
 */
import { automationWords } from './automation-words.js';
import { escapeHtml as h, plainText } from './html.js';
import { LATEST, referenceOf, type CaseView, type Inbox } from './inbox-data.js';
import { erasedWords } from './patient-data/erasure-words.js';
import { followUpBlock } from './staff-case-form.js';
import { staffTime as when } from './staff-time.js';
import { idleParts, staffBar, type SignedInBar } from './staff-pages/page.js';
import { rollupTable } from './staff-pages/practices-rollup.js';
import type { StoredSubmission } from './store/index.js';
import type { SurveyWords } from '../src/core/answer-words.js';
import type { OwnSurveyResult } from './results/survey-results.js';

/** The overall answer in the words of the submission's own survey version ("Very good", "9"). */
const overallWords = (s: StoredSubmission, words: WordsOf): string | undefined => {
  const overall = (s.body.answers as Record<string, unknown> | undefined)?.overall;
  return overall === undefined ? undefined : words(s).answer('overall', overall);
};

const COLUMNS = ['Received', 'Overall', 'Where', 'Channel', 'Other answers']
  .map((name) => `<th scope="col">${name}</th>`)
  .join('');

function field(label: string, value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  return `<dt>${h(label)}</dt><dd>${h(value)}</dd>`;
}

function contactLine(contact: unknown, words: SurveyWords): string {
  if (!contact || typeof contact !== 'object') return field('Contact', 'Not given');
  const c = contact as Record<string, unknown>;
  if (c.method === 'none' || c.consent !== true)
    return field('Contact', 'Do not contact (not requested or no consent)');
  const how = words.method(plainText(c.method));
  const best = c.bestTime ? ` (best time: ${plainText(c.bestTime)})` : '';
  return field('Contact', `${how}: ${plainText(c.value)}${best}`);
}

/**
 * The survey a case followed, in words staff can use ("Very poor overall, 2026-11-22 12:40 CET, waiting-room-tablet"),
 * not its id. A survey that never arrived (still queued on the device) keeps the id, so it can be matched later.
 */
function followedSurvey(relatedTo: unknown, survey: StoredSubmission | undefined, at: Clock, wordsOf: WordsOf): string {
  if (typeof relatedTo !== 'string' || !relatedTo) return '';
  if (!survey) return field('After the survey', `${relatedTo} (not received yet)`);
  const words = overallWords(survey, wordsOf);
  const parts = [words ? `${words} overall` : 'Survey', at(survey.receivedAt), survey.body.location].filter(Boolean);
  return field('After the survey', parts.join(', '));
}

/** Whose it is: the practice's own name when the person sees several, else what the page sent. */
function practiceOf(s: StoredSubmission, names: Map<string, string>): unknown {
  return names.size > 1 ? (names.get(s.practiceId) ?? s.practiceId) : s.body.practice;
}

/** A location the practice does not list: kept and shown, flagged so staff can add it or find the tablet. */
function locationOf(s: StoredSubmission): string {
  const where = h(s.body.location);
  return s.unknownLocation ? `${where} <span class="unknown-location">(not a listed location)</span>` : where;
}

type Clock = (iso: string) => string;
type Practices = Pick<Inbox, 'practiceNames' | 'practiceZones' | 'words'>;
type WordsOf = Inbox['words'];

/** Times of a submission in its practice's time zone. */
function clockOf(s: StoredSubmission, practices: Practices): Clock {
  const zone = practices.practiceZones.get(s.practiceId);
  return (iso) => when(iso, zone);
}

function recoveryCase(
  { submission: s, followUp, followed }: CaseView,
  csrfToken: string,
  practices: Practices,
): string {
  const at = clockOf(s, practices);
  const b = s.body;
  const a = (b.answers ?? {}) as Record<string, unknown>;
  const words = practices.words(s);
  const categories = a.categories === undefined ? undefined : words.answer('categories', a.categories);
  const reference = referenceOf(s);
  const flagged = s.automation ? ' looks-automated' : '';
  return `<article class="case${flagged}" id="case-${h(s.id)}">
  <h3>${h(reference)} <span class="when">${h(at(s.receivedAt))}</span></h3>
  ${automationNote(s)}${erasedNote(s)}
  <dl>
    ${field('About', categories)}
    ${field('In their words', a.details)}
    ${field('What would make it right', a.remedy)}
    ${contactLine(a.contact, words)}
    ${field('Practice', practiceOf(s, practices.practiceNames))}
    ${s.body.location ? `<dt>Where</dt><dd>${locationOf(s)}</dd>` : ''}
    ${followedSurvey(b.relatedTo, followed, at, practices.words)}
  </dl>
  ${followUpBlock(s.id, reference, followUp, at, csrfToken)}
</article>`;
}

/** What staff read on a submission whose words were erased: the choices stay, the words are gone. */
function erasedNote(s: StoredSubmission): string {
  if (!s.erased) return '';
  return `<p class="erased">${h(erasedWords(s.erased))}</p>`;
}

/** What staff read on a submission that looks sent by a program: kept and shown, not counted. */
function automationNote(s: StoredSubmission): string {
  if (!s.automation) return '';
  return `<p class="automated">${h(automationWords(s.automation))}. Not counted in results.</p>`;
}

function impressionRow(s: StoredSubmission, practices: Practices): string {
  const b = s.body;
  const a = (b.answers ?? {}) as Record<string, unknown>;
  const words = practices.words(s);
  const overall = overallWords(s, practices.words) ?? '';
  // One line per answer, question in words: staff scan "How long did you wait…? Much longer than I expected".
  const others = Object.entries(a)
    .filter(([key]) => key !== 'overall')
    .map(([key, value]) => `<li><span class="q">${h(words.question(key))}</span> ${h(words.answer(key, value))}</li>`)
    .join('');
  const cells = [
    h(clockOf(s, practices)(s.receivedAt)),
    `${h(overall)}${automationNote(s)}${erasedNote(s)}`,
    locationOf(s),
    h(b.channel),
    others ? `<ul class="answers">${others}</ul>` : '',
  ];
  return `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

function counts(inbox: Inbox): string {
  const { byKind, overall } = inbox;
  const overallItems = inbox.overallAnswers
    .map(([value, words]) => `<li>${h(words)}: <strong>${overall.get(value) ?? 0}</strong></li>`)
    .join('');
  return `<ul class="counts">
  <li>All submissions: <strong>${inbox.total}</strong></li>
  <li>First impressions: <strong>${byKind['first-impression'] ?? 0}</strong></li>
  <li>What went wrong: <strong>${byKind['what-went-wrong'] ?? 0}</strong></li>
  <li>Looks automated, not counted: <strong>${inbox.automated}</strong></li>
</ul>
<h3>Overall experience</h3>
<ul class="counts">${overallItems}</ul>${inbox.ownSurveys.map(ownSurvey).join('')}`;
}

/** A practice's own survey's results, in its words: each choice question with how often each option was chosen. */
function ownSurvey(result: OwnSurveyResult): string {
  const answered = result.answered === undefined ? '' : `: ${result.answered} answered`;
  const questions = result.questions.map((q) => {
    const items = q.answers.map(([, words, n]) => `<li>${h(words)}: <strong>${n}</strong></li>`).join('');
    const note = q.multiple ? ' <span class="hint">(each patient may choose several)</span>' : '';
    return `<dt>${h(q.title)}${note}</dt><dd><ul class="counts">${items}</ul></dd>`;
  });
  return `
<h3>${h(result.title)} <span class="when">(version ${h(result.version)}${answered})</span></h3>
<dl class="own-results">${questions.join('')}</dl>`;
}

/** The search box: staff type what a patient reads out over the phone ("rc 7kq2 9f"). */
function findForm(typed: string): string {
  return `<form class="find" method="get" action="/staff/" role="search">
  <label for="ref">Find a case by its reference</label>
  <input id="ref" name="ref" type="search" value="${h(typed)}" autocomplete="off" spellcheck="false" aria-describedby="ref-hint">
  <button type="submit">Find</button>
  <p id="ref-hint" class="hint">As the patient reads it, e.g. RC-7KQ2-9F; spaces, lower case and O/0, I/1/L mix-ups are fine.</p>
</form>`;
}

/** The cases section: all cases (open first), or just the one a reference names. */
function casesSection(inbox: Inbox, csrfToken: string): string {
  const card = (view: CaseView) => recoveryCase(view, csrfToken, inbox);
  const heading = `<h2 id="cases-heading">What went wrong — follow up <span class="open-count">(${inbox.openCases} open)</span></h2>`;
  const { search } = inbox;
  if (!search) {
    return `${heading}
  ${findForm('')}
  <p>Open cases first, newest first within each; up to ${LATEST} are listed.</p>
  ${inbox.cases.length ? inbox.cases.map(card).join('\n') : '<p>No problems reported.</p>'}`;
  }
  const { typed, reference, found } = search;
  const outcome = !reference
    ? `<p role="status">“${h(typed)}” is not a reference code: they look like RC-7KQ2-9F.</p>`
    : found.length
      ? `<p role="status">Case with reference ${h(reference)}:</p>\n  ${found.map(card).join('\n')}`
      : `<p role="status">No case with reference ${h(reference)}.</p>`;
  return `${heading}
  ${findForm(typed)}
  ${outcome}
  <p><a href="/staff/">Show all cases</a></p>`;
}

/** The page; `bar` (who is signed in, Sign out, the session's CSRF token) is there for a person's session. */
export function renderInbox(inbox: Inbox, bar?: SignedInBar): string {
  const { impressions } = inbox;
  const idle = idleParts(bar);
  return `<!doctype html>
<html lang="en"${idle.attribute}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Patient feedback — staff inbox</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/staff/pages.css">
<link rel="stylesheet" href="/staff/inbox.css">
${idle.script}
</head>
<body>
${bar ? staffBar(bar) : ''}
<main>
<h1>Patient feedback</h1>
<section aria-labelledby="export-heading">
  <h2 id="export-heading">Export everything</h2>
  <ul class="exports">
    <li><a href="/api/feedback/export.csv" download>Spreadsheet (CSV, opens in Excel)</a></li>
    <li><a href="/api/feedback/export.json" download>JSON</a></li>
    <li><a href="/api/feedback/export.fhir.json" download>FHIR (QuestionnaireResponse bundle)</a></li>
  </ul>
</section>
${
  inbox.rollup
    ? `<section aria-labelledby="practices-heading">
  <h2 id="practices-heading">Your practices</h2>
  ${rollupTable(inbox.rollup, 'practices-heading')}
</section>`
    : ''
}
<section aria-labelledby="counts-heading">
  <h2 id="counts-heading">What came in${inbox.rollup ? ' (all your practices)' : ''}</h2>
  ${counts(inbox)}
</section>
<section aria-labelledby="cases-heading">
  ${casesSection(inbox, bar?.csrfToken ?? '')}
</section>
<section aria-labelledby="impressions-heading">
  <h2 id="impressions-heading">First impressions (latest ${LATEST})</h2>
  ${
    impressions.length
      ? `<div class="table-scroll" role="region" aria-labelledby="impressions-heading" tabindex="0"><table><thead><tr>${COLUMNS}</tr></thead>
<tbody>${impressions.map((s) => impressionRow(s, inbox)).join('\n')}</tbody></table></div>`
      : '<p>None yet.</p>'
  }
</section>
</main>
${idle.dialog}
</body>
</html>
`;
}
