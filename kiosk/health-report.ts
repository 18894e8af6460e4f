/**
 * The tablet tells its collector how it is doing (issue 14, "tablet health"): at start, every minute while online,
 * and as soon as the network returns — its app version, what is waiting in the outbox and what the endpoint
 * refused (delivery's public API only), whether the browser promised to keep its storage
 * (navigator.storage.persisted()), and its battery where the browser tells (navigator.getBattery()). Only a tablet
 * with a device token reports (device.ts), to the collector that gave the token out; the console's Tablets screen
 * shows green, amber or red from it. A report that fails is simply sent again next minute: nothing is queued.
 */
import { APP_VERSION } from './app-version.js';
import { outboxStatus } from '../src/delivery/index.js';
import type { TabletReport } from '../src/core/tablets-api.js';
import { loadDevice } from './device.js';

export const REPORT_EVERY_MS = 60_000;
export const REPORT_PATH = '/api/tablets/report';

interface Battery {
  level: number;
  charging: boolean;
}

async function battery(): Promise<Battery | undefined> {
  try {
    const nav = navigator as Navigator & { getBattery?: () => Promise<Battery> };
    return await nav.getBattery?.();
  } catch {
    return undefined;
  }
}

/** What this tablet would report now. */
export async function healthReport(): Promise<TabletReport> {
  const [status, power] = await Promise.all([outboxStatus(), battery()]);
  return {
    appVersion: APP_VERSION,
    waiting: status.queued + status.sending,
    undeliverable: status.undeliverable,
    storagePersisted: status.persisted ?? null,
    batteryLevel: power ? Math.round(power.level * 100) / 100 : null,
    batteryCharging: power ? power.charging : null,
  };
}

/** Sends one report; the collector's status, or undefined when there is no token or no answer came. */
export async function sendHealthReport(): Promise<number | undefined> {
  const device = loadDevice();
  if (!device) return undefined;
  try {
    const response = await fetch(`${device.origin}${REPORT_PATH}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${device.token}` },
      body: JSON.stringify(await healthReport()),
      credentials: 'omit',
      cache: 'no-store',
    });
    return response.status;
  } catch {
    return undefined;
  }
}

let stop: (() => void) | undefined;

/** Reports now, every `everyMs` while online, and when the network returns. Once per page; returns the stop. */
export function startHealthReports(everyMs = REPORT_EVERY_MS): () => void {
  if (stop) return stop;
  const report = (): void => {
    if (navigator.onLine) void sendHealthReport();
  };
  const timer = setInterval(report, everyMs);
  window.addEventListener('online', report);
  report();
  stop = () => {
    clearInterval(timer);
    window.removeEventListener('online', report);
    stop = undefined;
  };
  return stop;
}
