/**
 * "Who is signed in" (/staff/sessions, admins only): every open session — who, since when, last activity, from
 * where, which browser — with a button that ends it.
 */
import type { OpenSession } from '../accounts/sessions.js';
import { escapeHtml as h } from '../html.js';
import { staffTime as when } from '../staff-time.js';
import { notice, page, type SignedInBar } from './page.js';

export function sessionsPage(view: { bar: SignedInBar; sessions: OpenSession[]; info?: string }): string {
  const rows = view.sessions
    .map(
      (
        s,
      ) => `<tr><td>${h(s.email)}${s.stage === 'second-factor' ? ' (code not yet given)' : ''}</td><td>${h(when(s.createdAt))}</td>
<td>${h(when(s.lastActivityAt))}</td><td>${h(s.address ?? '')}</td><td>${h(s.userAgent ?? '')}</td>
<td><form method="post" action="/staff/sessions/${h(s.id)}/end"><input type="hidden" name="_csrf" value="${h(view.bar.csrfToken)}">
<button type="submit" aria-label="End the session of ${h(s.email)} since ${h(when(s.createdAt))}">End</button></form></td></tr>`,
    )
    .join('\n');
  return page(
    'Who is signed in',
    `<h1>Who is signed in</h1>
${notice(view.info)}
<div role="region" aria-labelledby="sessions-caption" tabindex="0">
<table><caption id="sessions-caption">Open sessions (${view.sessions.length})</caption>
<thead><tr>${['Who', 'Signed in', 'Last activity', 'From', 'Browser', 'End'].map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead>
<tbody>${rows}</tbody></table></div>`,
    view.bar,
  );
}
