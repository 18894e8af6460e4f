/**
 * The last good copy of the practice's own survey, so a tablet that restarts with no network still shows the
 * practice's survey, not the standard one. Kept beside the settings in `localStorage` (key `pf-kiosk:survey-copy`)
 * rather than in IndexedDB: it is read synchronously when the kiosk starts, so even the first patient after an
 * offline restart gets it, and a definition is a few kilobytes. It holds the survey's questions only — never an
 * answer — so a patient's wipe leaves it alone, and so does "Clear local data".
 */
import type { SurveyDefinition } from '../src/core/definition.js';
import { parseDefinition } from '../src/core/parse.js';
import { kioskKey } from './storage-names.js';

export interface SurveyCopy {
  /** Checked again on reading (a damaged entry is not used); frozen, one object for every patient. */
  definition: SurveyDefinition;
  /** When it was fetched (ms since 1970). */
  savedAt: number;
}

interface Stored {
  /** The address it was fetched from: a copy answers only for the survey address it came from. */
  url: string;
  /** The definition as fetched (JSON). */
  json: unknown;
  savedAt: number;
}

const KEY = () => kioskKey('survey-copy');

/** The copy saved for this address, or undefined (none, another address's, or damaged). */
export function loadSurveyCopy(url: string, storage: Storage = localStorage): SurveyCopy | undefined {
  try {
    const stored = JSON.parse(storage.getItem(KEY()) ?? 'null') as Stored | null;
    if (!stored || stored.url !== url || typeof stored.savedAt !== 'number') return undefined;
    const definition = parseDefinition(stored.json);
    return definition.kind === 'first-impression' ? { definition, savedAt: stored.savedAt } : undefined;
  } catch {
    // Unreadable or no longer a valid survey: as if there were no copy (the next fetch saves a new one).
    return undefined;
  }
}

/** Replaces the saved copy; false when the tablet could not keep it (storage full or blocked). */
export function saveSurveyCopy(url: string, json: unknown, savedAt: number, storage: Storage = localStorage): boolean {
  try {
    storage.setItem(KEY(), JSON.stringify({ url, json, savedAt } satisfies Stored));
    return true;
  } catch {
    return false;
  }
}
