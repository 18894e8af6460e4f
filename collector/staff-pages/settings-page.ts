/**
 * Settings (/staff/settings, admins only): how long the collector keeps patients' words and the audit trail.
 */
import { escapeHtml as h } from '../html.js';
import { AUDIT_DAYS, SUBMISSION_DAYS, type RetentionSettings } from '../patient-data/retention.js';
import { notice, page, type SignedInBar } from './page.js';

export function settingsPage(view: {
  bar: SignedInBar;
  retention: RetentionSettings;
  error?: string | undefined;
  info?: string | undefined;
}): string {
  const { submissionDays, auditDays } = view.retention;
  return page(
    'Settings',
    `<h1>Settings</h1>
${notice(view.error, 'error')}${notice(view.info)}
<form method="post" action="/staff/settings" class="stack">
<input type="hidden" name="_csrf" value="${h(view.bar.csrfToken)}">
<h2>Keeping patients' answers</h2>
<label for="submission-days">Erase patients' words and contact details after this many days</label>
<input id="submission-days" name="submissionDays" type="number" inputmode="numeric" min="${SUBMISSION_DAYS.min}"
 max="${SUBMISSION_DAYS.max}" value="${submissionDays ?? ''}" aria-describedby="submission-days-hint">
<p class="hint" id="submission-days-hint">Counted from when a submission arrived. Leave empty to keep them until a
patient asks for erasure. The answers they chose stay, so results still add up.
${submissionDays === null ? 'Now: kept until erased on request.' : `Now: ${submissionDays} days.`}</p>
<label for="audit-days">Keep the audit trail for this many days</label>
<input id="audit-days" name="auditDays" type="number" inputmode="numeric" min="${AUDIT_DAYS.min}" max="${AUDIT_DAYS.max}"
 value="${auditDays}" required aria-describedby="audit-days-hint">
<p class="hint" id="audit-days-hint">At least ${AUDIT_DAYS.min}. Six years (2192 days) is what HIPAA asks of
audit records; check the rules your practice follows.</p>
<button type="submit">Save settings</button>
</form>`,
    view.bar,
  );
}
