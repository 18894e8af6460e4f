/**
 * The audit trail (/staff/audit, admins only): who did what, to what, when and from where — newest first, a page at
 * a time — and the same as a spreadsheet (/staff/audit.csv). The trail holds no patient's words (audit.ts).
 */
import type { AuditEvent } from '../accounts/audit.js';
import { escapeHtml as h } from '../html.js';
import { staffTimeWithSeconds } from '../staff-time.js';
import { page, type SignedInBar } from './page.js';

/** The particulars in words: `format csv, rows 120`. */
export function auditDetail(event: AuditEvent): string {
  return Object.entries(event.detail)
    .map(([key, value]) => `${key} ${Array.isArray(value) ? value.join(' ') : String(value)}`)
    .join(', ');
}

export function auditPage(view: { bar: SignedInBar; events: AuditEvent[]; older: number | undefined }): string {
  const head = ['When', 'Who', 'What', 'To', 'Details', 'From'].map((c) => `<th scope="col">${c}</th>`).join('');
  const rows = view.events
    .map(
      (e) =>
        `<tr><td>${h(staffTimeWithSeconds(e.at))}</td><td>${h(e.actor)}</td><td>${h(e.action)}</td><td>${h(e.target ?? '')}</td>` +
        `<td>${h(auditDetail(e))}</td><td>${h(e.address ?? '')}</td></tr>`,
    )
    .join('\n');
  const older = view.older === undefined ? '' : `<p><a href="/staff/audit?before=${view.older}">Older entries</a></p>`;
  return page(
    'Audit trail',
    `<h1>Audit trail</h1>
<p>Every sign-in, look at patients' answers, export and change, newest first. Entries can be added, never changed,
and are kept for the period set in <a href="/staff/settings">Settings</a> (six years unless changed).
<a href="/staff/audit.csv" download>Download as a spreadsheet (CSV)</a></p>
<div role="region" aria-labelledby="audit-caption" tabindex="0">
<table><caption id="audit-caption">Audit entries</caption>
<thead><tr>${head}</tr></thead>
<tbody>${rows || '<tr><td colspan="6">No entries.</td></tr>'}</tbody></table></div>
${older}`,
    view.bar,
  );
}
