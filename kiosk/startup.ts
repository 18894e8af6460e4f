/**
 * What the tablet does once each time the kiosk starts: drop staff copies past their retention, hand delivery the
 * tablet's device token (device.ts), start delivery (flushes the outbox now, when the network returns and on a
 * timer), ask the browser not to evict storage, and start the health reports to its collector (health-report.ts).
 */
import { requestPersistence, startDelivery } from '../src/delivery/index.js';
import { useSavedDevice } from './device.js';
import { startHealthReports } from './health-report.js';
import { pruneRecords } from './local-record.js';
import type { KioskSettings } from './settings.js';

let started = false;

export async function startKiosk(settings: KioskSettings): Promise<void> {
  if (started) return;
  started = true;
  useSavedDevice();
  startDelivery();
  await Promise.allSettled([pruneRecords(settings.retentionDays), requestPersistence()]);
  startHealthReports();
}
