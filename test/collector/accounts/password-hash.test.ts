import { describe, expect, it } from 'vitest';
import {
  CURRENT_COST,
  decoyHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../../collector/accounts/password-hash.js';

// A cheap cost where the cost is not what a test is about; one test pays today's real cost.
const CHEAP = { ln: 10, r: 8, p: 1 };

describe('password hashes', () => {
  it("keeps the cost with the hash and checks the right password at today's cost", async () => {
    const started = performance.now();
    const stored = await hashPassword('a long practice password');
    const ms = performance.now() - started;
    expect(stored).toMatch(/^\$scrypt\$ln=17,r=8,p=1\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$/);
    expect(await verifyPassword('a long practice password', stored)).toBe(true);
    expect(await verifyPassword('a long practice passworD', stored)).toBe(false);
    // Slow on purpose: a hash that got fast would mean the cost was lost.
    expect(ms).toBeGreaterThan(50);
    expect(needsRehash(stored)).toBe(false);
  });

  it('salts every hash, so one password never gives the same text twice', async () => {
    const one = await hashPassword('same password here', CHEAP);
    const two = await hashPassword('same password here', CHEAP);
    expect(one).not.toBe(two);
    expect(await verifyPassword('same password here', one)).toBe(true);
    expect(await verifyPassword('same password here', two)).toBe(true);
  });

  it('reads an old cheaper hash and says it needs renewing', async () => {
    const old = await hashPassword('an older password', CHEAP);
    expect(await verifyPassword('an older password', old)).toBe(true);
    expect(needsRehash(old)).toBe(true);
    expect(needsRehash(old, CHEAP)).toBe(false);
    expect(CURRENT_COST.ln).toBeGreaterThanOrEqual(17);
  });

  it('treats the same letters in another Unicode form as the same password', async () => {
    const stored = await hashPassword('Zahnärztin Müller 2026', CHEAP);
    expect(await verifyPassword('Zahna\u0308rztin Mu\u0308ller 2026', stored)).toBe(true);
  });

  it('refuses anything that is not one of its hashes', async () => {
    for (const stored of ['', 'plain text', '$scrypt$ln=99,r=8,p=1$AAAA$AAAA', '$2b$10$abcdefghijklmnopqrstuv']) {
      expect(await verifyPassword('whatever it is', stored)).toBe(false);
    }
  });

  it('has a decoy that no password opens', async () => {
    expect(await verifyPassword('', await decoyHash())).toBe(false);
    expect(await decoyHash()).toBe(await decoyHash());
  });
});
