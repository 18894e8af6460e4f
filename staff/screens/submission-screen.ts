/**
 * @summary `<pf-staff-submission>`: one submission whole — every answer under its question, in words; how the
 * patient asked to be contacted (only when they agreed to be); the survey it followed or the form that followed it;
 * and, for a "what went wrong" form, its case. Opening a new case marks it Seen (the person opened it: an ordinary
 * request), and the panel says so.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { CaseDetail, Me, StaffLanguage, SubmissionDetail } from '../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../api/client.js';
import { TitleEvent } from '../app/events.js';
import { submissionPath } from '../app/router.js';
import { staffTime } from '../format/time.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { submissionFacts } from './submission-facts.js';
import { submissionStyles } from './submission.styles.js';
import { rowName } from './submission-row.js';
import './case-panel.js';

export class SubmissionScreen extends LitElement {
  static override styles = [sharedStyles, submissionStyles];
  static override properties = {
    api: { attribute: false },
    me: { attribute: false },
    lang: { attribute: false },
    submissionId: { attribute: false },
    detail: { state: true },
    caseDetail: { state: true },
    markedSeen: { state: true },
    problem: { state: true },
  };

  declare api: StaffApi;
  declare me: Me;
  declare lang: StaffLanguage;
  declare submissionId: string;
  declare detail: SubmissionDetail | undefined;
  declare caseDetail: CaseDetail | undefined;
  declare markedSeen: boolean;
  declare problem: string;

  private abort: AbortController | undefined;

  constructor() {
    super();
    this.markedSeen = false;
    this.problem = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.abort?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('submissionId')) {
      this.detail = undefined;
      this.markedSeen = false;
    }
    if (changed.has('submissionId') || changed.has('lang')) void this.load();
  }

  private async load(): Promise<void> {
    this.abort?.abort();
    const abort = (this.abort = new AbortController());
    const t = staffStrings(this.lang);
    this.problem = '';
    try {
      const detail = await this.api.submission(this.submissionId, this.lang, abort.signal);
      if (abort.signal.aborted) return;
      this.detail = detail;
      this.caseDetail = detail.caseDetail;
      this.dispatchEvent(new TitleEvent(rowName(detail, t)));
      if (detail.caseDetail?.status === 'new') await this.markSeen(detail.id);
    } catch (error) {
      if (abort.signal.aborted) return;
      if (error instanceof ApiError && error.status === 404) this.problem = t.notFound;
      else if (error instanceof ApiError && error.status === 0) this.problem = t.offline;
      else this.problem = fill(t.problem, error instanceof Error ? error.message : String(error));
    }
  }

  /** The person opened a new case: it has been seen. A refusal leaves it New and says why. */
  private async markSeen(id: string): Promise<void> {
    try {
      this.caseDetail = await this.api.changeCase(id, { status: 'seen' });
      this.markedSeen = true;
    } catch (error) {
      const t = staffStrings(this.lang);
      this.problem = fill(t.problem, error instanceof Error ? error.message : String(error));
    }
  }

  private links(d: SubmissionDetail) {
    const t = staffStrings(this.lang);
    const followed = d.followed;
    const followedBy = d.followedBy;
    if (d.followedPending) return html`<h2>${t.followed}</h2><p>${t.followedPending}</p>`;
    if (!followed && !followedBy) return nothing;
    const when = followed ? staffTime(followed.receivedAt, this.lang, d.timeZone) : '';
    return html`<h2>${followed ? t.followed : t.followedBy}</h2>
      <p>
        ${
          followed
            ? html`<a href=${submissionPath(followed.id)}
              >${
                followed.overall
                  ? fill(t.followedOverall, followed.overall.words, when)
                  : fill(t.followedNoOverall, when)
              }</a
            >`
            : nothing
        }
        ${
          followedBy
            ? html`<a href=${submissionPath(followedBy.id)}>${fill(t.followedByText, followedBy.reference ?? '')}</a>`
            : nothing
        }
      </p>`;
  }

  private contact(d: SubmissionDetail) {
    const t = staffStrings(this.lang);
    if (d.kind !== 'what-went-wrong') return nothing;
    const c = d.contact;
    return html`<h2>${t.contact}</h2>
      ${
        c
          ? html`<p class="words">${fill(t.contactHow, c.method.words, c.value)}</p>
            ${c.bestTime ? html`<p class="words">${fill(t.contactBestTime, c.bestTime)}</p>` : nothing}`
          : html`<p>${t.noContact}</p>`
      }`;
  }

  override render() {
    const t = staffStrings(this.lang);
    const d = this.detail;
    const heading = d ? rowName(d, t) : t.submissionTitle;
    if (!d) {
      return html`<h1>${heading}</h1>
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : html`<p>${t.loading}</p>`}`;
    }
    return html`<h1>${heading}</h1>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      ${submissionFacts(d, { t, lang: this.lang, me: this.me })}
      <h2>${t.answers}</h2>
      ${
        d.answers.length
          ? html`<dl class="answers">
            ${d.answers.map((a) => html`<dt>${a.title}</dt><dd class="words">${a.words}</dd>`)}
          </dl>`
          : html`<p>${t.noAnswers}</p>`
      }
      ${this.contact(d)} ${this.links(d)}
      ${
        this.caseDetail
          ? html`<pf-staff-case-panel
            .api=${this.api}
            .me=${this.me}
            .lang=${this.lang}
            .submission=${d}
            .detail=${this.caseDetail}
            ?markedSeen=${this.markedSeen}
          ></pf-staff-case-panel>`
          : nothing
      }`;
  }
}

customElements.define('pf-staff-submission', SubmissionScreen);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-submission': SubmissionScreen;
  }
}
