/**
 * The pure parts of the webhooks: signing as Standard Webhooks says (checked against the reference library's own
 * published example and verified by that library), the spec's retry schedule and its jitter, secrets, what an event
 * holds (never the patient's words) and an admin's endpoint checked field by field.
 */
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { endpointInput, WebhookInputError } from '../../../collector/webhooks/endpoint-rules.js';
import { submissionEvents, wants } from '../../../collector/webhooks/events.js';
import { JITTER, nextDelay, RETRY_DELAYS_MS, retryAfterMs } from '../../../collector/webhooks/schedule.js';
import { newMessageId, newWebhookSecret, secretKey } from '../../../collector/webhooks/secrets.js';
import { signature, webhookHeaders } from '../../../collector/webhooks/signature.js';
import { whatWentWrong } from '../helpers.js';

describe('signing', () => {
  it("gives the reference library's published signature for its example (libraries/javascript webhook.test.ts)", () => {
    const at = 1614265330;
    expect(
      signature('msg_p5jXN8AQM9LWM0D4loKWxJek', at, '{"test": 2432232314}', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'),
    ).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('signs with both secrets during a rotation: a receiver holding either one verifies', () => {
    const [old, fresh] = [newWebhookSecret(), newWebhookSecret()];
    const body = JSON.stringify({ type: 'submission.created', timestamp: new Date().toISOString(), data: {} });
    const headers = webhookHeaders(newMessageId(), body, [fresh, old]);
    expect(headers['webhook-signature'].split(' ')).toHaveLength(2);
    expect(() => new Webhook(old).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(fresh).verify(body, headers)).not.toThrow();
    expect(() => new Webhook(newWebhookSecret()).verify(body, headers)).toThrow();
  });

  it('makes ids without the "." that separates the signed parts, and secrets of 32 random bytes', () => {
    expect(newMessageId()).toMatch(/^msg_[A-Za-z0-9_-]{22}$/);
    const secret = newWebhookSecret();
    expect(secretKey(secret)).toMatchObject({ ok: true });
    expect(secretKey(secret).ok && secretKey(secret)).toMatchObject({ key: { length: 32 } });
    expect(secretKey('MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')).toEqual({ ok: false, reason: 'must start with whsec_' });
    expect(secretKey('whsec_c2hvcnQ=')).toMatchObject({ ok: false, reason: expect.stringContaining('24 to 64') });
    expect(secretKey('whsec_not base64!')).toMatchObject({ ok: false });
  });
});

describe('the retry schedule', () => {
  it("is the spec's example: ten attempts over 75 h 35 min 5 s", () => {
    const total = RETRY_DELAYS_MS.reduce((a, b) => a + b, 0);
    expect(total).toBe(((75 * 60 + 35) * 60 + 5) * 1000);
    expect(RETRY_DELAYS_MS).toHaveLength(9);
    const none = () => 0.5;
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => nextDelay(n, RETRY_DELAYS_MS, none))).toEqual(RETRY_DELAYS_MS);
    expect(nextDelay(10)).toBeUndefined();
  });

  it('moves each wait by at most ±10 % at random, and never makes a message wait less than a Retry-After', () => {
    for (const [n, base] of RETRY_DELAYS_MS.entries()) {
      const low = nextDelay(n + 1, RETRY_DELAYS_MS, () => 0)!;
      const high = nextDelay(n + 1, RETRY_DELAYS_MS, () => 0.999999)!;
      expect(low).toBe(Math.round(base * (1 - JITTER)));
      expect(high).toBeLessThanOrEqual(Math.round(base * (1 + JITTER)));
      expect(high).toBeGreaterThan(base);
      for (let i = 0; i < 50; i += 1) {
        const delay = nextDelay(n + 1)!;
        expect(delay).toBeGreaterThanOrEqual(low);
        expect(delay).toBeLessThanOrEqual(high);
      }
    }
    expect(nextDelay(1, RETRY_DELAYS_MS, () => 0.5, 60_000)).toBe(60_000);
    expect(nextDelay(1, RETRY_DELAYS_MS, () => 0.5, 10 * 86_400_000)).toBe(86_400_000);
    const now = new Date('2026-11-22T10:00:00Z');
    expect(retryAfterMs('120', now)).toBe(120_000);
    expect(retryAfterMs('Sun, 22 Nov 2026 10:01:00 GMT', now)).toBe(60_000);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});

describe('events', () => {
  it("carry ids, kind, rating, reference, practice, location and a link — never the patient's words or contact", () => {
    const submission = whatWentWrong({
      location: 'front-desk',
      answers: { ...(whatWentWrong().answers as object), overall: 'poor' },
    }) as {
      id: string;
      kind: string;
    };
    const events = submissionEvents(
      { submission, practiceId: 'north', receivedAt: '2026-11-22T10:21:00.000Z' },
      new URL('https://feedback.smiledental.example'),
    );
    expect(events.map((e) => [e.type, e.key])).toEqual([
      ['submission.created', `submission:${submission.id}`],
      ['case.created', `case:${submission.id}`],
    ]);
    for (const event of events) {
      expect(event.body).not.toMatch(/waited|apology|555-0142|mornings/);
      const body = JSON.parse(event.body) as { timestamp: string; data: Record<string, unknown> };
      expect(body.timestamp).toBe('2026-11-22T10:21:00.000Z');
      expect(body.data).toMatchObject({
        submissionId: submission.id,
        kind: 'what-went-wrong',
        rating: 'poor',
        reference: 'RC-7KQ2-9F',
        practice: 'north',
        location: 'front-desk',
        link: `https://feedback.smiledental.example/staff/submissions/${submission.id}`,
      });
    }
    expect(wants({ practices: ['south'], types: 'every' }, events[0]!)).toBe(false);
    expect(wants({ practices: 'every', types: ['case.created'] }, events[0]!)).toBe(false);
    expect(wants({ practices: ['north'], types: ['case.created'] }, events[1]!)).toBe(true);
  });
});

describe("an admin's endpoint", () => {
  const refused = (raw: unknown, adding = true) => {
    try {
      endpointInput(raw, adding);
    } catch (error) {
      if (error instanceof WebhookInputError) return error.path;
      throw error;
    }
    return 'accepted';
  };

  it('is checked field by field, naming the one that is wrong', () => {
    expect(endpointInput({ url: 'https://pms.example/hooks', types: ['case.created'] }, true)).toEqual({
      url: 'https://pms.example/hooks',
      types: ['case.created'],
    });
    expect(refused({})).toBe('url');
    expect(refused({ url: 'ftp://pms.example/' })).toBe('url');
    expect(refused({ url: 'https://user:pw@pms.example/' })).toBe('url');
    expect(refused({ url: 'https://pms.example/', types: ['case.created', 'case.deleted'] })).toBe('types[1]');
    expect(refused({ url: 'https://pms.example/', practices: ['North'] })).toBe('practices[0]');
    expect(refused({ url: 'https://pms.example/', secret: 'whsec_mine' })).toBe('secret');
    expect(refused({ enabled: 'yes' }, false)).toBe('enabled');
    expect(endpointInput({ enabled: false }, false)).toEqual({ enabled: false });
  });
});
