/**
 * The group's practices (/staff/practices, group admins): each practice's address for its website and tablets,
 * its details with a form to change them, its locations, and the roll-up of what came in. Text is escaped.
 */
import { escapeHtml as h } from '../html.js';
import type { Practice } from '../practices/practices.js';
import type { PracticeRollup } from '../practices/rollup.js';
import { notice, page, type SignedInBar } from './page.js';
import { rollupTable } from './practices-rollup.js';

export interface PracticesView {
  bar: SignedInBar;
  rollup: PracticeRollup[];
  /** The collector's own address, for the endpoint a practice's web person copies. */
  base: string;
  /** ALLOWED_ORIGINS: websites allowed for every practice, set by the environment. */
  environmentOrigins: readonly string[];
  error?: string | undefined;
  info?: string | undefined;
}

const csrf = (token: string) => `<input type="hidden" name="_csrf" value="${h(token)}">`;

function practiceSection(p: Practice, view: PracticesView): string {
  const key = h(p.id);
  const locations = p.locations.length
    ? `<ul>${p.locations.map((l) => `<li>${h(l.name)}${l.name === l.id ? '' : ` (${h(l.id)})`}</li>`).join('')}</ul>`
    : '<p>No locations listed: every location a submission names is accepted without a flag.</p>';
  return `<section aria-labelledby="practice-${key}">
<h2 id="practice-${key}">${h(p.name)}</h2>
<dl>
  <dt>Endpoint</dt><dd><code>${h(view.base + p.path)}</code></dd>
  <dt>Id</dt><dd><code>${key}</code></dd>
</dl>
<form method="post" action="/staff/practices/${key}" class="stack">${csrf(view.bar.csrfToken)}
  <label for="name-${key}">Name</label>
  <input id="name-${key}" name="name" value="${h(p.name)}" required maxlength="120">
  <label for="zone-${key}">Time zone</label>
  <input id="zone-${key}" name="timeZone" value="${h(p.timeZone)}" required aria-describedby="zone-hint-${key}">
  <p class="hint" id="zone-hint-${key}">Such as Europe/London or America/New_York: dates in exports and results are this practice's days.</p>
  <label for="promise-${key}">Follow-up promise</label>
  <input id="promise-${key}" name="promise" value="${h(p.promise ?? '')}" maxlength="300" aria-describedby="promise-hint-${key}">
  <p class="hint" id="promise-hint-${key}">What a patient who asks to be contacted is told, e.g. "We will call you
  within one working day". Empty: no promise.</p>
  <label for="origins-${key}">Websites allowed to send from the browser</label>
  <textarea id="origins-${key}" name="origins" rows="3" aria-describedby="origins-hint-${key}">${h(p.origins.join('\n'))}</textarea>
  <p class="hint" id="origins-hint-${key}">One per line, such as https://smiledental.example.${
    view.environmentOrigins.length
      ? ` Also allowed for every practice, set by the environment: ${h(view.environmentOrigins.join(', '))}.`
      : ''
  }</p>
  <button type="submit">Save ${h(p.name)}</button>
</form>
<h3>Locations</h3>
${locations}
<form method="post" action="/staff/practices/${key}/locations" class="stack">${csrf(view.bar.csrfToken)}
  <label for="location-${key}">New location, as the tablet or page sends it</label>
  <input id="location-${key}" name="id" required maxlength="100" placeholder="front-desk-tablet">
  <button type="submit">Add location to ${h(p.name)}</button>
</form>
</section>`;
}

export function practicesPage(view: PracticesView): string {
  return page(
    'Practices',
    `<h1>Practices</h1>
${notice(view.error, 'error')}${notice(view.info)}
<section aria-labelledby="rollup-heading">
<h2 id="rollup-heading">What came in, by practice</h2>
${rollupTable(view.rollup, 'rollup-heading')}
</section>
${view.rollup.map((r) => practiceSection(r.practice, view)).join('\n')}
<section aria-labelledby="add-heading">
<h2 id="add-heading">Add a practice</h2>
<form method="post" action="/staff/practices" class="stack">${csrf(view.bar.csrfToken)}
  <label for="new-id">New practice's id (part of its address)</label>
  <input id="new-id" name="id" required maxlength="40" pattern="[a-z0-9][a-z0-9\\-]*" aria-describedby="new-id-hint">
  <p class="hint" id="new-id-hint">Lower-case letters, digits and hyphens, such as north-clinic. Its endpoint is /api/feedback/p/&lt;id&gt;.</p>
  <label for="new-name">New practice's name</label>
  <input id="new-name" name="name" required maxlength="120">
  <label for="new-zone">New practice's time zone</label>
  <input id="new-zone" name="timeZone" required placeholder="Europe/London">
  <button type="submit">Add practice</button>
</form>
</section>`,
    view.bar,
  );
}
