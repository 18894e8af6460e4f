/**
 * What a setup link asked for and the tablet refused: a value the staff settings form would refuse too (the same
 * `checkSettings`). Kept until staff save the settings or a later link is taken in full, and shown on the start
 * screen and in staff mode — otherwise the tablet would go on using its previous endpoint and nobody would know.
 */
import type { KioskSettings } from './settings.js';
import { kioskKey } from './storage-names.js';

export interface RefusedSetting {
  setting: keyof KioskSettings;
  /** The value the link carried. */
  value: string;
  /** Why, in the words the settings form shows next to the field. */
  reason: string;
  /** The tablet had a value of its own and kept it. */
  kept: boolean;
}

const KEY = () => kioskKey('setup-link-refused');

const NAMES: Partial<Record<keyof KioskSettings, string>> = {
  endpoint: 'endpoint',
  practice: 'practice name',
  location: 'location',
  promise: 'follow-up promise',
  survey: 'survey address',
  lang: 'language',
  idleSeconds: 'idle time',
};

/** Replaces what an earlier link left: no refusals, no notice. */
export function saveRefusals(refused: readonly RefusedSetting[], storage: Storage = localStorage): void {
  if (refused.length) storage.setItem(KEY(), JSON.stringify(refused));
  else storage.removeItem(KEY());
}

export function loadRefusals(storage: Storage = localStorage): RefusedSetting[] {
  try {
    const value = JSON.parse(storage.getItem(KEY()) ?? '[]') as unknown;
    const entries: unknown[] = Array.isArray(value) ? value : [];
    return entries.filter(
      (r): r is RefusedSetting =>
        typeof (r as RefusedSetting | null)?.setting === 'string' && typeof (r as RefusedSetting).reason === 'string',
    );
  } catch {
    return [];
  }
}

export function clearRefusals(storage: Storage = localStorage): void {
  storage.removeItem(KEY());
}

/** One sentence for staff: which setting, the value refused, why, and what the tablet uses instead. */
export function refusalText(r: RefusedSetting): string {
  const name = NAMES[r.setting] ?? r.setting;
  const instead = r.kept ? `The tablet keeps its previous ${name}.` : `The tablet has no ${name} yet.`;
  return `The setup link's ${name} "${r.value}" was not used: ${r.reason} ${instead}`;
}
