/**
 * Signing one attempt, exactly as Standard Webhooks says (https://www.standardwebhooks.com, "Signature scheme"): the
 * HMAC-SHA256 of `{webhook-id}.{webhook-timestamp}.{body}` with the secret's decoded key, base64, prefixed `v1,`;
 * during a rotation one signature per secret, space-separated, so a receiver holding either verifies. Pure.
 */
import { createHmac } from 'node:crypto';
import { secretKey } from './secrets.js';

export function signature(id: string, timestamp: number, body: string, secret: string): string {
  const key = secretKey(secret);
  if (!key.ok) throw new Error(`A webhook secret ${key.reason}.`);
  return `v1,${createHmac('sha256', key.key).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64')}`;
}

/** The three headers of one attempt: the same id on every retry, a fresh timestamp (Unix seconds) each time. */
export function webhookHeaders(
  id: string,
  body: string,
  secrets: readonly string[],
  at: Date = new Date(),
): Record<'webhook-id' | 'webhook-timestamp' | 'webhook-signature', string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((secret) => signature(id, timestamp, body, secret)).join(' '),
  };
}
