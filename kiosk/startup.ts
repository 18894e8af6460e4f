/**
 * What the tablet does once each time the kiosk starts: drop staff copies past their retention, start delivery
 * (flushes the outbox now, when the network returns and on a timer) and ask the browser not to evict storage.
 */
import { requestPersistence, startDelivery } from '../src/delivery/index.js';
import { pruneRecords } from './local-record.js';
import type { KioskSettings } from './settings.js';

let started = false;

export async function startKiosk(settings: KioskSettings): Promise<void> {
  if (started) return;
  started = true;
  startDelivery();
  await Promise.allSettled([pruneRecords(settings.retentionDays), requestPersistence()]);
}
