/**
 * @summary `<pf-staff-case-complaint>`: a case as a formal complaint (issue 13, stage 2). Not marked: **Mark as a
 * formal complaint**, from the day it was received (by default the day it arrived, in the practice's zone). Marked:
 * the rule it runs on (its note and source), the stage, what has been done, and the steps still open —
 * **Acknowledged to the patient** (only when the patient can be reached and the stage asks for it), **Responded**,
 * **Move to** the rule's next stage, the response date agreed with the patient where the rule sets no limit (and
 * **Remove the agreed date**: a date field half emptied is not a date, and the browser will not send it) — and
 * **Not a formal complaint** to undo the mark.
 *
 * Each step is one `POST /api/staff/cases/<id>`; a refusal is said in words beside the buttons.
 *
 * @event pf-staff-case-changed - the case as the API answered after a step.
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type {
  CaseChange,
  CaseClock,
  CaseDetail,
  FormalComplaint,
  StaffLanguage,
  SubmissionDetail,
} from '../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../api/client.js';
import { AnnounceEvent } from '../app/events.js';
import { dayIn, staffDay, staffTime } from '../format/time.js';
import { fill, staffStrings } from '../i18n/index.js';
import { sharedStyles } from '../styles/shared.js';
import { caseStyles } from './case.styles.js';

/** The case as it is after a change, for the panel around this part to show whole. */
export class CaseChangedEvent extends Event {
  static readonly type = 'pf-staff-case-changed';
  constructor(readonly caseDetail: CaseDetail) {
    super(CaseChangedEvent.type, { bubbles: true });
  }
}

/** The clock of a kind for the stage the complaint is at (earlier stages' clocks stay listed, met or not). */
function stageClock(detail: CaseDetail, formal: FormalComplaint, kind: CaseClock['kind']): CaseClock | undefined {
  const ofKind = detail.clocks.filter((c) => c.kind === kind);
  return ofKind.find((c) => c.stage === formal.stageName) ?? (ofKind.some((c) => c.stage) ? undefined : ofKind[0]);
}

export class CaseComplaint extends LitElement {
  static override styles = [sharedStyles, caseStyles];
  static override properties = {
    api: { attribute: false },
    lang: { attribute: false },
    submission: { attribute: false },
    detail: { attribute: false },
    busy: { state: true },
    problem: { state: true },
  };

  declare api: StaffApi;
  declare lang: StaffLanguage;
  declare submission: SubmissionDetail;
  declare detail: CaseDetail;
  declare busy: boolean;
  declare problem: string;

  constructor() {
    super();
    this.busy = false;
    this.problem = '';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A problem was about the case as it was; the case as it is now speaks for itself.
    if (changed.has('detail') && changed.get('detail')) this.problem = '';
  }

  private async send(change: CaseChange): Promise<void> {
    const t = staffStrings(this.lang);
    this.busy = true;
    this.problem = '';
    try {
      const detail = await this.api.changeCase(this.submission.id, change);
      this.detail = detail;
      this.dispatchEvent(new CaseChangedEvent(detail));
      this.dispatchEvent(new AnnounceEvent(t.saved));
      await this.updateComplete;
      // The button pressed may be gone (Acknowledged, Mark…): reading goes on from this part's heading.
      if (!this.renderRoot.querySelector(':focus')) this.renderRoot.querySelector<HTMLElement>('h3')?.focus();
    } catch (error) {
      if (error instanceof ApiError && error.status === 0) this.problem = t.offline;
      else this.problem = fill(t.problem, error instanceof Error ? error.message : String(error));
    } finally {
      this.busy = false;
    }
  }

  private onMark = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const receivedOn = (form.elements.namedItem('receivedOn') as HTMLInputElement).value;
    void this.send(receivedOn ? { formal: true, receivedOn } : { formal: true });
  };

  private onAgreed = (event: SubmitEvent): void => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const day = (form.elements.namedItem('agreedResponseBy') as HTMLInputElement).value;
    void this.send({ agreedResponseBy: day || null });
  };

  private unmarked() {
    const t = staffStrings(this.lang);
    const zone = this.submission.timeZone;
    return html`<p>${t.complaintNotFormal}</p>
      <form @submit=${this.onMark}>
        <div class="field">
          <label for="f-received">${t.complaintReceivedOn}</label>
          <input
            id="f-received"
            name="receivedOn"
            type="date"
            required
            .value=${dayIn(this.submission.receivedAt, zone)}
            max=${dayIn(new Date().toISOString(), zone)}
            aria-describedby="f-received-hint"
          />
          <p id="f-received-hint" class="hint">${t.complaintReceivedHint}</p>
        </div>
        ${this.problemLine()}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${t.markFormal}</button>
        </div>
      </form>`;
  }

  /** What the complaint is and what has been done: on screen and on the printed case file. */
  private facts(formal: FormalComplaint) {
    const t = staffStrings(this.lang);
    const [lang, zone] = [this.lang, this.submission.timeZone];
    const lines = [
      fill(t.complaintStage, formal.stageName),
      fill(t.complaintCountsFrom, staffDay(formal.receivedOn, lang)),
      formal.stage > 0 ? fill(t.complaintStageFrom, staffDay(formal.stageStartedOn, lang)) : '',
      formal.acknowledgedAt ? fill(t.complaintAcknowledged, staffTime(formal.acknowledgedAt, lang, zone)) : '',
      formal.respondedAt ? fill(t.complaintResponded, staffTime(formal.respondedAt, lang, zone)) : '',
      formal.agreedResponseBy ? fill(t.complaintAgreed, staffDay(formal.agreedResponseBy, lang)) : '',
      formal.explainAfter ? fill(t.complaintExplainAfter, staffDay(formal.explainAfter, lang)) : '',
    ].filter(Boolean);
    return html`<p><strong>${fill(t.complaintRule, formal.rule.name)}</strong></p>
      <p class="hint">${formal.rule.note}</p>
      <p class="hint">${fill(t.complaintSource, formal.rule.source)}</p>
      <ul class="complaint-facts">
        ${lines.map((line) => html`<li>${line}</li>`)}
      </ul>`;
  }

  private marked(formal: FormalComplaint) {
    const t = staffStrings(this.lang);
    const d = this.detail;
    const acknowledge = stageClock(d, formal, 'acknowledge');
    const respond = stageClock(d, formal, 'respond');
    const canAcknowledge =
      d.contactable &&
      !!acknowledge &&
      acknowledge.state !== 'unreachable' &&
      !acknowledge.doneAt &&
      !formal.acknowledgedAt;
    const canRespond = !formal.respondedAt && !respond?.doneAt;
    const agreeing = respond?.state === 'no-limit' || !!formal.agreedResponseBy;
    return html`${this.facts(formal)}
      <div class="actions steps">
        ${
          canAcknowledge
            ? html`<button type="button" ?disabled=${this.busy} @click=${() => void this.send({ acknowledged: true })}>
              ${t.acknowledgedButton}
            </button>`
            : nothing
        }
        ${
          canRespond
            ? html`<button type="button" ?disabled=${this.busy} @click=${() => void this.send({ responded: true })}>
              ${t.respondedButton}
            </button>`
            : nothing
        }
        ${
          formal.nextStage
            ? html`<button type="button" ?disabled=${this.busy} @click=${() => void this.send({ nextStage: true })}>
              ${fill(t.nextStageButton, formal.nextStage)}
            </button>`
            : nothing
        }
      </div>
      ${
        agreeing
          ? html`<form @submit=${this.onAgreed}>
            <div class="field">
              <label for="f-agreed">${t.agreedDate}</label>
              <input
                id="f-agreed"
                name="agreedResponseBy"
                type="date"
                .value=${formal.agreedResponseBy ?? ''}
                aria-describedby="f-agreed-hint"
              />
              <p id="f-agreed-hint" class="hint">${t.agreedHint}</p>
            </div>
            <div class="actions">
              <button type="submit" ?disabled=${this.busy}>${t.saveAgreed}</button>
              ${
                formal.agreedResponseBy
                  ? html`<button
                      type="button"
                      ?disabled=${this.busy}
                      @click=${() => void this.send({ agreedResponseBy: null })}
                    >
                      ${t.removeAgreed}
                    </button>`
                  : nothing
              }
            </div>
          </form>`
          : nothing
      }
      ${this.problemLine()}
      <div class="actions unmark">
        <button type="button" ?disabled=${this.busy} @click=${() => void this.send({ formal: false })}>
          ${t.unmarkFormal}
        </button>
      </div>`;
  }

  private problemLine() {
    return this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing;
  }

  override render() {
    const t = staffStrings(this.lang);
    const formal = this.detail.formal;
    return html`<h3 tabindex="-1">${t.formalComplaint}</h3>
      ${formal ? this.marked(formal) : this.unmarked()}`;
  }
}

customElements.define('pf-staff-case-complaint', CaseComplaint);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-case-complaint': CaseComplaint;
  }
  interface GlobalEventHandlersEventMap {
    'pf-staff-case-changed': CaseChangedEvent;
  }
}
