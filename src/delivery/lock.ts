/**
 * One sender at a time across tabs, iframes and the kiosk's service worker: the Web Locks API. The browser releases
 * the lock when its holder's page closes, so a holder that finds a record `sending` knows it is left over from a page
 * that closed mid-send.
 * Without Web Locks (old Safari) a promise chain serialises senders in this page only; the `sending` lease on the
 * record then keeps other pages off an item in flight.
 */
import { lockName } from './config.js';

let localChain: Promise<unknown> = Promise.resolve();

/** Runs `work` holding the outbox lock. `exclusive` is true when no other page can be sending at the same time. */
export function withOutboxLock<T>(work: (exclusive: boolean) => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (locks?.request) return locks.request(lockName(), () => work(true)) as Promise<T>;
  const run = localChain.then(() => work(false));
  localChain = run.catch(() => undefined);
  return run;
}
