/**
 * The random secrets of the staff side — API tokens, session ids, CSRF tokens — and how each is kept.
 *
 * Tokens and session ids are 256 random bits. The database keeps only their SHA-256: whoever reads a backup cannot
 * act as anyone. A fast hash is right here (unlike passwords): 256 random bits cannot be guessed, so there is
 * nothing for a slow hash to slow down. CSRF tokens are derived from the session id, so they need no storage and
 * change with every new session.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** API tokens start with this, so a leaked one is recognisable (secret scanners, logs) and cannot be mistaken. */
export const TOKEN_PREFIX = 'pft_';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

function random256(): string {
  return randomBytes(32).toString('base64url');
}

export interface NewSecret {
  /** Shown once (a token to its owner) or sent once (a session id in its cookie); never stored. */
  secret: string;
  /** What the database keeps. */
  hash: string;
}

/** A new API token: `pft_` and 43 URL-safe characters. */
export function newApiToken(): NewSecret {
  const secret = `${TOKEN_PREFIX}${random256()}`;
  return { secret, hash: sha256(secret) };
}

export function looksLikeApiToken(text: string): boolean {
  return /^pft_[A-Za-z0-9_-]{43}$/.test(text);
}

/** A waiting-room tablet's device token (collector/tablets/): `pfd_` and 43 URL-safe characters, kept as a hash. */
export function newDeviceToken(): NewSecret {
  const secret = `pfd_${random256()}`;
  return { secret, hash: sha256(secret) };
}

export function looksLikeDeviceToken(text: string): boolean {
  return /^pfd_[A-Za-z0-9_-]{43}$/.test(text);
}

/** A new session id for the session cookie. */
export function newSessionId(): NewSecret {
  const secret = random256();
  return { secret, hash: sha256(secret) };
}

export function looksLikeSessionId(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}

/**
 * The CSRF token of a session: an HMAC of the session id, so a page can carry it in its forms while only someone
 * holding the cookie's value could compute it. A cross-site page sees neither.
 */
export function csrfTokenFor(sessionId: string): string {
  return createHmac('sha256', sessionId).update('patient-feedback csrf').digest('base64url');
}

export function csrfTokenMatches(sessionId: string, given: string | undefined): boolean {
  if (given === undefined) return false;
  const expected = Buffer.from(csrfTokenFor(sessionId));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
