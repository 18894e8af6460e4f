/**
 * The IndexedDB layer: typed schema, named constants, a lazy connection, versioned upgrades.
 * A failure to open (private browsing, blocked, disabled) is reported as a StorageUnavailableError, and the next call
 * tries again — storage may come back (a stub removed, another tab that blocked the upgrade closed).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Submission } from '../core/definition.js';
import { deliveryConfig, onDbNameChange } from './config.js';

export const DB_VERSION = 1;
/** Opening that takes longer than this (an older tab blocking the upgrade) counts as unavailable for now. */
const OPEN_TIMEOUT_MS = 3_000;

export type OutboxState = 'queued' | 'sending';

export interface OutboxRecord {
  id: string;
  /** Absolute URL, resolved when stored, so a service worker or another page sends to the same place. */
  endpoint: string;
  submission: Submission;
  /** Epoch ms. */
  createdAt: number;
  attempts: number;
  /** Epoch ms; while `sending`, a lease after which a sender without Web Locks may take the record over. */
  nextAttemptAt: number;
  state: OutboxState;
  lastError?: string;
  /** Epoch ms the endpoint asked us to wait until (Retry-After); honoured even when the network comes back. */
  retryAfterUntil?: number;
}

export interface UndeliverableRecord {
  id: string;
  endpoint: string;
  submission: Submission;
  createdAt: number;
  failedAt: number;
  httpStatus?: number;
  message: string;
}

export interface DeliveryDB extends DBSchema {
  outbox: {
    key: string;
    value: OutboxRecord;
    indexes: { 'by-next-attempt': number; 'by-state': OutboxState };
  };
  undeliverable: { key: string; value: UndeliverableRecord };
  /** `lastDeliveryAt` (ISO string), `persisted` (boolean). */
  meta: { key: string; value: unknown };
}

export class StorageUnavailableError extends Error {
  override name = 'StorageUnavailableError';
}

let dbPromise: Promise<IDBPDatabase<DeliveryDB>> | null = null;

onDbNameChange(() => {
  void dbPromise?.then((db) => db.close()).catch(() => {});
  dbPromise = null;
});

async function open(name: string): Promise<IDBPDatabase<DeliveryDB>> {
  if (typeof indexedDB === 'undefined') throw new StorageUnavailableError('IndexedDB is not available');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const opening = openDB<DeliveryDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      // Versioned migration: each step moves one version forward; add `if (oldVersion < 2)` below for the next.
      if (oldVersion < 1) {
        const outbox = db.createObjectStore('outbox', { keyPath: 'id' });
        outbox.createIndex('by-next-attempt', 'nextAttemptAt');
        outbox.createIndex('by-state', 'state');
        db.createObjectStore('undeliverable', { keyPath: 'id' });
        db.createObjectStore('meta');
      }
    },
    // A newer version of the library in another tab wants to upgrade: step aside rather than block it.
    blocking() {
      void dbPromise?.then((db) => db.close());
      dbPromise = null;
    },
    terminated() {
      dbPromise = null;
    },
  });
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageUnavailableError('IndexedDB did not open (blocked)')), OPEN_TIMEOUT_MS);
  });
  try {
    return await Promise.race([opening, timeout]);
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error;
    throw new StorageUnavailableError(`IndexedDB could not be opened: ${String((error as Error)?.message ?? error)}`);
  } finally {
    clearTimeout(timer);
  }
}

/** The shared connection, opened on first use. Rejects with StorageUnavailableError. */
export function getDb(): Promise<IDBPDatabase<DeliveryDB>> {
  if (!dbPromise) {
    const attempt = open(deliveryConfig().dbName);
    dbPromise = attempt;
    attempt.catch(() => {
      if (dbPromise === attempt) dbPromise = null;
    });
  }
  return dbPromise;
}
