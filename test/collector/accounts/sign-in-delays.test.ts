import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_POLICY,
  ADDRESS_POLICY,
  SignInDelays,
  delayAfter,
} from '../../../collector/accounts/sign-in-delays.js';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('waits after wrong sign-ins', () => {
  it('doubles after the free mistakes and stops growing at the cap', () => {
    expect(delayAfter(4, ACCOUNT_POLICY)).toBe(0);
    expect(delayAfter(5, ACCOUNT_POLICY)).toBe(1_000);
    expect(delayAfter(6, ACCOUNT_POLICY)).toBe(2_000);
    expect(delayAfter(50, ACCOUNT_POLICY)).toBe(60_000);
    expect(delayAfter(9, ADDRESS_POLICY)).toBe(0);
    expect(delayAfter(1_000, ADDRESS_POLICY)).toBe(15 * 60_000);
  });

  it('slows one address guessing at many accounts, and no one else', () => {
    const time = clock();
    const delays = new SignInDelays({ now: time.now });
    for (let i = 0; i < 10; i += 1) {
      expect(delays.secondsToWait(`person${i}@x.example`, '203.0.113.9')).toBe(0);
      delays.failed(`person${i}@x.example`, '203.0.113.9');
    }
    expect(delays.secondsToWait('someone@x.example', '203.0.113.9')).toBe(1);
    expect(delays.secondsToWait('someone@x.example', '198.51.100.7')).toBe(0);
    time.advance(1_000);
    expect(delays.secondsToWait('someone@x.example', '203.0.113.9')).toBe(0);
  });

  it('slows many addresses guessing at one account, and the real person waits at most a minute', () => {
    const time = clock();
    const delays = new SignInDelays({ now: time.now });
    for (let i = 0; i < 40; i += 1) {
      delays.failed('Ana@x.example', `203.0.113.${i}`);
      time.advance(1);
    }
    const wait = delays.secondsToWait('ana@x.example', '192.0.2.1');
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    expect(delays.secondsToWait('bob@x.example', '192.0.2.1')).toBe(0);
    time.advance(60_000);
    expect(delays.secondsToWait('ana@x.example', '192.0.2.1')).toBe(0);
  });

  it('forgets on a right password and after hours without mistakes', () => {
    const time = clock();
    const delays = new SignInDelays({ now: time.now });
    for (let i = 0; i < 12; i += 1) delays.failed('ana@x.example', '192.0.2.1');
    expect(delays.secondsToWait('ana@x.example', '192.0.2.1')).toBeGreaterThan(0);
    delays.succeeded('ana@x.example', '192.0.2.1');
    expect(delays.secondsToWait('ana@x.example', '192.0.2.1')).toBe(0);
    for (let i = 0; i < 12; i += 1) delays.failed('bob@x.example', '192.0.2.2');
    time.advance(6 * 3_600_000 + 1);
    expect(delays.secondsToWait('bob@x.example', '192.0.2.2')).toBe(0);
  });

  it('keeps a bounded number of records', () => {
    const delays = new SignInDelays({ maxRecords: 100, perAddress: { ...ADDRESS_POLICY, freeFailures: 1 } });
    for (let i = 0; i < 1_000; i += 1) delays.failed('x@x.example', `10.0.${Math.floor(i / 250)}.${i % 250}`);
    // The first address was pushed out; the last is still counted.
    expect(delays.secondsToWait('y@x.example', '10.0.0.0')).toBe(0);
    expect(delays.secondsToWait('y@x.example', '10.0.3.249')).toBeGreaterThan(0);
  });
});
