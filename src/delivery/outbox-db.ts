/**
 * The IndexedDB layer: typed schema, named constants, a lazy connection, versioned upgrades.
 * A failure to open (private browsing, blocked, disabled) is reported as a StorageUnavailableError, and the next call
 * tries again — storage may come back (a stub removed, another tab that blocked the upgrade closed).
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Submission } from '../core/definition.js';
import { deliveryConfig } from './config.js';

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
  /**
   * Epoch ms the endpoint asked us to wait until (Retry-After; the failure time when it did not ask); honoured even
   * when the network comes back.
   */
  retryAfterUntil?: number;
}

/** A refused submission: its outbox record as it was, and why. */
export interface UndeliverableRecord extends OutboxRecord {
  failedAt: number;
  httpStatus?: number;
  message: string;
}

export interface DeliveryDB extends DBSchema {
  outbox: {
    key: string;
    value: OutboxRecord;
    indexes: { 'by-next-attempt': number };
  };
  undeliverable: { key: string; value: UndeliverableRecord };
  /** `lastDeliveryAt` (ISO string). */
  meta: { key: string; value: unknown };
}

export type OutboxDb = IDBPDatabase<DeliveryDB>;

export class StorageUnavailableError extends Error {}

async function open(name: string): Promise<OutboxDb> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    // Without IndexedDB at all (old engines, some private modes) openDB throws, and lands in the catch like the rest.
    return await Promise.race([
      openDB<DeliveryDB>(name, DB_VERSION, {
        upgrade(db, oldVersion) {
          // Versioned migration: each step moves one version forward; add `if (oldVersion < 2)` below for the next.
          if (oldVersion < 1) {
            // (Databases made by earlier builds also have an unused `by-state` index; it does no harm.)
            db.createObjectStore('outbox', { keyPath: 'id' }).createIndex('by-next-attempt', 'nextAttemptAt');
            db.createObjectStore('undeliverable', { keyPath: 'id' });
            db.createObjectStore('meta');
          }
        },
        // A newer version of the library in another tab wants to upgrade: step aside rather than block it.
        blocking: forget,
        terminated: forget,
      }),
      new Promise<never>((_, reject) => {
        timer = setTimeout(reject, OPEN_TIMEOUT_MS, new Error('blocked by another tab'));
      }),
    ]);
  } catch (error) {
    throw new StorageUnavailableError(`IndexedDB could not be opened: ${(error as Error)?.message}`);
  } finally {
    clearTimeout(timer);
  }
}

let connection: { name: string; db: Promise<OutboxDb> } | undefined;

function forget(): void {
  void connection?.db.then(
    (db) => db.close(),
    () => {},
  );
  connection = undefined;
}

/** The shared connection to the configured outbox, opened on first use. Rejects with StorageUnavailableError. */
export function getDb(): Promise<OutboxDb> {
  const name = deliveryConfig().dbName;
  if (connection?.name !== name) {
    forget();
    const opening = { name, db: open(name) };
    connection = opening;
    opening.db.catch(() => {
      if (connection === opening) connection = undefined;
    });
  }
  return connection.db;
}
