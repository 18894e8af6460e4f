/**
 * This tablet's device token (`pfd_…`): what makes it a known tablet of its practice (docs/kiosk.md). It arrives in
 * the setup link's fragment, `#device=pfd_…` — a fragment never leaves the tablet in a request, so the token is not
 * written to any server's log or sent as a Referer — and is kept beside the kiosk settings (not in them: the staff
 * settings form rewrites those and never shows the token), bound to the origin of the endpoint the link set.
 * provisionFromUrl (settings.ts) stores it and clears the fragment from the address bar.
 */
import { useDeviceToken } from '../src/delivery/index.js';
import { kioskKey } from './storage-names.js';

export interface KioskDevice {
  token: string;
  /** The collector that gave the token out: the only origin it is sent to. */
  origin: string;
}

const KEY = () => kioskKey('device');

/** The token a setup link's fragment carries, if any. */
export function deviceTokenFromUrl(url: URL): string | undefined {
  const token = new URLSearchParams(url.hash.slice(1)).get('device')?.trim();
  return token && /^pfd_[A-Za-z0-9_-]{43}$/.test(token) ? token : undefined;
}

export function loadDevice(storage: Storage = localStorage): KioskDevice | undefined {
  try {
    const saved = JSON.parse(storage.getItem(KEY()) ?? 'null') as Partial<KioskDevice> | null;
    return typeof saved?.token === 'string' && typeof saved.origin === 'string'
      ? { token: saved.token, origin: saved.origin }
      : undefined;
  } catch {
    return undefined;
  }
}

export function saveDevice(device: KioskDevice, storage: Storage = localStorage): void {
  storage.setItem(KEY(), JSON.stringify(device));
}

/** Hands the saved token to delivery, so the outbox sends it with every submission to its collector. */
export function useSavedDevice(storage: Storage = localStorage): KioskDevice | undefined {
  const device = loadDevice(storage);
  useDeviceToken(device?.token ?? '', device?.origin ?? '');
  return device;
}
