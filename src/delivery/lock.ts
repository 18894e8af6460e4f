/**
 * One sender at a time across tabs, iframes and the kiosk's service worker: the Web Locks API. The browser releases
 * the lock when its holder's page closes, so a holder that finds a record `sending` knows it is left over from a page
 * that closed mid-send.
 * Without Web Locks (old Safari) a promise chain serialises senders in this page only; the `sending` lease on the
 * record then keeps other pages off an item in flight.
 */
import { DEFAULT_DB_NAME, deliveryConfig } from './config.js';

let localChain: Promise<unknown> = Promise.resolve();

/** Runs `work` holding the outbox lock. `exclusive` is true when no other page can be sending at the same time. */
export function withOutboxLock<T>(work: (exclusive: boolean) => Promise<T>): Promise<T> {
  const { dbName } = deliveryConfig();
  const locks = globalThis.navigator?.locks;
  // Each outbox has its own lock; the default one keeps the plain name every version of the library uses.
  if (locks)
    return locks.request(dbName === DEFAULT_DB_NAME ? 'pf-outbox' : `pf-outbox:${dbName}`, () =>
      work(true),
    ) as Promise<T>;
  const run = localChain.then(() => work(false));
  localChain = run.catch(() => {});
  return run;
}
