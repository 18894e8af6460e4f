/**
 * The follow-up part of a case card in the staff inbox: where staff are with it, in words, and a small form that
 * works without JavaScript (the page has none; its CSP allows none): status, note, "Save". The form posts to
 * /staff/cases/<id>, which answers 303 back to this card.
 */
import { FOLLOW_UP_STATUSES, MAX_NOTE_CHARS, STATUS_WORDS, type FollowUp } from './follow-up.js';
import { escapeHtml as h } from './html.js';

const OPTION_WORDS = {
  new: 'New',
  seen: 'Seen',
  contacted: 'Contacted',
  resolved: 'Resolved',
  reopened: 'Reopened',
} as const;

export function followUpBlock(
  id: string,
  reference: string,
  followUp: FollowUp,
  when: (iso: string) => string,
  csrfToken: string,
): string {
  const key = h(id);
  const options = FOLLOW_UP_STATUSES.map(
    (status) =>
      `<option value="${status}"${status === followUp.status ? ' selected' : ''}>${OPTION_WORDS[status]}</option>`,
  ).join('');
  const updated = followUp.updatedAt ? ` <span class="when">updated ${h(when(followUp.updatedAt))}</span>` : '';
  return `<p class="status status-${followUp.status}">Follow-up: <strong>${h(STATUS_WORDS[followUp.status])}</strong>${updated}</p>
  <form class="follow-up" method="post" action="/staff/cases/${key}">
    <input type="hidden" name="_csrf" value="${h(csrfToken)}">
    <fieldset>
      <legend>Follow up ${h(reference)}</legend>
      <label for="status-${key}">Status</label>
      <select id="status-${key}" name="status">${options}</select>
      <label for="note-${key}">Staff note (optional, up to ${MAX_NOTE_CHARS.toLocaleString('en')} characters)</label>
      <textarea id="note-${key}" name="note" rows="2" maxlength="${MAX_NOTE_CHARS}">${h(followUp.note)}</textarea>
      <button type="submit">Save</button>
    </fieldset>
  </form>`;
}
