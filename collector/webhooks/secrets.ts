/**
 * The webhooks' secrets and ids (Standard Webhooks): a secret is `whsec_` and the base64 of 24 to 64 random bytes
 * (the spec's 192 to 512 bits); the HMAC key is the decoded bytes. A message id is `msg_` and URL-safe base64,
 * which never holds the `.` that separates the signed parts.
 */
import { randomBytes } from 'node:crypto';

export const SECRET_PREFIX = 'whsec_';
const KEY_BYTES = 32;
const MIN_BYTES = 24;
const MAX_BYTES = 64;

export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(KEY_BYTES).toString('base64')}`;
}

/** The HMAC key of a `whsec_…` secret, or why it cannot be one (for a setting's or a test's message). */
export function secretKey(secret: string): { ok: true; key: Buffer } | { ok: false; reason: string } {
  if (!secret.startsWith(SECRET_PREFIX)) return { ok: false, reason: `must start with ${SECRET_PREFIX}` };
  const encoded = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded) || encoded.length % 4 === 1) {
    return { ok: false, reason: `must be ${SECRET_PREFIX} followed by base64` };
  }
  const key = Buffer.from(encoded, 'base64');
  if (key.length < MIN_BYTES || key.length > MAX_BYTES) {
    return {
      ok: false,
      reason: `must hold ${MIN_BYTES} to ${MAX_BYTES} bytes after ${SECRET_PREFIX} (got ${key.length})`,
    };
  }
  return { ok: true, key };
}

export function newMessageId(): string {
  return `msg_${randomBytes(16).toString('base64url')}`;
}

export function newEndpointId(): string {
  return `ep_${randomBytes(9).toString('base64url')}`;
}
