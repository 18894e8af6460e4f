/**
 * Nothing expires silently: an item that has waited longer than the retention window stays in the outbox and is
 * counted as `old`, so staff (kiosk) or the practice (console) can see that something is stuck.
 */
import { deliveryConfig } from './config.js';

export function isOld(createdAt: number, now = Date.now()): boolean {
  return now - createdAt > deliveryConfig().retentionMs;
}

export function countOld(records: readonly { createdAt: number }[], now = Date.now()): number {
  return records.filter((record) => isOld(record.createdAt, now)).length;
}
