/**
 * Which survey the next patient gets, as a Lit reactive controller: the built-in first impression, or the practice's
 * own from the `survey` setting. The tablet fetches it when the kiosk starts, when staff save the settings, and when
 * the network comes back after a fetch failed; a definition that fetched and parsed replaces the saved copy, and a
 * fetch that fails keeps it (survey-copy.ts). With no usable copy patients get the built-in survey — never a broken
 * form — and `status.problem` tells staff why. A new definition takes effect with the next patient.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SurveyDefinition } from '../src/core/definition.js';
import { loadSurveyCopy, saveSurveyCopy } from './survey-copy.js';
import { fetchSurvey, type FetchedSurvey } from './survey-fetch.js';

/** What staff mode shows about the survey; a new object on every change. */
export interface SurveyStatus {
  /** The survey address set; empty: the built-in survey. */
  readonly url: string;
  /** A fetch is under way. */
  readonly checking: boolean;
  /** The practice's survey patients get; undefined: the built-in one. */
  readonly definition?: SurveyDefinition;
  /** When that copy was fetched (ms). */
  readonly savedAt?: number;
  /** Why the last fetch did not give a survey to keep, in staff's words; undefined when it did. */
  readonly problem?: string;
  /** The survey is in use but this tablet could not save it: after an offline restart patients get the built-in. */
  readonly notSaved?: boolean;
}

export class SurveyChoice implements ReactiveController {
  status: SurveyStatus = { url: '', checking: false };
  private fetching?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Read on every check, so a saved change is fetched. */
    private readonly address: () => string,
  ) {
    host.addController(this);
  }

  /** The definition for the next patient's element; undefined: the element's built-in survey. */
  get definition(): SurveyDefinition | undefined {
    return this.status.definition;
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    void this.refresh();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    this.fetching?.abort();
  }

  /** Uses the saved copy at once, then fetches the survey again; resolves when that is done. */
  async refresh(): Promise<void> {
    this.fetching?.abort();
    const url = this.address();
    if (!url) return this.set({ url, checking: false });
    const abort = (this.fetching = new AbortController());
    const copy = loadSurveyCopy(url);
    this.set({ url, checking: true, ...copy });
    let result: FetchedSurvey;
    try {
      result = await fetchSurvey(url, abort.signal);
    } catch (error) {
      // Only an abort is expected here; anything else must still end the check, never leave it "checking".
      result = { ok: false, reason: `it could not be read (${(error as Error)?.message ?? String(error)})` };
    }
    // Asked again meanwhile (staff saved the settings, the kiosk left the page): the later check reports instead.
    if (abort.signal.aborted) return;
    if (!result.ok) {
      console.warn(`patient-feedback kiosk: the survey at "${url}" could not be loaded: ${result.reason}.`);
      return this.set({ url, checking: false, ...copy, problem: result.reason });
    }
    const savedAt = Date.now();
    const saved = saveSurveyCopy(url, result.json, savedAt);
    this.set({ url, checking: false, definition: result.definition, savedAt, notSaved: !saved || undefined });
  }

  private set(status: SurveyStatus): void {
    this.status = status;
    this.host.requestUpdate();
  }

  private onOnline = (): void => {
    if (this.status.problem && !this.status.checking) void this.refresh();
  };
}
