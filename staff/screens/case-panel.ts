/**
 * @summary `<pf-staff-case-panel>`: following up one "what went wrong" case (seed 003: apologise, listen, fix it,
 * keep promises, follow up) — its deadlines (case-deadlines.ts), whether it is a formal complaint and the steps one
 * asks for (`<pf-staff-case-complaint>`), where it is (new → seen → contacted → resolved, or reopened), who has it,
 * the outcome once resolved (upheld, partly upheld, not upheld: what an annual complaints return asks for), a note
 * (added to the file, never replacing an earlier one; up to 2,000 characters, counted as typed), the full history,
 * and **Print the case file**, whose paper copy is the case — its deadlines, the complaint's facts and its history —
 * without the console's controls around it.
 *
 * One Save sends only what changed (`POST /api/staff/cases/<id>`); the answer is the case as it now is.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import {
  CASE_OUTCOMES,
  statusChoices,
  MAX_CASE_NOTE_CHARS,
  type CaseChange,
  type CaseDetail,
  type CaseStatus,
  type Me,
  type StaffLanguage,
  type SubmissionDetail,
} from '../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../api/client.js';
import { AnnounceEvent } from '../app/events.js';
import { staffTime } from '../format/time.js';
import { outcomeWords, statusWords } from '../format/words.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import type { CaseChangedEvent } from './case-complaint.js';
import './case-complaint.js';
import { caseDeadlines } from './case-deadlines.js';
import { caseHistory } from './case-history.js';
import { caseStyles } from './case.styles.js';

export class CasePanel extends LitElement {
  static override styles = [sharedStyles, caseStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    submission: { attribute: false },
    detail: { attribute: false },
    markedSeen: { type: Boolean },
    chosenStatus: { state: true },
    noteLength: { state: true },
    saving: { state: true },
    problem: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare submission: SubmissionDetail;
  declare detail: CaseDetail;
  /** Opening the case moved it from New to Seen: said in words above the form. */
  declare markedSeen: boolean;
  /** The status the form holds now: the outcome can be chosen only with Resolved. */
  declare chosenStatus: CaseStatus;
  declare noteLength: number;
  declare saving: boolean;
  declare problem: string;

  constructor() {
    super();
    this.markedSeen = false;
    this.noteLength = 0;
    this.saving = false;
    this.problem = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = changed.get('detail');
    if (changed.has('detail') && before?.status !== this.detail.status) this.chosenStatus = this.detail.status;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The form shows the case as it is after each answer (an option's `selected` does not move a changed select) —
    // only what the answer changed, so a complaint's step does not undo a choice not saved yet.
    if (!changed.has('detail')) return;
    const form = this.form;
    const before = changed.get('detail');
    const d = this.detail;
    if (!form) return;
    if (before?.status !== d.status) form.status.value = d.status;
    if (before?.assignee !== d.assignee) form.assignee.value = d.assignee ?? '';
    if (before?.outcome !== d.outcome) form.outcome.value = d.outcome ?? '';
  }

  private get form() {
    const form = this.renderRoot.querySelector('form');
    if (!form) return undefined;
    const field = <T extends Element>(name: string) => form.elements.namedItem(name) as T;
    return {
      status: field<HTMLSelectElement>('status'),
      assignee: field<HTMLSelectElement>('assignee'),
      outcome: field<HTMLSelectElement>('outcome'),
      note: field<HTMLTextAreaElement>('note'),
    };
  }

  /** Colleagues who see this case's practice (the API's rule for an assignee), and whoever has it now. */
  private assignees(): string[] {
    const practice = this.submission.practiceId;
    const emails = this.me.colleagues
      .filter((c) => c.practices === 'every' || c.practices.includes(practice))
      .map((c) => c.email);
    const current = this.detail.assignee;
    return current && !emails.includes(current) ? [current, ...emails] : emails;
  }

  private change(): CaseChange | string {
    const t = staffStrings(this.lang);
    const form = this.form!;
    const change: CaseChange = {};
    const status = form.status.value as CaseStatus;
    if (status !== this.detail.status) change.status = status;
    if (form.assignee.value !== (this.detail.assignee ?? '')) change.assignee = form.assignee.value || null;
    if (status === 'resolved' && form.outcome.value !== (this.detail.outcome ?? '')) {
      change.outcome = (form.outcome.value || null) as CaseChange['outcome'];
    }
    const note = form.note.value.replace(/\r\n?/g, '\n').trim();
    if (note.length > MAX_CASE_NOTE_CHARS) return fill(t.noteTooLong, note.length, MAX_CASE_NOTE_CHARS);
    if (note) change.note = note;
    return Object.keys(change).length ? change : t.nothingChanged;
  }

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const t = staffStrings(this.lang);
    const change = this.change();
    if (typeof change === 'string') {
      this.problem = change;
      return;
    }
    this.saving = true;
    this.problem = '';
    try {
      this.detail = await this.api.changeCase(this.submission.id, change);
      this.form!.note.value = '';
      this.noteLength = 0;
      this.dispatchEvent(new AnnounceEvent(t.saved));
    } catch (error) {
      if (error instanceof ApiError && error.status === 0) this.problem = t.offline;
      else this.problem = fill(t.problem, error instanceof Error ? error.message : String(error));
    } finally {
      this.saving = false;
    }
  };

  /** A complaint's step was answered with the case as it now is. */
  private onCaseChanged = (event: CaseChangedEvent): void => {
    this.detail = event.caseDetail;
  };

  private onStatus = (event: Event): void => {
    this.chosenStatus = (event.target as HTMLSelectElement).value as CaseStatus;
  };

  private onNote = (event: Event): void => {
    this.noteLength = (event.target as HTMLTextAreaElement).value.length;
  };

  private print = (): void => {
    window.print();
  };

  override render() {
    const t = staffStrings(this.lang);
    const d = this.detail;
    const nf = new Intl.NumberFormat(this.lang);
    return html`<section aria-labelledby="case-heading">
      <h2 id="case-heading">${t.caseTitle}</h2>
      <p class="now">
        <strong>${fill(t.caseNow, statusWords(d.status, t))}</strong>
        ${d.outcome ? html`· ${fill(t.caseOutcome, outcomeWords(d.outcome, t))}` : nothing}
        · ${t.assignee}: <span class="words">${d.assignee ?? t.caseNobody}</span>
      </p>
      ${this.markedSeen ? html`<p class="hint">${t.markedSeen}</p>` : nothing}
      ${caseDeadlines(d, t, this.lang, this.submission.timeZone)}
      <pf-staff-case-complaint
        .api=${this.api}
        .lang=${this.lang}
        .submission=${this.submission}
        .detail=${d}
        @pf-staff-case-changed=${this.onCaseChanged}
      ></pf-staff-case-complaint>
      <form @submit=${this.onSubmit} aria-labelledby="update-heading">
        <h3 id="update-heading">${t.caseUpdate}</h3>
        <div class="fields">
          <div class="field">
            <label for="c-status">${t.status}</label>
            <select id="c-status" name="status" @change=${this.onStatus}>
              ${statusChoices(d.status).map(
                (s) => html`<option value=${s} ?selected=${s === d.status}>${statusWords(s, t)}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="c-outcome">${t.outcome}</label>
            <select id="c-outcome" name="outcome" ?disabled=${this.chosenStatus !== 'resolved'}>
              <option value="" ?selected=${!d.outcome}>${t.outcomeNone}</option>
              ${CASE_OUTCOMES.map(
                (o) => html`<option value=${o} ?selected=${o === d.outcome}>${outcomeWords(o, t)}</option>`,
              )}
            </select>
          </div>
          <div class="field">
            <label for="c-assignee">${t.assignee}</label>
            <select id="c-assignee" name="assignee">
              <option value="" ?selected=${!d.assignee}>${t.caseNobody}</option>
              ${this.assignees().map((e) => html`<option value=${e} ?selected=${e === d.assignee}>${e}</option>`)}
            </select>
          </div>
        </div>
        <div class="field">
          <label for="c-note">${t.addNote}</label>
          <textarea
            id="c-note"
            name="note"
            rows="4"
            maxlength=${MAX_CASE_NOTE_CHARS}
            aria-describedby="c-note-hint c-note-count"
            @input=${this.onNote}
          ></textarea>
          <p id="c-note-hint" class="hint">${t.noteHint}</p>
          <p id="c-note-count" class="hint">
            ${fill(t.counter, nf.format(this.noteLength), nf.format(MAX_CASE_NOTE_CHARS))}
          </p>
        </div>
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
        <div class="actions">
          <button type="submit" class="primary" ?disabled=${this.saving}>${this.saving ? t.saving : t.save}</button>
        </div>
      </form>
      <h3>${t.history}</h3>
      ${caseHistory(d.history, t, this.lang, this.submission.timeZone)}
      <p class="print-only">${fill(t.printedAt, staffTime(new Date().toISOString(), this.lang))}</p>
      <div class="actions">
        <button type="button" @click=${this.print}>${t.print}</button>
      </div>
    </section>`;
  }
}

customElements.define('pf-staff-case-panel', CasePanel);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-case-panel': CasePanel;
  }
}
