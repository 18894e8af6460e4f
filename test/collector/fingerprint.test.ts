import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstImpression, post, removeDir, startCollector, type Running } from './helpers.js';

let app: Running;
beforeAll(async () => {
  app = await startCollector();
});
afterAll(async () => {
  await app.stop();
  removeDir(app.dir);
});

/** The same submission as JSON text with a "__proto__" field added (JSON.stringify cannot write one). */
function withProtoField(submission: Record<string, unknown>, value: unknown): string {
  return JSON.stringify(submission).replace(/}$/, `,"__proto__":${JSON.stringify(value)}}`);
}

describe('a resend that differs only in a "__proto__" field', () => {
  it('is a conflict (422), not a repeat: the first content stays, and nothing is silently lost', async () => {
    const submission = firstImpression();
    const first = await post(app.url, withProtoField(submission, { note: 'first' }), {
      'Idempotency-Key': submission.id as string,
    });
    expect(first.status).toBe(201);
    const second = await post(app.url, withProtoField(submission, { note: 'second' }), {
      'Idempotency-Key': submission.id as string,
    });
    expect(second.status).toBe(422);
    expect(second.headers.get('idempotent-replayed')).toBeNull();
    const again = await post(app.url, withProtoField(submission, { note: 'first' }), {
      'Idempotency-Key': submission.id as string,
    });
    expect(again.status).toBe(200);
  });
});
