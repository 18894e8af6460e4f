/**
 * The audit entries as a table (a template, not an element): when, who, what — in words, with the code the
 * collector wrote beneath — to what, the particulars and from where. Everything in it is text the collector stored:
 * shown as text.
 */
import { html, nothing } from 'lit';
import { auditDetailText, type AuditEntry } from '../../../src/core/audit-api.js';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { staffTime } from '../../format/time.js';
import { actionWords, type AuditStrings } from '../../i18n/audit.js';
import { fill } from '../../i18n/index.js';
import { tableBox } from '../../styles/table-box.js';

export interface AuditTableOptions {
  entries: readonly AuditEntry[];
  filtered: boolean;
  t: AuditStrings;
  lang: StaffLanguage;
}

function row(entry: AuditEntry, { t, lang }: AuditTableOptions) {
  const words = actionWords(entry.action, t);
  return html`<tr>
    <td class="when"><time datetime=${entry.at}>${staffTime(entry.at, lang)}</time></td>
    <td class="words">${entry.actor}</td>
    <td>
      ${words}${
        words === entry.action
          ? nothing
          : html`<span class="code" title=${fill(t.code, entry.action)}>${entry.action}</span>`
      }
    </td>
    <td class="words">${entry.target ?? ''}</td>
    <td class="details words">${auditDetailText(entry.detail)}</td>
    <td>${entry.address ?? ''}</td>
  </tr>`;
}

export function auditTable(o: AuditTableOptions) {
  const { t } = o;
  return tableBox({
    id: 'audit-caption',
    caption: o.filtered ? t.captionFiltered : t.caption,
    head: [t.when, t.who, t.action, t.target, t.details, t.address],
    rows: o.entries.length
      ? o.entries.map((entry) => row(entry, o))
      : html`<tr>
          <td colspan="6">${t.none}</td>
        </tr>`,
  });
}
