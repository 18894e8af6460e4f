/**
 * Recovery codes: what lets a person with a second factor sign in when their phone is lost. Ten codes, each used at
 * most once, shown once when the second factor is turned on and stored only as SHA-256 hashes (50 random bits each,
 * and a sign-in allows only a few tries, so a fast hash suffices).
 *
 * Written in Crockford's base32 (no I, L, O, U) in two groups of five, e.g. `7KQ2M-9FD3X`; reading one back forgives
 * case, spaces, dashes and the look-alikes I/L → 1 and O → 0.
 */
import { randomInt } from 'node:crypto';
import { sha256 } from './secrets.js';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_CODE_COUNT = 10;

function oneCode(): string {
  let code = '';
  for (let i = 0; i < 10; i += 1) code += ALPHABET[randomInt(ALPHABET.length)];
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

export interface NewRecoveryCodes {
  /** Shown to the person once, to print or keep in a password manager. */
  codes: string[];
  hashes: string[];
}

/** The code as typed, in the one form it was hashed in; undefined when it cannot be a recovery code. */
export function normalizeRecoveryCode(typed: string): string | undefined {
  const clean = typed.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  return /^[0-9A-HJKMNP-TV-Z]{10}$/.test(clean) ? clean : undefined;
}

export function hashRecoveryCode(typed: string): string | undefined {
  const clean = normalizeRecoveryCode(typed);
  return clean === undefined ? undefined : sha256(`recovery:${clean}`);
}

export function newRecoveryCodes(count = RECOVERY_CODE_COUNT): NewRecoveryCodes {
  const codes = Array.from({ length: count }, oneCode);
  return { codes, hashes: codes.map((code) => hashRecoveryCode(code) ?? '') };
}
