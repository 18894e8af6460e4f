/// <reference types="mocha" />
// The one IndexedDB connection helper (src/storage/indexed-db.ts) that delivery's outbox and the kiosk's record use.
import { expect } from 'chai';
import type { DBSchema } from 'idb';
import { databaseConnection, StorageUnavailableError } from '../../../src/storage/indexed-db.js';
import { newBucket } from './helpers.js';

interface Notes extends DBSchema {
  notes: { key: string; value: string };
}

function notes(name: () => string, version = 1) {
  return databaseConnection<Notes>({
    name,
    version,
    upgrade(db, oldVersion) {
      if (oldVersion < 1) db.createObjectStore('notes');
    },
  });
}

describe('the IndexedDB connection delivery and the kiosk share', () => {
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('says storage is unavailable when the browser refuses, and opens on the next use once it is back', async () => {
    const name = newBucket('pf-test-db');
    const connection = notes(() => name);
    indexedDB.open = () => {
      throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
    };
    restore = () => delete (indexedDB as { open?: unknown }).open;
    const error = await connection.get().catch((e: unknown) => e);
    expect(error).to.be.instanceOf(StorageUnavailableError);
    restore();
    restore = undefined;
    const db = await connection.get();
    await db.put('notes', 'kept', 'a');
    expect(await db.get('notes', 'a')).to.equal('kept');
    connection.close();
  });

  it('opens once and shares it, and follows a changed name to the other database', async () => {
    let name = newBucket('pf-test-db-one');
    const connection = notes(() => name);
    const first = await connection.get();
    expect(await connection.get()).to.equal(first);
    await first.put('notes', 'one', 'k');
    name = newBucket('pf-test-db-two');
    const second = await connection.get();
    expect(second).to.not.equal(first);
    expect(second.name).to.equal(name);
    expect(await second.get('notes', 'k')).to.equal(undefined);
    connection.close();
  });

  it('steps aside when a newer version (another tab after an update) upgrades the database', async () => {
    const name = newBucket('pf-test-db-upgrade');
    const older = notes(() => name, 1);
    await older.get();
    // Would wait for ever (`blocked`) if the open connection did not close itself.
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open(name, 2);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error ?? new Error('open failed'));
      request.onblocked = () => reject(new Error('blocked by the older connection'));
    });
    expect(newer.version).to.equal(2);
    newer.close();
    // The older code cannot use a newer database: it says storage is unavailable rather than break.
    expect(await older.get().catch((e: unknown) => e)).to.be.instanceOf(StorageUnavailableError);
  });
});
