import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from '../../../collector/accounts/base32.js';
import {
  hashRecoveryCode,
  newRecoveryCodes,
  normalizeRecoveryCode,
} from '../../../collector/accounts/recovery-codes.js';
import { acceptTotp, hotp, newTotpSecret, totpCode, totpStep, totpUri } from '../../../collector/accounts/totp.js';

// RFC 6238 appendix B: the seeds are ASCII digits, 20 / 32 / 64 bytes for SHA-1 / SHA-256 / SHA-512, 8 digits.
const SEEDS = {
  sha1: Buffer.from('12345678901234567890'),
  sha256: Buffer.from('12345678901234567890123456789012'),
  sha512: Buffer.from('1234567890123456789012345678901234567890123456789012345678901234'),
} as const;
const VECTORS: [number, string, string, string][] = [
  [59, '94287082', '46119246', '90693936'],
  [1111111109, '07081804', '68084774', '25091201'],
  [1111111111, '14050471', '67062674', '99943326'],
  [1234567890, '89005924', '91819424', '93441116'],
  [2000000000, '69279037', '90698825', '38618901'],
  [20000000000, '65353130', '77737706', '47863826'],
];

describe('TOTP (RFC 6238)', () => {
  it('gives the RFC test vectors for SHA-1, SHA-256 and SHA-512', () => {
    for (const [seconds, sha1, sha256, sha512] of VECTORS) {
      const step = totpStep(seconds * 1000);
      expect(hotp(SEEDS.sha1, step, 8, 'sha1')).toBe(sha1);
      expect(hotp(SEEDS.sha256, step, 8, 'sha256')).toBe(sha256);
      expect(hotp(SEEDS.sha512, step, 8, 'sha512')).toBe(sha512);
    }
  });

  it('gives the RFC 4226 HOTP values', () => {
    const expected = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871'];
    expected.forEach((code, counter) => expect(hotp(SEEDS.sha1, counter)).toBe(code));
  });

  it('accepts the code of now and of one step either side, once', () => {
    const secret = newTotpSecret();
    const now = Date.UTC(2026, 11, 2, 9, 30, 10);
    const step = acceptTotp(secret, totpCode(secret, now), now);
    expect(step).toBe(totpStep(now));
    expect(acceptTotp(secret, totpCode(secret, now), now, step)).toBeUndefined();
    expect(acceptTotp(secret, totpCode(secret, now - 30_000), now)).toBe(totpStep(now) - 1);
    expect(acceptTotp(secret, totpCode(secret, now + 30_000), now)).toBe(totpStep(now) + 1);
    expect(acceptTotp(secret, totpCode(secret, now - 90_000), now)).toBeUndefined();
    const typed = totpCode(secret, now);
    expect(acceptTotp(secret, `${typed.slice(0, 3)} ${typed.slice(3)}`, now)).toBe(totpStep(now));
    expect(acceptTotp(secret, 'abcdef', now)).toBeUndefined();
  });

  it('writes secrets in base32 that an app reads back', () => {
    const secret = newTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('mzxw 6ytb oi======').toString()).toBe('foobar');
    const uri = new URL(totpUri(secret, 'ana@smiledental.example'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Patient feedback');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Patient feedback:ana@smiledental.example');
  });
});

describe('recovery codes', () => {
  it('are ten different codes, kept only as hashes', () => {
    const { codes, hashes } = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const [i, code] of codes.entries()) {
      expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
      expect(hashes[i]).toMatch(/^[0-9a-f]{64}$/);
      expect(hashes[i]).toBe(hashRecoveryCode(code));
    }
  });

  it('are read back however they are typed', () => {
    expect(normalizeRecoveryCode('7kq2m 9fd3x')).toBe('7KQ2M9FD3X');
    expect(normalizeRecoveryCode('OIL2M-9FD3X')).toBe('0112M9FD3X');
    expect(hashRecoveryCode('7kq2m-9fd3x')).toBe(hashRecoveryCode('7KQ2M9FD3X'));
    expect(normalizeRecoveryCode('7KQ2M')).toBeUndefined();
    expect(normalizeRecoveryCode('UUUUU-UUUUU')).toBeUndefined();
  });
});
