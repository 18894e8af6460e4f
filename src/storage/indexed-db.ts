/**
 * One way to hold an IndexedDB connection, for delivery's outbox and the kiosk's own record: opened lazily on first
 * use, shared, and given up (then opened again on the next use) when it fails, when another tab needs to upgrade
 * it, when the browser closes it, or when its name changes (tests give each file a database of its own).
 * A failure to open — private browsing, storage disabled, an older tab blocking an upgrade — is a
 * `StorageUnavailableError`, and the next call tries again: storage may come back.
 */
import { openDB, type DBSchema, type IDBPDatabase, type OpenDBCallbacks } from 'idb';

export class StorageUnavailableError extends Error {}

export interface DatabaseSpec<Schema extends DBSchema> {
  /** Read on every use, so a changed name opens the other database. */
  readonly name: () => string;
  readonly version: number;
  /** Versioned migration: each `if (oldVersion < n)` step moves one version forward. */
  readonly upgrade: NonNullable<OpenDBCallbacks<Schema>['upgrade']>;
  /** Opening that takes longer than this (an older tab blocking the upgrade) counts as unavailable for now. */
  readonly openTimeoutMs?: number;
}

export interface DatabaseConnection<Schema extends DBSchema> {
  /** The open database; rejects with StorageUnavailableError. */
  get(): Promise<IDBPDatabase<Schema>>;
  /** Closes it; the next `get()` opens it again. */
  close(): void;
}

export function databaseConnection<Schema extends DBSchema>(spec: DatabaseSpec<Schema>): DatabaseConnection<Schema> {
  let current: { name: string; db: Promise<IDBPDatabase<Schema>> } | undefined;

  const close = (): void => {
    void current?.db.then(
      (db) => db.close(),
      () => {},
    );
    current = undefined;
  };

  async function open(name: string): Promise<IDBPDatabase<Schema>> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      // Without IndexedDB at all (old engines, some private modes) openDB throws, and lands in the catch too.
      return await Promise.race([
        openDB<Schema>(name, spec.version, {
          upgrade: spec.upgrade,
          // A newer version in another tab wants to upgrade: step aside rather than block it.
          blocking: close,
          terminated: close,
        }),
        new Promise<never>((_, reject) => {
          timer = setTimeout(reject, spec.openTimeoutMs ?? 3_000, new Error('blocked by another tab'));
        }),
      ]);
    } catch (error) {
      throw new StorageUnavailableError(`IndexedDB could not be opened: ${(error as Error)?.message}`);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get() {
      const name = spec.name();
      if (current?.name !== name) {
        close();
        const opening = { name, db: open(name) };
        current = opening;
        opening.db.catch(() => {
          if (current === opening) current = undefined;
        });
      }
      return current.db;
    },
    close,
  };
}
