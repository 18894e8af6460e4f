/**
 * @summary `<pf-kiosk>`: the waiting-room loop. Start screen → first-impression survey (the practice's own when staff
 * set a survey address, survey-choice.ts; with the recovery form when the visit went badly) → "Thank you" → back to
 * the start by itself. Idle patients are asked "Are you still there?"
 * and then wiped; staff mode sits behind a discreet corner button and a PIN.
 *
 * @fires pf-kiosk-start - the start screen is showing and no patient is mid-survey (the update flow waits for it).
 */
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import '../src/elements/define.js';
import type { PfScreenEvent, PfSubmittedEvent } from '../src/elements/events.js';
import { KioskStartEvent, type SettingsDoneEvent } from './events.js';
import { enterFullscreen } from './fullscreen.js';
import { IdleController, MIN_HOLD_MS } from './idle.js';
import { kioskStyles } from './kiosk.styles.js';
import { recordSubmission } from './local-record.js';
import { PatientSession } from './patient-session.js';
import { finishedBar, startScreen, stillThereDialog } from './patient-screens.js';
import { ReturnTimer } from './return-timer.js';
import { loadSettings, type KioskSettings } from './settings.js';
import { loadRefusals, refusalText } from './setup-link-notice.js';
import './staff/staff-corner.js';
import { STAFF_LOCK_SECONDS } from './staff/staff-mode.js';
import { startKiosk } from './startup.js';
import { SurveyChoice, type SurveyStatus } from './survey-choice.js';
import { ScreenKeeper } from './wake-lock.js';

/** Shorter timings for tests and the bench only; never read from the URL or settings. */
export interface KioskTiming {
  idleSeconds?: number;
  holdSeconds?: number;
  thanksSeconds?: number;
  staffLockSeconds?: number;
}

type Screen = 'start' | 'survey' | 'staff';

export class KioskApp extends LitElement {
  static override styles = kioskStyles;
  static override properties = {
    screen: { state: true },
    lang: { state: true },
    finished: { state: true },
    settings: { attribute: false },
    setupNotices: { state: true },
    timing: { attribute: false },
  };

  declare screen: Screen;
  declare lang: string;
  /** The survey shows its "Thank you": the return countdown runs. */
  declare finished: boolean;
  declare settings: KioskSettings;
  /** What the last setup link asked for and the tablet refused (until staff save the settings). */
  declare setupNotices: string[];
  declare timing: KioskTiming;

  private session: PatientSession | undefined;
  private readonly keeper = new ScreenKeeper();
  private readonly idle = new IdleController(this, {
    idleMs: () => (this.timing.idleSeconds ?? this.settings.idleSeconds) * 1000,
    holdMs: () => (this.timing.holdSeconds !== undefined ? this.timing.holdSeconds * 1000 : MIN_HOLD_MS),
    onExpire: () => this.endPatient(),
  });
  private readonly returnTimer = new ReturnTimer(this, () => this.endPatient());
  private readonly surveyChoice = new SurveyChoice(this, () => this.settings.survey);

  constructor() {
    super();
    this.screen = 'start';
    this.finished = false;
    this.timing = {};
    this.settings = loadSettings();
    this.setupNotices = loadRefusals().map(refusalText);
    this.lang = this.settings.lang;
  }

  /** Which survey the next patient gets, and whether the practice's own could be fetched (staff mode shows it). */
  get survey(): SurveyStatus {
    return this.surveyChoice.status;
  }

  /** True while a patient is using the tablet; a kiosk update waits until this is false. */
  get patientPresent(): boolean {
    return this.screen === 'survey';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pf-screen', this.onSurveyScreen);
    this.addEventListener('pf-submitted', this.onSubmitted);
    this.addEventListener('contextmenu', this.onContextMenu);
    window.addEventListener('pageshow', this.onPageShow);
    void this.keeper.keepOn();
    void startKiosk(this.settings);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pf-screen', this.onSurveyScreen);
    this.removeEventListener('pf-submitted', this.onSubmitted);
    this.removeEventListener('contextmenu', this.onContextMenu);
    window.removeEventListener('pageshow', this.onPageShow);
    this.session?.wipe();
    this.session = undefined;
    void this.keeper.allowOff();
  }

  protected override updated(changed: PropertyValues<this>): void {
    const slot = this.renderRoot.querySelector<HTMLElement>('#survey');
    if (slot && this.session && this.session.survey.parentNode !== slot) slot.append(this.session.survey);
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    if (changed.has('screen') && this.screen === 'start') {
      this.dispatchEvent(new KioskStartEvent());
    }
  }

  private onSurveyScreen = (e: PfScreenEvent): void => {
    const done = e.detail.phase === 'thank-you' && !e.detail.inProgress;
    if (done && !this.finished) {
      this.finished = true;
      this.returnTimer.start(this.timing.thanksSeconds ?? 10);
    } else if (!done && this.finished) {
      // The patient went on (e.g. accepted "Tell us what went wrong"): no countdown over their words.
      this.finished = false;
      this.returnTimer.stop();
    }
  };

  private onSubmitted = (e: PfSubmittedEvent): void => {
    // Staff's copy for export; the outbox already holds the one that must reach the endpoint.
    recordSubmission(e.detail.submission).catch(() => {
      console.error('patient-feedback kiosk: could not keep the export copy of a submission (it is still being sent).');
    });
  };

  private onContextMenu = (e: Event): void => {
    // A long press on a patient screen must not open copy/share menus.
    if (this.screen !== 'staff') e.preventDefault();
  };

  /** Returning through the back-forward cache would show the last patient's screen: start clean instead. */
  private onPageShow = (e: PageTransitionEvent): void => {
    if (e.persisted && this.session) this.endPatient();
  };

  private startPatient = (): void => {
    void enterFullscreen();
    void this.keeper.keepOn();
    this.session = new PatientSession(this.settings, this.lang, this.surveyChoice.definition);
    this.finished = false;
    this.screen = 'survey';
    this.idle.start();
  };

  /** Wipes the patient's answers and shows the start screen in the tablet's default language. */
  endPatient(): void {
    this.idle.stop();
    this.returnTimer.stop();
    this.session?.wipe();
    this.session = undefined;
    this.finished = false;
    this.lang = this.settings.lang;
    this.screen = 'start';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.start-button')?.focus());
  }

  private openStaff = (): void => {
    this.screen = 'staff';
  };

  private onSettingsDone = (e: SettingsDoneEvent): void => {
    if (!e.saved) return;
    this.settings = loadSettings();
    void this.surveyChoice.refresh();
  };

  private closeStaff = (): void => {
    this.settings = loadSettings();
    this.setupNotices = loadRefusals().map(refusalText);
    this.lang = this.settings.lang;
    this.screen = 'start';
  };

  override render() {
    switch (this.screen) {
      case 'staff':
        return html`<pf-kiosk-staff
          .lockSeconds=${this.timing.staffLockSeconds ?? STAFF_LOCK_SECONDS}
          .survey=${this.surveyChoice.status}
          @pf-kiosk-settings-done=${this.onSettingsDone}
          @pf-kiosk-staff-close=${this.closeStaff}
        ></pf-kiosk-staff>`;
      case 'survey':
        return html`
          <div class="survey" id="survey"></div>
          ${this.finished ? finishedBar(this.lang, this.returnTimer.secondsLeft, () => this.endPatient()) : nothing}
          ${this.idle.asking ? stillThereDialog(this.lang, this.idle.secondsLeft, () => this.idle.stillHere()) : nothing}
        `;
      default:
        return html`
          <pf-kiosk-staff-corner @pf-kiosk-staff-open=${this.openStaff}></pf-kiosk-staff-corner>
          ${startScreen({
            practice: this.settings.practice,
            lang: this.lang,
            languages: this.settings.languages,
            setUp: this.settings.endpoint !== '',
            setupNotices: this.setupNotices,
            onStart: this.startPatient,
            onLanguage: (lang) => (this.lang = lang),
          })}
        `;
    }
  }
}

if (!customElements.get('pf-kiosk')) customElements.define('pf-kiosk', KioskApp);

declare global {
  interface HTMLElementTagNameMap {
    'pf-kiosk': KioskApp;
  }
}
