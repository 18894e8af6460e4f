/**
 * The tablet's staff settings. A practice provisions a tablet once by opening
 * `kiosk/index.html?endpoint=…&practice=…&location=…&lang=…&idle=<seconds>` (docs/kiosk.md; also `promise=…`,
 * `survey=…` and `easyread=1`);
 * the values are saved here and then removed from the address bar, so the next patient never sees them and a later
 * visit to the bare URL still has them. Staff change them in staff mode.
 */

import { deviceTokenFromUrl, saveDevice } from './device.js';
import { saveRefusals, type RefusedSetting } from './setup-link-notice.js';
import { kioskKey } from './storage-names.js';
import { KIOSK_LANGUAGES } from './strings.js';

export interface KioskSettings {
  /** Where each submission is POSTed. Empty until staff set it: the start screen then says so. */
  endpoint: string;
  practice: string;
  location: string;
  /**
   * The practice's follow-up promise ("We will call you within one business day"), repeated to a patient who asks
   * to be contacted. Empty: no promise is shown and no time is invented.
   */
  promise: string;
  /**
   * Address of the practice's own first-impression survey (a definition JSON: `https://…`, or a path on this site
   * such as `/surveys/smile-dental-visit/2.json`). Empty: the built-in survey. Fetched and kept by survey-choice.ts.
   */
  survey: string;
  /** The language the start screen opens in (BCP 47); patients may pick another of `languages`. */
  lang: string;
  /** Seconds without a touch before "Are you still there?". */
  idleSeconds: number;
  /** Languages offered on the start screen. */
  languages: string[];
  /** How long this tablet keeps its own copy of each submission for export. */
  retentionDays: number;
  /** Easy read for every patient: one question per screen, pictures, short sentences, larger type. */
  easyRead: boolean;
}

export const DEFAULT_IDLE_SECONDS = 60;
/** Shorter than this and a patient reading a question gets interrupted. */
export const MIN_IDLE_SECONDS = 30;
export const DEFAULT_RETENTION_DAYS = 30;
/** Every language the kiosk ships (English and each file in src/translations/). */
export const SUPPORTED_LANGUAGES = KIOSK_LANGUAGES;

export const DEFAULT_SETTINGS: Readonly<KioskSettings> = Object.freeze({
  endpoint: '',
  practice: '',
  location: '',
  promise: '',
  survey: '',
  lang: 'en',
  idleSeconds: DEFAULT_IDLE_SECONDS,
  languages: [...SUPPORTED_LANGUAGES],
  retentionDays: DEFAULT_RETENTION_DAYS,
  easyRead: false,
});

export type SettingsErrors = Partial<Record<keyof KioskSettings, string>>;

/**
 * Staff-facing checks, shared by the settings form and a setup link (`provisionFromUrl`); messages say what to fix.
 * An empty endpoint is allowed (the kiosk then shows "not set up").
 */
export function checkSettings(s: KioskSettings, base = location.href): SettingsErrors {
  const errors: SettingsErrors = {};
  if (s.endpoint && !isUsableAddress(s.endpoint, base)) {
    errors.endpoint = 'Enter a web address starting with https:// (or a path on this site such as /api/feedback).';
  }
  if (s.survey && !isUsableAddress(s.survey, base)) {
    errors.survey =
      'Enter a web address starting with https:// (or a path on this site such as ' +
      '/surveys/smile-dental-visit/2.json), or leave it empty for the standard survey.';
  }
  if (!Number.isInteger(s.idleSeconds) || s.idleSeconds < MIN_IDLE_SECONDS) {
    errors.idleSeconds = `Enter a whole number of seconds, at least ${MIN_IDLE_SECONDS}.`;
  }
  if (!Number.isInteger(s.retentionDays) || s.retentionDays < 1) {
    errors.retentionDays = 'Enter a whole number of days, at least 1.';
  }
  if (s.languages.length === 0) errors.languages = 'Offer at least one language.';
  return errors;
}

/**
 * An endpoint or a survey address: `https://…`, or a path on this site. A bare word ("feedback") would silently
 * become a path on this site: ask for an address or a path.
 */
export function isUsableAddress(value: string, base = location.href): boolean {
  if (!/^https?:\/\//i.test(value) && !value.startsWith('/')) return false;
  try {
    const url = new URL(value, base);
    // Plain http leaks patient answers on the way (and lets anyone on the way rewrite a survey's questions); allow it
    // only to this machine (development, tests).
    if (url.protocol === 'https:') return true;
    return url.protocol === 'http:' && (url.origin === new URL(base).origin || url.hostname === 'localhost');
  } catch {
    return false;
  }
}

export function loadSettings(storage: Storage = localStorage): KioskSettings {
  let saved: Partial<KioskSettings> = {};
  try {
    saved = JSON.parse(storage.getItem(kioskKey('settings')) ?? '{}') as Partial<KioskSettings>;
  } catch {
    // A damaged entry must not stop the kiosk; staff can set it again.
  }
  return normalise({ ...DEFAULT_SETTINGS, ...saved });
}

export function saveSettings(settings: KioskSettings, storage: Storage = localStorage): void {
  storage.setItem(kioskKey('settings'), JSON.stringify(normalise(settings)));
}

/** Reads the provisioning parameters of a kiosk URL; only those present are returned. */
export function settingsFromUrl(url: URL): Partial<KioskSettings> {
  const p = url.searchParams;
  const found: Partial<KioskSettings> = {};
  const endpoint = p.get('endpoint');
  if (endpoint !== null) found.endpoint = endpoint.trim();
  const practice = p.get('practice');
  if (practice !== null) found.practice = practice.trim();
  const where = p.get('location');
  if (where !== null) found.location = where.trim();
  const promise = p.get('promise');
  if (promise !== null) found.promise = promise.trim();
  const survey = p.get('survey');
  if (survey !== null) found.survey = survey.trim();
  const lang = p.get('lang');
  if (lang) found.lang = lang.trim();
  // Easy read for every patient: `easyread=1` (or `on`, `true`); `easyread=0` turns it off.
  const easy = p.get('easyread')?.trim().toLowerCase();
  if (easy) found.easyRead = ['1', 'on', 'true', 'yes'].includes(easy);
  const idle = p.get('idle');
  if (idle !== null && idle.trim() !== '') {
    const seconds = Number(idle);
    if (Number.isFinite(seconds)) {
      if (seconds < MIN_IDLE_SECONDS) {
        console.warn(
          `patient-feedback kiosk: idle=${idle} is too short for a patient to read; using ${MIN_IDLE_SECONDS} seconds.`,
        );
      }
      found.idleSeconds = Math.max(MIN_IDLE_SECONDS, Math.round(seconds));
    } else {
      console.warn(`patient-feedback kiosk: idle=${idle} is not a number of seconds; keeping the saved value.`);
    }
  }
  return found;
}

const PROVISIONING_PARAMS = ['endpoint', 'practice', 'location', 'promise', 'survey', 'lang', 'idle', 'easyread'];

/**
 * URL parameters win over saved settings and are saved — each only if the staff settings form would accept it
 * (`checkSettings`, the same function): a refused one keeps the saved value and is recorded for staff to see
 * (setup-link-notice.ts). Then they are removed from the address bar (history.replaceState, so no extra history
 * entry) — a patient never sees the endpoint or tampers with it. A device token in the fragment (`#device=pfd_…`,
 * device.ts) is kept for the origin of the endpoint now set, and cleared from the address bar too.
 */
export function provisionFromUrl(win: Window = window): KioskSettings {
  const url = new URL(win.location.href);
  const fromUrl = settingsFromUrl(url);
  let settings = loadSettings(win.localStorage);
  if (Object.keys(fromUrl).length > 0) {
    const { accepted, refused } = screenLink(settings, fromUrl, url.href);
    settings = normalise({ ...settings, ...accepted });
    saveSettings(settings, win.localStorage);
    saveRefusals(refused, win.localStorage);
  }
  const token = deviceTokenFromUrl(url);
  if (token && settings.endpoint) {
    saveDevice({ token, origin: new URL(settings.endpoint, url.href).origin }, win.localStorage);
  }
  const hasDevice = new URLSearchParams(url.hash.slice(1)).has('device');
  if (PROVISIONING_PARAMS.some((name) => url.searchParams.has(name)) || hasDevice) {
    for (const name of PROVISIONING_PARAMS) url.searchParams.delete(name);
    win.history.replaceState(win.history.state, '', url.pathname + url.search + (hasDevice ? '' : url.hash));
  }
  return settings;
}

/** Splits a link's values into those the settings form would accept and those it would refuse (and why). */
function screenLink(saved: KioskSettings, fromUrl: Partial<KioskSettings>, base: string) {
  const errors = checkSettings(normalise({ ...saved, ...fromUrl }), base);
  const accepted: Partial<Record<keyof KioskSettings, unknown>> = {};
  const refused: RefusedSetting[] = [];
  for (const [setting, value] of Object.entries(fromUrl) as [keyof KioskSettings, unknown][]) {
    const reason = errors[setting];
    if (reason === undefined) {
      accepted[setting] = value;
      continue;
    }
    refused.push({ setting, value: String(value), reason, kept: String(saved[setting]) !== '' });
    console.warn(`patient-feedback kiosk: the setup link's ${setting}=${String(value)} was not used: ${reason}`);
  }
  return { accepted: accepted as Partial<KioskSettings>, refused };
}

function normalise(s: KioskSettings): KioskSettings {
  const languages = Array.isArray(s.languages)
    ? s.languages.filter((l): l is string => typeof l === 'string' && l.length > 0)
    : [...SUPPORTED_LANGUAGES];
  return {
    endpoint: String(s.endpoint ?? ''),
    practice: String(s.practice ?? ''),
    location: String(s.location ?? ''),
    promise: String(s.promise ?? ''),
    survey: String(s.survey ?? ''),
    lang: String(s.lang || 'en'),
    idleSeconds: Number.isFinite(s.idleSeconds)
      ? Math.max(MIN_IDLE_SECONDS, Math.round(s.idleSeconds))
      : DEFAULT_IDLE_SECONDS,
    languages: languages.length ? languages : [...SUPPORTED_LANGUAGES],
    retentionDays:
      Number.isFinite(s.retentionDays) && s.retentionDays >= 1 ? Math.round(s.retentionDays) : DEFAULT_RETENTION_DAYS,
    easyRead: s.easyRead === true,
  };
}
