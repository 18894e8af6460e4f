/**
 * @summary `<pf-staff-submission-list>`: submissions matching a query, in its order (newest first unless it asks for
 * the soonest deadline first), a page at a time — **Show more**
 * asks for the next page with the API's `next` cursor, through any number of rows, and moves focus to the first
 * row it added. Used by the inbox (one list) and Cases (one per status).
 *
 * With `watch`, it looks for new arrivals every minute as a background refresh (`X-Background-Refresh: 1`: it keeps
 * no session alive) and offers to show them, rather than moving rows under the reader's eyes.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { InboxItem, InboxPage, InboxQuery, Me, StaffLanguage } from '../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../api/client.js';
import { AnnounceEvent } from '../app/events.js';
import { fill, staffStrings, type StaffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { listStyles } from './list.styles.js';
import { submissionRow } from './submission-row.js';

const WATCH_EVERY_MS = 60_000;

export class SubmissionList extends LitElement {
  static override styles = [sharedStyles, listStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    query: { attribute: false },
    level: { attribute: false },
    watch: { type: Boolean },
    items: { state: true },
    next: { state: true },
    loading: { state: true },
    problem: { state: true },
    searchedFor: { state: true },
    newArrived: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare query: InboxQuery;
  declare level: 2 | 3;
  declare watch: boolean;
  declare items: InboxItem[];
  declare next: string | undefined;
  declare loading: boolean;
  declare problem: string;
  declare searchedFor: InboxPage['searchedFor'];
  declare newArrived: boolean;

  private abort: AbortController | undefined;
  private watcher: ReturnType<typeof setInterval> | undefined;
  /** The row to focus once a page of more has rendered. */
  private focusId: string | undefined;

  constructor() {
    super();
    this.query = {};
    this.level = 2;
    this.watch = false;
    this.items = [];
    this.loading = false;
    this.problem = '';
    this.newArrived = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.watch) this.watcher = setInterval(() => void this.lookForNew(), WATCH_EVERY_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.watcher);
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('query') || changed.has('lang')) void this.load(false);
  }

  protected override updated(): void {
    if (!this.focusId) return;
    const row = this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(this.focusId)}"] a`);
    this.focusId = undefined;
    row?.focus();
  }

  private get t(): StaffStrings {
    return staffStrings(this.lang);
  }

  /** The first page (`more` false) or the one after the rows shown. */
  private async load(more: boolean): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    this.loading = true;
    this.problem = '';
    if (!more) this.newArrived = false;
    try {
      const after = more ? this.next : undefined;
      const page = await this.api.inbox(
        { ...this.query, lang: this.lang, ...(after ? { after } : {}) },
        { signal: abort.signal },
      );
      if (abort.signal.aborted) return;
      this.focusId = more ? page.items[0]?.id : undefined;
      this.items = more ? [...this.items, ...page.items] : page.items;
      this.next = page.next;
      this.searchedFor = page.searchedFor;
      // The inbox says what it found; a section of Cases says so only when asked for more (five at once is noise).
      if (more || this.level === 2) this.dispatchEvent(new AnnounceEvent(this.countWords()));
    } catch (error) {
      if (abort.signal.aborted) return;
      this.problem = this.problemWords(error);
    } finally {
      if (!abort.signal.aborted) this.loading = false;
    }
  }

  private async lookForNew(): Promise<void> {
    if (this.loading || this.newArrived) return;
    try {
      const page = await this.api.inbox({ ...this.query, lang: this.lang }, { background: true });
      const newest = page.items[0]?.id;
      if (newest && newest !== this.items[0]?.id && !this.items.some((i) => i.id === newest)) {
        this.newArrived = true;
        this.dispatchEvent(new AnnounceEvent(this.t.newArrived));
      }
    } catch {
      // A refresh that failed changes nothing on the screen; the next one tries again.
    }
  }

  private problemWords(error: unknown): string {
    if (error instanceof ApiError && error.status === 0) return this.t.offline;
    return fill(this.t.problem, error instanceof Error ? error.message : String(error));
  }

  private countWords(): string {
    return fill(this.next ? this.t.shown : this.t.shownAll, this.items.length);
  }

  private searchWords() {
    const searched = this.searchedFor;
    if (searched?.reference) return fill(this.t.searchedReference, searched.reference);
    if (searched?.words) return fill(this.t.searchedWords, searched.words);
    return '';
  }

  override render() {
    const t = this.t;
    const context = { t, lang: this.lang, me: this.me, level: this.level };
    const searched = this.searchWords();
    return html`
      ${
        this.newArrived
          ? html`<p class="arrived">
            ${t.newArrived} <button type="button" @click=${() => void this.load(false)}>${t.showNew}</button>
          </p>`
          : nothing
      }
      ${searched ? html`<p class="searched words">${searched}</p>` : nothing}
      ${
        this.items.length
          ? html`<ol class="rows">
            ${this.items.map((item) => html`<li>${submissionRow(item, context)}</li>`)}
          </ol>`
          : !this.loading && !this.problem
            ? html`<p>${this.level === 2 ? t.noneFound : t.casesNone}</p>`
            : nothing
      }
      ${
        this.problem
          ? html`<p class="problem" role="alert">${this.problem}</p>
            <button type="button" @click=${() => void this.load(this.items.length > 0)}>${t.tryAgain}</button>`
          : nothing
      }
      ${this.loading ? html`<p>${t.loading}</p>` : nothing}
      ${this.items.length ? html`<p class="count">${this.countWords()}</p>` : nothing}
      ${
        this.next && !this.loading
          ? html`<button type="button" class="more" @click=${() => void this.load(true)}>${t.showMore}</button>`
          : nothing
      }
    `;
  }
}

customElements.define('pf-staff-submission-list', SubmissionList);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-submission-list': SubmissionList;
  }
}
