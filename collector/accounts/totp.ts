/**
 * The second factor: time-based one-time passwords (RFC 6238; HOTP of RFC 4226 underneath) as every authenticator
 * app shows them — SHA-1, 6 digits, a new code every 30 seconds. node:crypto does the HMAC; the RFC's own test
 * vectors check this file (test/collector/accounts/totp.test.ts).
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { base32Decode, base32Encode } from './base32.js';

export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
/** Codes one step either side of now are accepted: a phone's clock a little off, or a code typed as it changed. */
const DRIFT_STEPS = 1;

export type TotpAlgorithm = 'sha1' | 'sha256' | 'sha512';

/** A new shared secret (160 bits, as RFC 4226 recommends), in base32 as apps expect it. */
export function newTotpSecret(): string {
  return base32Encode(randomBytes(20));
}

/** The HOTP value of `counter` (RFC 4226 §5.3, dynamic truncation). */
export function hotp(key: Buffer, counter: number, digits = TOTP_DIGITS, algorithm: TotpAlgorithm = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = (mac[mac.length - 1] ?? 0) & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return String(binary % 10 ** digits).padStart(digits, '0');
}

export function totpStep(atMs: number): number {
  return Math.floor(atMs / 1000 / TOTP_PERIOD_SECONDS);
}

export function totpCode(secret: string, atMs: number): string {
  return hotp(base32Decode(secret), totpStep(atMs));
}

/**
 * The time step `code` belongs to, if it is right for now (± one step) and later than `lastUsedStep`; undefined
 * otherwise. The caller stores the step it gets back, so a code that was seen once (over a shoulder, in a log)
 * cannot be used again.
 */
export function acceptTotp(secret: string, code: string, atMs: number, lastUsedStep = -1): number | undefined {
  const typed = code.replace(/[\s-]/g, '');
  if (!/^\d{6}$/.test(typed)) return undefined;
  const key = base32Decode(secret);
  const now = totpStep(atMs);
  let found: number | undefined;
  // Every candidate is computed and compared, whatever matched, so the time taken says nothing.
  for (let step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step += 1) {
    const expected = Buffer.from(hotp(key, step));
    if (timingSafeEqual(expected, Buffer.from(typed)) && step > lastUsedStep && found === undefined) found = step;
  }
  return found;
}

/** The address an authenticator app reads (usually from a QR code) to add this account. */
export function totpUri(secret: string, account: string, issuer = 'Patient feedback'): string {
  const label = `${encodeURIComponent(issuer)}:${encodeURIComponent(account)}`;
  const query = new URLSearchParams({
    secret,
    issuer,
    algorithm: 'SHA1',
    digits: String(TOTP_DIGITS),
    period: String(TOTP_PERIOD_SECONDS),
  });
  return `otpauth://totp/${label}?${query.toString().replace(/\+/g, '%20')}`;
}
