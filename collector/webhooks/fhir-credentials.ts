/**
 * A FHIR destination's credentials: checked as an admin gives them (an error names the field, for `400 { error,
 * path }`), kept in the database as JSON (`webhook_endpoints.credentials`, migration 019), and shown by the API
 * without the token or the private key. A SMART private key is read with node:crypto from PEM or a JWK; its type
 * decides the algorithm SMART Backend Services names (RSA: RS384, EC P-384: ES384) and it is kept as PKCS #8 PEM.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import type { FhirCredentialsShown, SmartAlgorithm } from '../../src/core/webhooks-api.js';
import { WebhookInputError, webhookUrl } from './endpoint-rules.js';

/** The scope asked for when the admin names none: writing QuestionnaireResponses (SMART v1 syntax). */
export const DEFAULT_SCOPE = 'system/QuestionnaireResponse.write';

export type StoredCredentials =
  | { type: 'bearer'; token: string }
  | {
      type: 'smart';
      clientId: string;
      tokenUrl: string;
      scope: string;
      keyId: string;
      algorithm: SmartAlgorithm;
      /** PKCS #8 PEM. */
      privateKey: string;
    };

const MIN_RSA_BITS = 2048;
/** Printable ASCII without spaces: what may stand in an HTTP header or a form field unquoted. */
const TOKEN = /^[\x21-\x7e]{1,4096}$/;
const NAME = /^[\x20-\x7e]{1,300}$/;

function text(raw: unknown, path: string, pattern: RegExp, what: string): string {
  if (typeof raw !== 'string' || !pattern.test(raw.trim())) throw new WebhookInputError(`${path}: ${what}.`, path);
  return raw.trim();
}

function readKey(raw: unknown): { key: KeyObject; jwkKid?: string } {
  const path = 'credentials.privateKey';
  try {
    let jwk: Record<string, unknown> | undefined;
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) jwk = raw as Record<string, unknown>;
    else if (typeof raw === 'string' && raw.trim().startsWith('{')) jwk = JSON.parse(raw) as Record<string, unknown>;
    if (jwk) {
      const key = createPrivateKey({ key: jwk as never, format: 'jwk' });
      return typeof jwk.kid === 'string' && jwk.kid ? { key, jwkKid: jwk.kid } : { key };
    }
    if (typeof raw === 'string') return { key: createPrivateKey(raw.trim()) };
  } catch {
    // Said below, in words: node's own message would name OpenSSL's decoder.
  }
  throw new WebhookInputError(
    `${path}: a private key, as PEM ("-----BEGIN PRIVATE KEY-----…") or a private JWK (with "d").`,
    path,
  );
}

function algorithmOf(key: KeyObject): SmartAlgorithm {
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === 'rsa' && (details.modulusLength ?? 0) >= MIN_RSA_BITS) return 'RS384';
  if (key.asymmetricKeyType === 'ec' && details.namedCurve === 'secp384r1') return 'ES384';
  throw new WebhookInputError(
    `credentials.privateKey: an RSA key of ${MIN_RSA_BITS} bits or more (RS384) or an EC P-384 key (ES384), as SMART Backend Services asks.`,
    'credentials.privateKey',
  );
}

/** The key's public half as a JWK. */
function publicJwk(key: KeyObject): Record<string, string> {
  return createPublicKey(key).export({ format: 'jwk' }) as Record<string, string>;
}

/** RFC 7638: the SHA-256 of the public key's required members in order, base64url — a `kid` anyone can recompute. */
export function thumbprint(key: KeyObject): string {
  const jwk = publicJwk(key);
  const members = jwk.kty === 'RSA' ? ['e', 'kty', 'n'] : ['crv', 'kty', 'x', 'y'];
  const canonical = JSON.stringify(Object.fromEntries(members.map((m) => [m, jwk[m]])));
  return createHash('sha256').update(canonical).digest('base64url');
}

/** The admin's credentials, checked, as they are kept. */
export function credentialsInput(raw: unknown): StoredCredentials {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new WebhookInputError('credentials: { "type": "bearer", "token" } or { "type": "smart", … }.', 'credentials');
  }
  const given = raw as Record<string, unknown>;
  const allowed =
    given.type === 'bearer'
      ? ['type', 'token']
      : given.type === 'smart'
        ? ['type', 'clientId', 'tokenUrl', 'privateKey', 'keyId', 'scope']
        : undefined;
  if (!allowed) throw new WebhookInputError('credentials.type: "bearer" or "smart".', 'credentials.type');
  const unknown = Object.keys(given).find((k) => !allowed.includes(k));
  if (unknown) throw new WebhookInputError(`credentials.${unknown}: not a field here.`, `credentials.${unknown}`);
  if (given.type === 'bearer') {
    return {
      type: 'bearer',
      token: text(given.token, 'credentials.token', TOKEN, 'the access token the FHIR server gave, without spaces'),
    };
  }
  const { key, jwkKid } = readKey(given.privateKey);
  const algorithm = algorithmOf(key);
  const keyId =
    given.keyId === undefined
      ? (jwkKid ?? thumbprint(key))
      : text(given.keyId, 'credentials.keyId', NAME, 'the key id (kid) the FHIR server knows the key by');
  return {
    type: 'smart',
    clientId: text(given.clientId, 'credentials.clientId', NAME, 'the client id the FHIR server registered'),
    tokenUrl: webhookUrl(given.tokenUrl, 'credentials.tokenUrl'),
    scope:
      given.scope === undefined
        ? DEFAULT_SCOPE
        : text(given.scope, 'credentials.scope', NAME, 'the scopes to ask for, space-separated'),
    keyId,
    algorithm,
    privateKey: key.export({ format: 'pem', type: 'pkcs8' }) as string,
  };
}

export function parseCredentials(json: string | null): StoredCredentials | undefined {
  return json === null ? undefined : (JSON.parse(json) as StoredCredentials);
}

/** What the API shows: whether a secret is set, never the secret; for SMART, the public key to register. */
export function shownCredentials(json: string | null): FhirCredentialsShown | null {
  const stored = parseCredentials(json);
  if (!stored) return null;
  if (stored.type === 'bearer') return { type: 'bearer', tokenSet: stored.token !== '' };
  const { privateKey, ...rest } = stored;
  const publicKey = {
    ...publicJwk(createPrivateKey(privateKey)),
    kid: stored.keyId,
    alg: stored.algorithm,
    use: 'sig',
  };
  return { ...rest, privateKeySet: privateKey !== '', publicKey };
}
