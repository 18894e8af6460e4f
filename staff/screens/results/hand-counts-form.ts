/**
 * @summary `<pf-staff-hand-counts>`: counts a practice types in for a month from paper cards, text-message replies,
 * calls or anything else — a method and its six counts, which replace that method's counts for the month. The form
 * starts from the counts already entered for the method, so a correction is a change, not a sum done by hand.
 *
 * @fires pf-staff-fft-month - the month as the collector counts it after the save.
 */
import { LitElement, html, nothing } from 'lit';
import type { FftMonth, HandCounts } from '../../../src/core/results-api.js';
import { FFT_ANSWERS, NO_FFT_COUNTS, type FftAnswer } from '../../../src/core/results/fft-figures.js';
import type { StaffLanguage } from '../../../src/core/staff-api.js';
import { ApiError, type StaffApi } from '../../api/client.js';
import { AnnounceEvent } from '../../app/events.js';
import { answerWords, methodWords, monthWords } from '../../format/results-words.js';
import { fill, staffStrings } from '../../i18n/index.js';
import { sharedStyles } from '../../styles/shared.js';
import { FftMonthEvent } from './events.js';
import { resultsStyles } from './results.styles.js';

const HAND_METHODS = ['paper', 'sms', 'telephone', 'other'] as const;
type HandMethod = (typeof HAND_METHODS)[number];

export class HandCountsForm extends LitElement {
  static override styles = [sharedStyles, resultsStyles];
  static override properties = {
    api: { attribute: false },
    lang: { attribute: false },
    month: { attribute: false },
    method: { state: true },
    saving: { state: true },
    problem: { state: true },
  };

  declare api: StaffApi;
  declare lang: StaffLanguage;
  declare month: FftMonth;
  declare method: HandMethod;
  declare saving: boolean;
  declare problem: string;

  constructor() {
    super();
    this.method = 'paper';
    this.saving = false;
    this.problem = '';
  }

  private entered(method: HandMethod) {
    return this.month.methods.find((m) => m.method === method)?.figures.counts ?? NO_FFT_COUNTS;
  }

  private onMethod = (event: Event): void => {
    this.method = (event.target as HTMLSelectElement).value as HandMethod;
    const counts = this.entered(this.method);
    for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[type=number]')) {
      input.value = String(counts[input.name as FftAnswer]);
    }
  };

  private onSubmit = async (event: SubmitEvent): Promise<void> => {
    event.preventDefault();
    const t = staffStrings(this.lang);
    const data = new FormData(event.target as HTMLFormElement);
    const counts = {} as Record<FftAnswer, number>;
    for (const answer of FFT_ANSWERS) {
      const n = Number(data.get(answer) || 0);
      if (!Number.isSafeInteger(n) || n < 0) {
        this.problem = fill(t.handCountsWhole, answerWords(t)[answer]);
        return;
      }
      counts[answer] = n;
    }
    const body: HandCounts = { practice: this.month.practiceId, month: this.month.month, method: this.method, counts };
    this.saving = true;
    this.problem = '';
    try {
      const month = await this.api.handCounts(body);
      this.dispatchEvent(new FftMonthEvent(month));
      this.dispatchEvent(new AnnounceEvent(t.saved));
    } catch (error) {
      this.problem =
        error instanceof ApiError && error.status === 409
          ? t.handCountsHandedIn
          : error instanceof ApiError && error.status === 0
            ? t.offline
            : fill(t.problem, error instanceof Error ? error.message : String(error));
    } finally {
      this.saving = false;
    }
  };

  override render() {
    const t = staffStrings(this.lang);
    const methods = methodWords(t);
    const answers = answerWords(t);
    const counts = this.entered(this.method);
    return html`<details>
      <summary>${fill(t.handCountsTitle, monthWords(this.month.month, this.lang))}</summary>
      <form @submit=${this.onSubmit}>
        <p class="hint">${t.handCountsHint}</p>
        <div class="field">
          <label for="method">${t.method}</label>
          <select id="method" name="method" @change=${this.onMethod}>
            ${HAND_METHODS.map((m) => html`<option value=${m} ?selected=${m === this.method}>${methods[m]}</option>`)}
          </select>
        </div>
        <div class="counts">
          ${FFT_ANSWERS.map(
            (a) =>
              html`<div class="field">
                <label for=${`count-${a}`}>${answers[a]}</label>
                <input id=${`count-${a}`} name=${a} type="number" min="0" step="1" inputmode="numeric" .value=${String(counts[a])} />
              </div>`,
          )}
        </div>
        ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
        <button type="submit" class="primary" ?disabled=${this.saving}>
          ${this.saving ? t.saving : t.handCountsSave}
        </button>
      </form>
    </details>`;
  }
}

customElements.define('pf-staff-hand-counts', HandCountsForm);

declare global {
  interface HTMLElementTagNameMap {
    'pf-staff-hand-counts': HandCountsForm;
  }
}
