/// <reference types="mocha" />
// When a failed send is tried again: capped exponential backoff with full jitter, and the endpoint's Retry-After.
import { expect } from 'chai';
import { backoffDelay, nextAttemptAt, parseRetryAfter } from '../../../src/delivery/backoff.js';
import { freshOutbox } from './helpers.js';

describe('retry timing', () => {
  beforeEach(() => freshOutbox({ baseDelayMs: 2_000, maxDelayMs: 600_000, maxRetryAfterMs: 3_600_000 }));

  it('doubles the ceiling per failed attempt, never beyond the cap, with jitter from zero up to it', () => {
    expect(backoffDelay(1, () => 0.999)).to.equal(1_998);
    expect(backoffDelay(3, () => 0.999)).to.equal(7_992);
    expect(backoffDelay(30, () => 0.999)).to.equal(599_400);
    expect(backoffDelay(5, () => 0)).to.equal(0);
  });

  it('reads Retry-After as seconds or as an HTTP date, and ignores what it cannot read', () => {
    const now = Date.parse('2026-11-22T10:00:00Z');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 09:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('honours Retry-After up to one hour, so a misconfigured endpoint cannot park a submission for days', () => {
    expect(parseRetryAfter(String(7 * 24 * 3600))).to.equal(3_600_000);
    const now = 1_000_000;
    expect(nextAttemptAt(1, 90_000, now)).to.be.at.least(now + 90_000);
  });
});
