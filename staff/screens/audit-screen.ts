/**
 * @summary `<pf-staff-audit>`: the audit trail for admins who see every practice — who did what, to what, when and
 * from where, newest first, a hundred at a time (Older / Newer), filtered by who, what and dates, and the same as a
 * spreadsheet. Each action is in words with the code the collector wrote beneath it. Reading it is itself audited.
 */
import { LitElement, html, nothing } from 'lit';
import { AUDIT_ACTIONS, type AuditPage, type AuditQuery } from '../../src/core/audit-api.js';
import type { Me, StaffLanguage } from '../../src/core/staff-api.js';
import { AuditApi, auditParams } from '../api/audit.js';
import type { StaffApi } from '../api/client.js';
import { isGroupAdmin } from '../api/refusal.js';
import { actionWords, auditStrings } from '../i18n/audit.js';
import { staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { auditStyles } from './audit/audit.styles.js';
import { auditTable } from './audit/audit-table.js';
import { filterStyles } from './filters.styles.js';
import { ScreenLoad } from './screen-load.js';

type Filters = Pick<AuditQuery, 'who' | 'action' | 'from' | 'to'>;
const FIELDS = ['who', 'action', 'from', 'to'] as const;

export class AuditScreen extends LitElement {
  static override styles = [sharedStyles, filterStyles, auditStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    filters: { state: true },
    wrong: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare filters: Filters;
  /** A refused filter: which field, and why. */
  declare wrong: { path: string; message: string } | undefined;

  /** Where the page starts: the newest entries (`{}`), or those older or newer than one. */
  private at: Pick<AuditQuery, 'before' | 'after'> = {};
  /**
   * How many pages older than the first the one shown is. Newer back to the first reads the newest entries afresh:
   * readings are entries too, so the hundred just newer than the second page would have more beyond them, and
   * Newer would be offered on the first page.
   */
  private depth = 0;

  /** The filters plus where to page from; the reader's time zone reads the dates. */
  private readonly page = new ScreenLoad<AuditPage>(this, {
    read: ({ signal }) => {
      const tz = Intl.DateTimeFormat().resolvedOptions().timeZone;
      return new AuditApi(this.api).page({ ...this.filters, ...this.at, tz }, signal);
    },
    allowed: isGroupAdmin,
    forbidden: (lang) => auditStrings(lang).forbidden,
    onRefused: (error) => {
      if (error.status !== 400 || !error.path) return false;
      this.wrong = { path: error.path, message: error.message };
      return true;
    },
  });

  constructor() {
    super();
    this.filters = {};
  }

  private async load(at: Pick<AuditQuery, 'before' | 'after'>, depth = 0): Promise<boolean> {
    this.at = at;
    const loaded = await this.page.load();
    if (loaded) {
      this.wrong = undefined;
      this.depth = depth;
    }
    return loaded;
  }

  private onShow = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const filters: Filters = {};
    for (const name of FIELDS) {
      const value = form.get(name);
      if (typeof value === 'string' && value.trim()) filters[name] = value.trim();
    }
    this.filters = filters;
    void this.load({});
  };

  private onClear = (): void => {
    this.renderRoot.querySelector('form')?.reset();
    this.filters = {};
    void this.load({});
  };

  /** Older or Newer: the table takes focus, so the next page is read from its start. */
  private async turn(way: 'older' | 'newer', page: AuditPage): Promise<void> {
    const depth = this.depth + (way === 'older' ? 1 : -1);
    const at = way === 'older' ? { before: page.older! } : depth > 0 ? { after: page.newer! } : {};
    if (!(await this.load(at, depth))) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.table-box')?.focus();
  }

  private field(name: 'who' | 'from' | 'to', label: string, type: string, hint?: string) {
    const wrong = this.wrong?.path === name ? this.wrong.message : '';
    const described = [hint ? `audit-${name}-hint` : '', wrong ? `audit-${name}-wrong` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${`audit-${name}`}>${label}</label>
      <input
        id=${`audit-${name}`}
        name=${name}
        type=${type}
        .value=${this.filters[name] ?? ''}
        maxlength=${type === 'text' ? 200 : nothing}
        aria-invalid=${wrong ? 'true' : 'false'}
        aria-describedby=${described || nothing}
      />
      ${hint ? html`<p class="hint" id=${`audit-${name}-hint`}>${hint}</p>` : nothing}
      ${wrong ? html`<p class="problem" id=${`audit-${name}-wrong`}>${wrong}</p>` : nothing}
    </div>`;
  }

  private filterForm() {
    const a = auditStrings(this.lang);
    return html`<form @submit=${this.onShow} aria-labelledby="audit-filters">
      <h2 id="audit-filters">${a.filters}</h2>
      <div class="grid">
        ${this.field('who', a.who, 'text', a.whoHint)}
        <div class="field">
          <label for="audit-action">${a.action}</label>
          <select id="audit-action" name="action">
            <option value="" ?selected=${!this.filters.action}>${a.anyAction}</option>
            ${AUDIT_ACTIONS.map(
              (code) => html`<option value=${code} ?selected=${this.filters.action === code}>
                ${actionWords(code, a)}
              </option>`,
            )}
          </select>
        </div>
        ${this.field('from', a.from, 'date')} ${this.field('to', a.to, 'date')}
      </div>
      <div class="actions">
        <button type="submit" class="primary">${a.show}</button>
        <button type="button" @click=${this.onClear}>${a.clear}</button>
      </div>
    </form>`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const a = auditStrings(this.lang);
    if (!this.page.allowed) return html`<h1 tabindex="-1">${t.navAudit}</h1><p>${a.forbidden}</p>`;
    const search = auditParams(this.filters).toString();
    return html`<h1 tabindex="-1">${t.navAudit}</h1>
      <p>${a.intro}</p>
      <p><a class="download" href=${`/staff/audit.csv${search ? `?${search}` : ''}`} download>${a.download}</a></p>
      ${this.filterForm()}
      ${this.page.view(
        (page) =>
          html`${auditTable({ entries: page.entries, filtered: search !== '', t: a, lang: this.lang })}
            <div class="paging">
              ${
                page.newer !== null
                  ? html`<button type="button" @click=${() => void this.turn('newer', page)}>
                    ${a.newer}
                  </button>`
                  : nothing
              }
              ${
                page.older !== null
                  ? html`<button type="button" @click=${() => void this.turn('older', page)}>
                    ${a.older}
                  </button>`
                  : nothing
              }
            </div>`,
      )}`;
  }
}

customElements.define('pf-staff-audit', AuditScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-audit': AuditScreen;
  }
}
