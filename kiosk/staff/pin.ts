/**
 * The staff PIN: stored only as a PBKDF2-SHA-256 hash with a random salt (WebCrypto), never as the digits.
 * Five wrong PINs lock staff mode for five minutes; the count and the lock are stored, so reloading the page
 * (or restarting the tablet) does not reset them, and each attempt is counted before its hash is computed.
 */

import { kioskKey } from '../storage-names.js';

const PIN_KEY = () => kioskKey('staff-pin');
const LOCKOUT_KEY = () => kioskKey('staff-lockout');
export const PIN_ITERATIONS = 150_000;
export const MAX_FAILURES = 5;
export const LOCKOUT_MS = 5 * 60 * 1000;
export const PIN_PATTERN = /^\d{4,8}$/;

interface StoredPin {
  salt: string;
  hash: string;
  iterations: number;
}

interface Lockout {
  failures: number;
  lockedUntil: number;
}

export type PinCheck = { ok: true } | { ok: false; lockedUntil: number; attemptsLeft: number };

export function hasPin(storage: Storage = localStorage): boolean {
  return readStoredPin(storage) !== undefined;
}

export async function setPin(pin: string, storage: Storage = localStorage): Promise<void> {
  if (!PIN_PATTERN.test(pin)) throw new Error('A staff PIN is 4 to 8 digits.');
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const hash = await derive(pin, salt, PIN_ITERATIONS);
  const stored: StoredPin = { salt: toBase64(salt), hash: toBase64(hash), iterations: PIN_ITERATIONS };
  storage.setItem(PIN_KEY(), JSON.stringify(stored));
  storage.removeItem(LOCKOUT_KEY());
}

/** Locked (ms timestamp until which no PIN is even checked), or 0. */
export function lockedUntil(now = Date.now(), storage: Storage = localStorage): number {
  const lock = readLockout(storage);
  return lock.lockedUntil > now ? lock.lockedUntil : 0;
}

export async function checkPin(pin: string, now = Date.now(), storage: Storage = localStorage): Promise<PinCheck> {
  const lock = readLockout(storage);
  if (lock.lockedUntil > now) return { ok: false, lockedUntil: lock.lockedUntil, attemptsLeft: 0 };
  // The attempt is counted as a failure now, in the same step as the read and before the slow hash: a PIN entered
  // while another is still being hashed (a second pad, a second tab, a script) sees this one, so a burst of guesses
  // cannot all start from the same count. A lock that has run out gives a fresh set of attempts.
  const failures = (lock.lockedUntil ? 0 : lock.failures) + 1;
  const until = failures >= MAX_FAILURES ? now + LOCKOUT_MS : 0;
  writeLockout(storage, { failures: until ? 0 : failures, lockedUntil: until });

  const stored = readStoredPin(storage);
  if (stored && PIN_PATTERN.test(pin)) {
    const hash = await derive(pin, fromBase64(stored.salt), stored.iterations);
    if (sameBytes(hash, fromBase64(stored.hash))) {
      storage.removeItem(LOCKOUT_KEY());
      return { ok: true };
    }
  }
  return { ok: false, lockedUntil: until, attemptsLeft: until ? 0 : MAX_FAILURES - failures };
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    256,
  );
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so timing says nothing about the PIN. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}

function readStoredPin(storage: Storage): StoredPin | undefined {
  try {
    const value = JSON.parse(storage.getItem(PIN_KEY()) ?? 'null') as StoredPin | null;
    return value && typeof value.hash === 'string' && typeof value.salt === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

function writeLockout(storage: Storage, lock: Lockout): void {
  storage.setItem(LOCKOUT_KEY(), JSON.stringify(lock));
}

function readLockout(storage: Storage): Lockout {
  try {
    const value = JSON.parse(storage.getItem(LOCKOUT_KEY()) ?? 'null') as Lockout | null;
    return { failures: Number(value?.failures) || 0, lockedUntil: Number(value?.lockedUntil) || 0 };
  } catch {
    return { failures: 0, lockedUntil: 0 };
  }
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: string): Uint8Array {
  return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
}
