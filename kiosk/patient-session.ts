/**
 * One patient's turn at the tablet: a fresh survey element made for them, and a wipe that leaves nothing of it —
 * the element's state (reset()), its DOM (removed; the next patient gets a new element), history entries added
 * while they answered, and session storage. Nothing here is kept as a draft for anyone.
 */
import type { SurveyDefinition } from '../src/core/definition.js';
import type { KioskSettings } from './settings.js';

/** What the kiosk needs of `<pf-first-impression>` (src/elements). */
export interface SurveyElement extends HTMLElement {
  channel?: string;
  definition?: unknown;
  inProgress?: boolean;
  reset?: () => void;
}

export class PatientSession {
  readonly survey: SurveyElement;
  private readonly historyLengthAtStart = history.length;

  /** `definition`: the practice's own survey (survey-choice.ts); without it, the element's built-in one. */
  constructor(settings: KioskSettings, lang: string, definition?: SurveyDefinition) {
    const survey = document.createElement('pf-first-impression') as SurveyElement;
    // Set before the element is on the page, so its first screen is already the practice's survey. The same
    // frozen object for every patient: it holds questions only, and the element checks it once.
    if (definition) survey.definition = definition;
    survey.setAttribute('endpoint', settings.endpoint);
    if (settings.practice) survey.setAttribute('practice', settings.practice);
    if (settings.location) survey.setAttribute('location', settings.location);
    if (settings.promise) survey.setAttribute('promise', settings.promise);
    survey.setAttribute('lang', lang);
    // Kiosk mode: no autofill, autocorrect or spellcheck (no keyboard learning), bigger type.
    survey.setAttribute('kiosk', '');
    // Easy read (staff setting): one question per screen, pictures, short sentences, larger type.
    survey.toggleAttribute('easy-read', settings.easyRead);
    survey.channel = 'kiosk';
    this.survey = survey;
  }

  /** Leaves no trace of this patient's answers on the tablet (submitted ones are in the outbox and staff record). */
  wipe(): void {
    try {
      this.survey.reset?.();
    } catch {
      // Removing the element below still takes every answer with it.
    }
    this.survey.remove();
    forgetHistory(this.historyLengthAtStart);
    try {
      sessionStorage.clear();
    } catch {
      // Storage blocked: then nothing can have been kept there either.
    }
  }
}

/**
 * Entries added during the visit are stepped back over; the current entry's state is replaced with nothing, so
 * neither Back nor Forward can restore a screen of answers. (Browsers allow no deleting of entries outright.)
 */
function forgetHistory(lengthAtStart: number): void {
  const added = history.length - lengthAtStart;
  const clean = location.pathname + location.search;
  if (added > 0) {
    addEventListener(
      'popstate',
      () => {
        // A new entry drops every forward entry the survey left behind.
        history.pushState(null, '', clean);
      },
      { once: true },
    );
    history.go(-added);
  }
  history.replaceState(null, '', clean);
}
