/**
 * This tablet's own copy of each submission it made, so staff can export what the tablet collected.
 * It is staff data, separate from the delivery outbox: the outbox holds what still has to reach the endpoint and
 * empties itself; this record keeps copies for `retentionDays` (pruned on start) or until staff clear it.
 * Only submitted answers ever get here — never a half-finished survey.
 */
import type { DBSchema } from 'idb';
import type { Submission } from '../src/core/definition.js';
import { databaseConnection } from '../src/storage/indexed-db.js';
import { kioskDbName } from './storage-names.js';

const KIOSK_DB_VERSION = 1;
const DAY_MS = 24 * 60 * 60 * 1000;

interface KioskRecordEntry {
  id: string;
  /** When this tablet stored it (ms); retention counts from here. */
  recordedAt: number;
  submission: Submission;
}

interface KioskDb extends DBSchema {
  submissions: { key: string; value: KioskRecordEntry; indexes: { recordedAt: number } };
}

/** The same lazy, self-healing connection delivery's outbox uses; the name follows the test namespace. */
const database = databaseConnection<KioskDb>({
  name: kioskDbName,
  version: KIOSK_DB_VERSION,
  upgrade(db, oldVersion) {
    if (oldVersion < 1) {
      const store = db.createObjectStore('submissions', { keyPath: 'id' });
      store.createIndex('recordedAt', 'recordedAt');
    }
  },
});
const getDb = () => database.get();

/** Keeps a copy; a repeat of the same id (one submission reported twice) overwrites rather than duplicates. */
export async function recordSubmission(submission: Submission, now = Date.now()): Promise<void> {
  const db = await getDb();
  await db.put('submissions', { id: submission.id, recordedAt: now, submission });
}

/** Oldest first, as staff expect in a spreadsheet. */
export async function recordedSubmissions(): Promise<Submission[]> {
  const db = await getDb();
  const entries = await db.getAllFromIndex('submissions', 'recordedAt');
  return entries.map((e) => e.submission);
}

export async function countRecorded(): Promise<number> {
  return (await getDb()).count('submissions');
}

/** Deletes copies older than the retention window; returns how many went. */
export async function pruneRecords(retentionDays: number, now = Date.now()): Promise<number> {
  const db = await getDb();
  const tx = db.transaction('submissions', 'readwrite');
  const range = IDBKeyRange.upperBound(now - retentionDays * DAY_MS, true);
  let removed = 0;
  for (let cursor = await tx.store.index('recordedAt').openCursor(range); cursor; cursor = await cursor.continue()) {
    await cursor.delete();
    removed++;
  }
  await tx.done;
  return removed;
}

/** Staff "Clear local data": the copies only. The outbox is left alone so nothing unsent is lost. */
export async function clearRecords(): Promise<void> {
  await (await getDb()).clear('submissions');
}
